package dev.aicoder.analysis.security.secrets.verify;

/**
 * Asks a provider whether a found key is live. Off by default: a scan only calls verifiers when the setting
 * {@code secrets.verify=true} is given and the verifier was configured. Implementations must never log the value.
 */
public interface SecretVerifier {

    /** Matches the {@code verify} field of a rule in {@code rules.yaml}, e.g. {@code github}. */
    String name();

    Verification verify(String secret);

    /** The provider's answer. */
    enum Verification {
        VALID, INVALID, UNKNOWN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
