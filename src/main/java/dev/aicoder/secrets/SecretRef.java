package dev.aicoder.secrets;

import java.util.UUID;
import java.util.regex.Pattern;

/** A secret's address: its tenant and a name such as {@code providers/openai/api-key}. */
public record SecretRef(UUID tenantId, String name) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,199}");

    public SecretRef {
        if (tenantId == null || name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("invalid secret reference");
        }
    }

    public static SecretRef providerKey(UUID tenantId, String provider) {
        return new SecretRef(tenantId, "providers/" + provider + "/api-key");
    }
}
