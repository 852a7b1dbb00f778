package dev.aicoder.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * The periodic health probe: for each tenant with built clients, each configured provider is asked for its model
 * list, which costs no tokens. Latency and failures show in {@code GET /api/v1/providers}.
 */
@ApplicationScoped
public class ProviderProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ModelCatalog catalog;
    private final ModelClients clients;
    private final ProviderHealth health;

    public ProviderProbe(ModelCatalog catalog, ModelClients clients, ProviderHealth health) {
        this.catalog = catalog;
        this.clients = clients;
        this.health = health;
    }

    @Scheduled(every = "${aicoder.llm.health-interval:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probeAll() {
        clients.activeTenants().forEach(this::probe);
    }

    /** Probes every configured provider of a tenant. Blocking. */
    public void probe(UUID tenantId) {
        Set<String> providers = new LinkedHashSet<>();
        catalog.all().forEach(m -> providers.add(m.provider()));
        for (String provider : providers) {
            clients.credentials(tenantId, provider).ifPresent(c -> probe(tenantId, provider, c));
        }
    }

    private void probe(UUID tenantId, String provider, ProviderCredentials c) {
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(10)).GET();
        switch (catalog.providerType(provider)) {
            case "openai" -> b.uri(URI.create(strip(c.baseUrl().orElse(ModelFactory.OPENAI_URL)) + "/models"))
                    .header("Authorization", "Bearer " + c.apiKey());
            case "anthropic" -> b.uri(URI.create(strip(c.baseUrl().orElse(ModelFactory.ANTHROPIC_URL)) + "/models"))
                    .header("x-api-key", c.apiKey()).header("anthropic-version", "2023-06-01");
            case "gemini" -> b.uri(URI.create(strip(c.baseUrl().orElse(ModelFactory.GEMINI_URL)) + "/models"))
                    .header("x-goog-api-key", c.apiKey());
            default -> b.uri(URI.create(strip(c.baseUrl().orElseThrow()) + "/api/tags"));
        }
        long start = System.nanoTime();
        try {
            int status = HTTP.send(b.build(), BodyHandlers.discarding()).statusCode();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (status >= 200 && status < 300) {
                health.success(tenantId, provider, ms);
            } else {
                health.failure(tenantId, provider, "probe: HTTP " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            health.failure(tenantId, provider, "probe: " + e.getClass().getSimpleName());
        }
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
