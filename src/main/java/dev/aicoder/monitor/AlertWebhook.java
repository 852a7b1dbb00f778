package dev.aicoder.monitor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;

/**
 * POSTs alerts as JSON to the configured URL, asynchronously, with up to three attempts, one alert after the
 * other (a receiver never sees an alert resolved before it fired). With a secret, each delivery is signed:
 * {@code X-Aicoder-Signature: sha256=<hex HMAC-SHA256 of the body>}.
 */
public final class AlertWebhook {

    public static final String SIGNATURE_HEADER = "X-Aicoder-Signature";
    private static final Logger LOG = Logger.getLogger(AlertWebhook.class);
    private static final int ATTEMPTS = 3;

    private final URI url;
    private final String secret;
    private final Duration timeout;
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Counter failures;
    private final long retryMillis;
    private CompletableFuture<Boolean> previous = CompletableFuture.completedFuture(true);

    public AlertWebhook(URI url, String secret, Duration timeout, ObjectMapper mapper, Counter failures,
            long retryMillis) {
        this.url = url;
        this.secret = secret;
        this.timeout = timeout;
        this.mapper = mapper;
        this.failures = failures;
        this.retryMillis = retryMillis;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Delivers in the background, after earlier deliveries; completes with whether some attempt got a 2xx. */
    public synchronized CompletableFuture<Boolean> deliver(Alert alert) {
        String body;
        try {
            body = mapper.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null && !secret.isBlank()) {
            request.header(SIGNATURE_HEADER, "sha256=" + sign(body));
        }
        HttpRequest built = request.build();
        previous = previous.handle((ok, error) -> null).thenCompose(x -> attempt(built, 1)).thenApply(ok -> {
            if (!ok) {
                failures.increment();
                LOG.warnf("Alert %s (%s) could not be delivered to the webhook after %d attempts", alert.alert(),
                        alert.status(), ATTEMPTS);
            }
            return ok;
        });
        return previous;
    }

    private CompletableFuture<Boolean> attempt(HttpRequest request, int n) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error == null && response.statusCode() / 100 == 2)
                .thenCompose(ok -> ok || n >= ATTEMPTS ? CompletableFuture.completedFuture(ok)
                        : CompletableFuture.supplyAsync(() -> null,
                                CompletableFuture.delayedExecutor(retryMillis * n, TimeUnit.MILLISECONDS))
                                .thenCompose(x -> attempt(request, n + 1)));
    }

    String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
