package dev.aicoder.llm;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.aicoder.secrets.Active;
import dev.aicoder.secrets.SecretChanged;
import dev.aicoder.secrets.SecretRef;
import dev.aicoder.secrets.SecretStore;

/**
 * A tenant's provider credentials, read from the secret store (Vault in production) and kept for a short while.
 * A key written through this instance's API takes effect at once ({@link SecretChanged}); one written through
 * another replica within {@code aicoder.llm.key-cache-ttl}.
 */
@ApplicationScoped
public class ProviderKeys {

    private record Cached(Optional<String> value, long readAt) {
    }

    private final SecretStore store;
    private final ModelCatalog catalog;
    private final Duration ttl;
    private final Map<SecretRef, Cached> cache = new ConcurrentHashMap<>();

    public ProviderKeys(@Active SecretStore store, ModelCatalog catalog, LlmConfig config) {
        this.store = store;
        this.catalog = catalog;
        this.ttl = config.keyCacheTtl();
    }

    /** Credentials of a provider for a tenant; empty when the provider is not configured for it. Blocking. */
    Optional<ProviderCredentials> credentials(UUID tenantId, String provider) {
        Optional<String> stored = stored(tenantId, provider);
        Optional<String> configuredUrl = catalog.baseUrl(provider);
        if ("ollama".equals(catalog.providerType(provider))) {
            // Ollama needs no key: its "key" is the base URL of the server, or the configured one.
            Optional<String> url = stored.or(() -> configuredUrl);
            return url.map(u -> new ProviderCredentials("", Optional.of(u)));
        }
        return stored.map(key -> new ProviderCredentials(key, configuredUrl));
    }

    private Optional<String> stored(UUID tenantId, String provider) {
        SecretRef ref = SecretRef.providerKey(tenantId, provider);
        long now = System.nanoTime();
        Cached c = cache.get(ref);
        if (c == null || now - c.readAt() > ttl.toNanos()) {
            c = new Cached(store.get(ref).await().atMost(Duration.ofSeconds(10)), now);
            cache.put(ref, c);
        }
        return c.value();
    }

    void onChange(@Observes SecretChanged change) {
        cache.remove(change.ref());
    }
}
