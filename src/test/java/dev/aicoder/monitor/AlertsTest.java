package dev.aicoder.monitor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.aicoder.platform.events.EventType;
import dev.aicoder.platform.events.PlatformEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Thresholds raise and resolve alerts, which are logged, counted, published and POSTed to a webhook. */
class AlertsTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final AlertRules.Thresholds THRESHOLDS = new AlertRules.Thresholds(100, 0.05, Duration.ofMillis(500),
            0.9);

    WireMockServer hook;
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    List<PlatformEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        hook = new WireMockServer(options().dynamicPort());
        hook.start();
        hook.stubFor(post(urlEqualTo("/hooks/alerts")).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        hook.stop();
    }

    AlertNotifier notifier(String path, String secret) {
        AlertWebhook webhook = new AlertWebhook(URI.create(hook.baseUrl() + path), secret, Duration.ofSeconds(2),
                MAPPER, registry.counter("aicoder.alerts.webhook.failures"), 50);
        return new AlertNotifier(registry, events::add, webhook, "replica-1");
    }

    static Readings readings(long queued, long requests, Double errorRate, Double p95, double heap) {
        return new Readings(Instant.now(), queued, requests, errorRate, p95, "GET /api/v1/scans/{id}", heap);
    }

    @Test
    void breachFiresOnceAndRecoveryResolves() throws Exception {
        // A slow receiver for the first delivery: the resolution must still arrive after it, never before.
        hook.stubFor(post(urlEqualTo("/hooks/alerts")).withRequestBody(matchingJsonPath("$.status",
                equalTo("firing"))).willReturn(aResponse().withStatus(204).withFixedDelay(400)));
        AlertNotifier notifier = notifier("/hooks/alerts", "s3cret-signing-key");
        notifier.update(AlertRules.check(readings(150, 100, 0.01, 120.0, 0.5), THRESHOLDS));
        notifier.update(AlertRules.check(readings(180, 100, 0.01, 120.0, 0.5), THRESHOLDS));
        assertThat(notifier.firing()).singleElement().satisfies(a -> {
            assertThat(a.alert()).isEqualTo(AlertRules.QUEUE_DEPTH);
            assertThat(a.value()).isEqualTo(180.0);
        });
        notifier.update(AlertRules.check(readings(3, 100, 0.01, 120.0, 0.5), THRESHOLDS));
        assertThat(notifier.firing()).isEmpty();

        awaitRequests(2);
        List<LoggedRequest> requests = hook.findAll(postRequestedFor(urlEqualTo("/hooks/alerts")));
        assertThat(requests).extracting(r -> MAPPER.readTree(r.getBodyAsString()).get("status").asText())
                .containsExactly("firing", "resolved");
        LoggedRequest first = requests.get(0);
        assertThat(first.getHeader(AlertWebhook.SIGNATURE_HEADER)).isEqualTo("sha256="
                + new AlertWebhook(URI.create("http://x"), "s3cret-signing-key", Duration.ofSeconds(1), MAPPER,
                        registry.counter("unused"), 1).sign(first.getBodyAsString()));
        hook.verify(postRequestedFor(urlEqualTo("/hooks/alerts"))
                .withRequestBody(matchingJsonPath("$.alert", equalTo("queue_depth")))
                .withRequestBody(matchingJsonPath("$.threshold", equalTo("100.0")))
                .withRequestBody(matchingJsonPath("$.instance", equalTo("replica-1"))));

        assertThat(registry.counter("aicoder.alerts", "alert", "queue_depth", "status", "firing").count())
                .isEqualTo(1);
        assertThat(registry.counter("aicoder.alerts", "alert", "queue_depth", "status", "resolved").count())
                .isEqualTo(1);
        assertThat(registry.get("aicoder.alerts.active").tag("alert", "queue_depth").gauge().value()).isZero();
        assertThat(events).extracting(PlatformEvent::type)
                .containsExactly(EventType.ALERT_RAISED, EventType.ALERT_RESOLVED);
    }

    @Test
    void eachThresholdIsChecked() {
        AlertNotifier notifier = notifier("/hooks/alerts", null);
        notifier.update(AlertRules.check(readings(0, 400, 0.2, 900.0, 0.95), THRESHOLDS));
        assertThat(notifier.firing()).extracting(Alert::alert).containsExactlyInAnyOrder(AlertRules.ERROR_RATE,
                AlertRules.P95_LATENCY, AlertRules.HEAP_USAGE);
        assertThat(registry.get("aicoder.alerts.active").tag("alert", "heap_usage").gauge().value()).isEqualTo(1);
        // Too few requests to judge: the error-rate and latency alerts stay as they were.
        notifier.update(AlertRules.check(readings(0, 3, null, null, 0.5), THRESHOLDS));
        assertThat(notifier.firing()).extracting(Alert::alert).containsExactlyInAnyOrder(AlertRules.ERROR_RATE,
                AlertRules.P95_LATENCY);
        awaitRequests(4);
        assertThat(hook.findAll(postRequestedFor(urlEqualTo("/hooks/alerts"))))
                .allSatisfy(r -> assertThat(r.getHeader(AlertWebhook.SIGNATURE_HEADER)).isNull());
    }

    @Test
    void failingWebhookIsRetriedThenCounted() throws Exception {
        hook.stubFor(post(urlEqualTo("/hooks/broken")).willReturn(aResponse().withStatus(503)));
        AlertWebhook webhook = new AlertWebhook(URI.create(hook.baseUrl() + "/hooks/broken"), null,
                Duration.ofSeconds(2), MAPPER, registry.counter("aicoder.alerts.webhook.failures"), 50);
        Alert alert = new Alert("heap_usage", Alert.FIRING, 0.97, 0.9, "ratio", "used / max heap", "r1",
                Instant.now(), Instant.now());
        assertThat(webhook.deliver(alert).get(10, TimeUnit.SECONDS)).isFalse();
        hook.verify(3, postRequestedFor(urlEqualTo("/hooks/broken")));
        assertThat(registry.counter("aicoder.alerts.webhook.failures").count()).isEqualTo(1);
    }

    private void awaitRequests(int n) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> hook.findAll(postRequestedFor(urlEqualTo("/hooks/alerts"))).size() >= n);
    }
}
