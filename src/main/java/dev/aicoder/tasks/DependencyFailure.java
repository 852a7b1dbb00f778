package dev.aicoder.tasks;

import java.util.Locale;

/** What happens to a waiting task when one of its dependencies fails or is cancelled. */
public enum DependencyFailure {
    /** The dependent fails too (the default). */
    FAIL,
    /** The dependent is cancelled. */
    CANCEL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DependencyFailure parse(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("on_dependency_failure must be fail or cancel");
        }
    }
}
