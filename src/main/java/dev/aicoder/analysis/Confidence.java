package dev.aicoder.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How sure the analyzer is that the finding is real (not how severe it is). */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    /** Whether a finding of confidence {@code c} passes a {@code min} filter; unknown counts as medium. */
    public static boolean atLeast(Confidence c, Confidence min) {
        return (c == null ? MEDIUM : c).ordinal() <= min.ordinal();
    }

    @JsonCreator
    public static Confidence of(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
