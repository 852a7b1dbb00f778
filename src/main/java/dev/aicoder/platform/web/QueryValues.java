package dev.aicoder.platform.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters that JAX-RS would otherwise turn into a 404 when malformed; failures are
 * {@link IllegalArgumentException}s with a message fit for a 400.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** An ISO-8601 timestamp with offset ({@code 2026-01-31T12:00:00Z}), or {@code null} when absent. */
    public static OffsetDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 timestamp such as "
                    + "2026-01-31T12:00:00Z");
        }
    }
}
