package dev.aicoder.secrets;

import java.util.Optional;

import io.smallrye.mutiny.Uni;

/**
 * Where credentials live (provider keys, git tokens). Production uses Vault KV v2; the embedded default encrypts
 * values with AES-GCM in PostgreSQL. Values are never logged and never returned through the API.
 */
public interface SecretStore {

    Uni<Void> put(SecretRef ref, String value);

    Uni<Optional<String>> get(SecretRef ref);

    /** @return whether something was deleted */
    Uni<Boolean> delete(SecretRef ref);

    /** Short name of the backend for health and docs: {@code embedded} or {@code vault}. */
    String backend();
}
