package dev.aicoder.tasks;

import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs one type of long work from the task queue. Implement it as a CDI bean and it is picked up at start:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ScanTaskHandler implements TaskHandler {
 *     public String type() { return "scan"; }
 *
 *     public Object run(TaskContext ctx) throws Exception {
 *         ScanRequest request = ctx.payload(ScanRequest.class);
 *         for (int i = 0; i < files.size(); i++) {
 *             ctx.progress(100 * i / files.size(), "analyze", files.get(i)); // also throws when cancelled
 *             ...
 *         }
 *         return new ScanSummary(...);   // stored as the task's JSON result
 *     }
 * }
 * }</pre>
 *
 * {@link #run} is called on a worker thread, so blocking is fine. It may run more than once for the same task
 * (a retry after a failure, or after a worker died and its lease expired), so it must be idempotent. Throwing
 * fails this attempt: it is retried with exponential backoff until {@link #maxAttempts()} is reached, unless the
 * exception is a {@link NonRetryableTaskException}. Throwing {@link TaskCancelledException} (which
 * {@link TaskContext#checkCancelled()} and {@link TaskContext#progress} do when a cancel was requested) ends the
 * task as cancelled.
 */
public interface TaskHandler {

    /** The task type this handler runs: lower case, {@code [a-z][a-z0-9._-]{0,63}}, unique in the application. */
    String type();

    /**
     * Does the work. Returns the result to store (serialised to JSON, snake_case; {@code null} for none).
     */
    Object run(TaskContext context) throws Exception;

    /**
     * Checks a payload when a task is submitted, so that bad input is refused with a 422 instead of failing later.
     * Throw {@link IllegalArgumentException} with a message safe to show to the caller.
     */
    default void validate(JsonNode payload) {
    }

    /** Attempts before the task fails for good; empty means the configured default. */
    default OptionalInt maxAttempts() {
        return OptionalInt.empty();
    }

    /** Running tasks of this type allowed at once across all replicas; empty means unlimited. Config overrides. */
    default OptionalInt maxConcurrency() {
        return OptionalInt.empty();
    }

    /** Whether users may submit this type through {@code POST /api/v1/tasks} (otherwise only code enqueues it). */
    default boolean submittable() {
        return true;
    }
}
