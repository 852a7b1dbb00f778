package dev.aicoder.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

/**
 * The HTTP transport under the langchain4j provider clients. It differs from the default one in one way that
 * matters for failover: a 429's {@code Retry-After} survives, in {@link ProviderHttpException}. Streaming goes
 * through the default (Quarkus) client.
 */
final class ProviderHttpClient implements HttpClient {

    private static final java.net.http.HttpClient JDK = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(Redirect.NEVER)
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    private final Duration readTimeout;
    private final HttpClientBuilder streaming;

    private ProviderHttpClient(Duration readTimeout, HttpClientBuilder streaming) {
        this.readTimeout = readTimeout;
        this.streaming = streaming;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(request.method().name(), request.body() == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> {
            if (!"content-length".equalsIgnoreCase(name) && !"host".equalsIgnoreCase(name)) {
                values.forEach(v -> b.header(name, v));
            }
        });
        HttpResponse<String> response;
        try {
            response = JDK.send(b.build(), BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TimeoutException("provider did not answer within " + readTimeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new InternalServerException("provider unreachable", e);
        } catch (IOException e) {
            throw new InternalServerException("provider connection failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalServerException("interrupted", e);
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new ProviderHttpException(response.statusCode(), response.body(),
                    retryAfter(response.headers().firstValue("retry-after").orElse(null)));
        }
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                .headers(response.headers().map()).body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        streaming.build().execute(request, parser, listener);
    }

    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: rare from LLM APIs; the configured cooldown applies
        }
    }

    /** Builder handed to the langchain4j model builders. */
    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            if (timeout != null) {
                connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) {
                readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new ProviderHttpClient(readTimeout,
                    HttpClientBuilderLoader.loadHttpClientBuilder().connectTimeout(connectTimeout).readTimeout(readTimeout));
        }
    }
}
