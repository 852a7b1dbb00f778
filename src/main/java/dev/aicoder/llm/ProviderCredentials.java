package dev.aicoder.llm;

import java.util.Optional;

/** What a provider client is built from: the tenant's key (none for Ollama) and the base URL in use. */
record ProviderCredentials(String apiKey, Optional<String> baseUrl) {

    /** Changes whenever the key or URL changes, so that a cached client is rebuilt; not reversible. */
    String fingerprint() {
        return Integer.toHexString((apiKey + "\n" + baseUrl.orElse("")).hashCode());
    }

    @Override
    public String toString() {
        return "ProviderCredentials[***]";
    }
}
