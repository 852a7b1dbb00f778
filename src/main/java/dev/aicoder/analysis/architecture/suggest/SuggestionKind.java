package dev.aicoder.analysis.architecture.suggest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a refactoring suggestion proposes. */
public enum SuggestionKind {
    /** split a class into cohesive classes */
    SPLIT_CLASS,
    /** split a fat interface into role interfaces */
    SPLIT_INTERFACE,
    /** move a class to the package it belongs with */
    MOVE_CLASS,
    /** invert a dependency: introduce an abstraction owned by the depending side */
    INVERT_DEPENDENCY,
    /** replace a type switch with polymorphism */
    REPLACE_CONDITIONAL;

    @JsonValue
    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    @JsonCreator
    public static SuggestionKind of(String value) {
        return valueOf(value.trim().toUpperCase().replace('-', '_'));
    }
}
