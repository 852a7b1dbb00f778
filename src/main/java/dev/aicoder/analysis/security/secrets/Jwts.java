package dev.aicoder.analysis.security.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tells a real JSON Web Token from a string that only looks like one. */
final class Jwts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwts() {
    }

    /**
     * The score of a JWT candidate: null when the header or payload is not JSON or the token is unsigned
     * ({@code alg: none}); lower for tokens that are already expired.
     */
    static Double score(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode header = JSON.readTree(decode(parts[0]));
            JsonNode payload = JSON.readTree(decode(parts[1]));
            if (!header.isObject() || !payload.isObject() || !header.hasNonNull("alg")
                    || "none".equalsIgnoreCase(header.get("alg").asText())) {
                return null;
            }
            JsonNode exp = payload.get("exp");
            if (exp != null && exp.canConvertToLong() && exp.asLong() * 1000 < System.currentTimeMillis()) {
                return 0.6;
            }
            return 0.8;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
