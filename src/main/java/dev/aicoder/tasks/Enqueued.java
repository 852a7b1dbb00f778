package dev.aicoder.tasks;

/** The task as stored; {@code created} is false when an idempotency key matched an existing task. */
public record Enqueued(TaskRecord task, boolean created) {
}
