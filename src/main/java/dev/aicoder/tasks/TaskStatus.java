package dev.aicoder.tasks;

import java.util.Locale;

/** Life cycle: waiting (for dependencies) → queued → running → succeeded | failed | cancelled. */
public enum TaskStatus {
    WAITING, QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus parse(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "status must be one of waiting, queued, running, succeeded, failed, cancelled");
        }
    }
}
