package dev.aicoder.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Chooses the backend at start-up from {@code aicoder.secrets.backend}, so one image serves both set-ups. */
@ApplicationScoped
public class SecretStoreProducer {

    @Inject
    SecretsConfig config;

    @Produces
    @ApplicationScoped
    @Active
    SecretStore active(Instance<EmbeddedSecretStore> embedded, Instance<VaultSecretStore> vault) {
        return switch (config.backend()) {
            case "embedded" -> embedded.get();
            case "vault" -> vault.get();
            default -> throw new IllegalStateException(
                    "aicoder.secrets.backend must be 'embedded' or 'vault', not '" + config.backend() + "'");
        };
    }
}
