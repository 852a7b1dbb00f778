package dev.aicoder.llm;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Built provider clients per tenant and model. Only models whose provider has credentials are built; a client is
 * rebuilt when its tenant's key or base URL changes, so a new key works without a restart.
 */
@ApplicationScoped
public class ModelClients {

    private record Built(String fingerprint, ChatModel model) {
    }

    private final ProviderKeys keys;
    private final LlmConfig config;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    public ModelClients(ProviderKeys keys, LlmConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** The client of {@code model} for the tenant, or empty when its provider is not configured. Blocking. */
    Optional<ChatModel> client(UUID tenantId, ModelSpec model) {
        Optional<ProviderCredentials> credentials = keys.credentials(tenantId, model.provider());
        String id = tenantId + "/" + model.id();
        if (credentials.isEmpty()) {
            built.remove(id);
            return Optional.empty();
        }
        String fp = credentials.get().fingerprint();
        Built b = built.compute(id, (k, old) -> old != null && old.fingerprint().equals(fp) ? old
                : new Built(fp, ModelFactory.build(model, credentials.get(), config.timeout())));
        return Optional.of(b.model());
    }

    boolean configured(UUID tenantId, String provider) {
        return keys.credentials(tenantId, provider).isPresent();
    }

    Optional<ProviderCredentials> credentials(UUID tenantId, String provider) {
        return keys.credentials(tenantId, provider);
    }

    /** Tenants whose clients were built (for the health probe). */
    java.util.Set<UUID> activeTenants() {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        built.keySet().forEach(k -> out.add(UUID.fromString(k.substring(0, k.indexOf('/')))));
        return out;
    }
}
