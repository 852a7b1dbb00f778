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

    @JsonCreator
    public static Confidence of(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
