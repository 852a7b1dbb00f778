package dev.aicoder.tasks;

import java.util.Locale;

/** Order in which ready tasks are claimed; stored as 0 (critical) to 3 (low). */
public enum TaskPriority {
    CRITICAL, HIGH, NORMAL, LOW;

    public short code() {
        return (short) ordinal();
    }

    public static TaskPriority ofCode(int code) {
        return values()[code];
    }

    /** Parses {@code critical|high|normal|low}, case-insensitive. */
    public static TaskPriority parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("priority must be one of critical, high, normal, low");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
