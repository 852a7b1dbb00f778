package dev.aicoder.analysis.architecture.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a node of the class/file graph is. Interfaces and abstract classes count as abstract (abstractness A). */
public enum UnitKind {
    CLASS, ABSTRACT_CLASS, INTERFACE, ENUM, RECORD, ANNOTATION, MODULE, ABSTRACT_MODULE;

    public boolean isAbstract() {
        return this == ABSTRACT_CLASS || this == INTERFACE || this == ANNOTATION || this == ABSTRACT_MODULE;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static UnitKind of(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
