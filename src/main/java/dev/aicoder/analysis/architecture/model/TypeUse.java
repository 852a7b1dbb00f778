package dev.aicoder.analysis.architecture.model;

/** A place where a class names another project type concretely: field type, constructor parameter, {@code new}. */
public record TypeUse(String type, DependencyKind kind, int line) {
}
