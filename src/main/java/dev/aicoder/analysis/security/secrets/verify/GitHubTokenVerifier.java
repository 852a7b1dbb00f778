package dev.aicoder.analysis.security.secrets.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Checks a GitHub token with {@code GET /user}: 200 means live, 401 means revoked or wrong; anything else
 * (rate limit, network) is unknown. The base URL is configurable for GitHub Enterprise and for tests.
 */
public final class GitHubTokenVerifier implements SecretVerifier {

    public static final URI GITHUB_API = URI.create("https://api.github.com");

    private final URI baseUrl;
    private final HttpClient http;
    private final Duration timeout;

    public GitHubTokenVerifier(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    public Verification verify(String secret) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/user")).timeout(timeout)
                .header("Authorization", "Bearer " + secret).header("Accept", "application/vnd.github+json")
                .header("User-Agent", "aicoder-secret-verifier").GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return Verification.VALID;
            }
            return status == 401 ? Verification.INVALID : Verification.UNKNOWN;
        } catch (IOException e) {
            return Verification.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verification.UNKNOWN;
        }
    }
}
