package dev.aicoder.analysis.architecture.model;

/** A field: its type is the project unit id when it resolves to one, else the type as written. */
public record FieldFacts(String name, String type, int line, boolean isStatic) {
}
