package dev.aicoder.secrets;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * LLM provider keys of a tenant: write-only. Reading tells whether a key is set and its last four characters,
 * nothing more; the full value only ever goes to the provider client.
 */
@ApplicationScoped
public class ProviderKeyService {

    @Inject
    @Active
    SecretStore store;

    @Inject
    ProvidersConfig providers;

    @Inject
    Event<SecretChanged> changes;

    @Inject
    Event<AuditEvent> audit;

    public Uni<ProviderKeyStatus> put(Caller caller, String provider, String key) {
        SecretRef ref = ref(caller, provider);
        return store.put(ref, key)
                .invoke(() -> changes.fire(new SecretChanged(ref, false)))
                .invoke(() -> audit.fire(caller.event("provider_key.set", provider, Map.of("last4", last4(key)))))
                .map(v -> ProviderKeyStatus.of(provider, Optional.of(key), store.backend()));
    }

    public Uni<ProviderKeyStatus> status(Caller caller, String provider) {
        return store.get(ref(caller, provider)).map(v -> ProviderKeyStatus.of(provider, v, store.backend()));
    }

    public Uni<Void> delete(Caller caller, String provider) {
        SecretRef ref = ref(caller, provider);
        return store.delete(ref).flatMap(deleted -> {
            if (!deleted) {
                return Uni.createFrom().failure(ApiException.notFound("Key of provider", provider));
            }
            changes.fire(new SecretChanged(ref, true));
            audit.fire(caller.event("provider_key.deleted", provider, Map.of()));
            return Uni.createFrom().voidItem();
        });
    }

    private SecretRef ref(Caller caller, String provider) {
        if (!providers.names().contains(provider)) {
            throw ApiException.notFound("Provider", provider);
        }
        return SecretRef.providerKey(caller.tenantId(), provider);
    }

    static String last4(String key) {
        return key.length() <= 4 ? "****" : key.substring(key.length() - 4);
    }

    /** What {@code GET /providers/{name}/key} shows. */
    public record ProviderKeyStatus(String provider, boolean configured, String last4, String backend) {
        static ProviderKeyStatus of(String provider, Optional<String> key, String backend) {
            return new ProviderKeyStatus(provider, key.isPresent(), key.map(ProviderKeyService::last4).orElse(null),
                    backend);
        }
    }
}
