package dev.aicoder.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a finding is, from {@code critical} down to {@code info}; ordered by {@link #rank()}. */
public enum Severity {
    CRITICAL(4), HIGH(3), MEDIUM(2), LOW(1), INFO(0);

    private final int rank;

    Severity(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean atLeast(Severity other) {
        return rank >= other.rank;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Severity of(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
