package dev.aicoder.secrets;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Secret storage settings ({@code aicoder.secrets.*}). */
@ConfigMapping(prefix = "aicoder.secrets")
public interface SecretsConfig {

    /** {@code embedded} (AES-GCM in PostgreSQL) or {@code vault} (KV v2, configured with {@code quarkus.vault.*}). */
    @WithDefault("embedded")
    String backend();

    /**
     * Base64 of a 32-byte AES key for the embedded store. When absent, a key file is created (0600) at
     * {@link #keyFile()}, or {@code <aicoder.home>/secret.key}.
     */
    Optional<String> key();

    /** Key file for the embedded store. */
    Optional<String> keyFile();

    /** Path prefix of secrets in Vault's KV mount: secrets live under {@code <prefix>/<tenant id>/<name>}. */
    @WithDefault("aicoder")
    String vaultPathPrefix();
}
