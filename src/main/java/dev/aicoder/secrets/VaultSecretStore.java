package dev.aicoder.secrets;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.aicoder.platform.logging.Redactor;
import io.quarkus.vault.VaultKVSecretReactiveEngine;
import io.quarkus.vault.client.VaultClientException;
import io.smallrye.mutiny.Uni;

/**
 * Vault KV v2 through quarkus-vault. Each secret is one KV entry {@code <prefix>/<tenant>/<name>} holding
 * {@code {"value": ...}}; mount, address and authentication come from {@code quarkus.vault.*}.
 */
@ApplicationScoped
public class VaultSecretStore implements SecretStore {

    private static final String FIELD = "value";

    @Inject
    VaultKVSecretReactiveEngine kv;

    @Inject
    SecretsConfig config;

    @Override
    public String backend() {
        return "vault";
    }

    @Override
    public Uni<Void> put(SecretRef ref, String value) {
        Redactor.register(value);
        return kv.writeSecret(path(ref), Map.of(FIELD, value))
                .onFailure().transform(e -> unavailable("write", ref, e));
    }

    @Override
    public Uni<Optional<String>> get(SecretRef ref) {
        return kv.readSecret(path(ref))
                .map(data -> Optional.ofNullable(data.get(FIELD)))
                .invoke(value -> value.ifPresent(Redactor::register))
                .onFailure(VaultSecretStore::isNotFound).recoverWithItem(Optional.empty())
                .onFailure(e -> !(e instanceof SecretStoreException)).transform(e -> unavailable("read", ref, e));
    }

    @Override
    public Uni<Boolean> delete(SecretRef ref) {
        return get(ref).flatMap(existing -> existing.isEmpty()
                ? Uni.createFrom().item(false)
                : kv.deleteSecret(path(ref)).replaceWith(true)
                        .onFailure().transform(e -> unavailable("delete", ref, e)));
    }

    private String path(SecretRef ref) {
        return config.vaultPathPrefix() + "/" + ref.tenantId() + "/" + ref.name();
    }

    private static boolean isNotFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VaultClientException vce && Integer.valueOf(404).equals(vce.getStatus())) {
                return true;
            }
        }
        return false;
    }

    private static SecretStoreException unavailable(String action, SecretRef ref, Throwable cause) {
        return new SecretStoreException("Vault could not " + action + " secret " + ref.name() + ": "
                + cause.getClass().getSimpleName(), cause);
    }
}
