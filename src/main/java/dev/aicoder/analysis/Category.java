package dev.aicoder.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of problem a finding is; also the unit in which a scan's analyses are switched on and off. */
public enum Category {
    SECURITY, QUALITY, STANDARDS, PERFORMANCE, MAINTAINABILITY;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Category of(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
