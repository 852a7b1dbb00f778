package dev.aicoder.tasks;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a {@link TaskHandler} knows about the task it runs, and how it reports back. The lease is extended by
 * heartbeats automatically while the handler runs; {@link #progress} writes are throttled, so calling it often
 * is cheap.
 */
public interface TaskContext {

    UUID taskId();

    UUID tenantId();

    /** The user who submitted the task, or {@code null} for system and scheduled tasks. */
    UUID createdBy();

    /** The schedule that fired the task, or {@code null}. */
    UUID scheduleId();

    String type();

    /** 1 for the first run, 2 for the first retry, and so on. */
    int attempt();

    int maxAttempts();

    /** The submitted payload, a JSON object. */
    JsonNode payload();

    /** The payload bound to a type (snake_case JSON names). */
    <T> T payload(Class<T> type);

    /**
     * Reports progress (percent 0–100, clamped; phase and message may be null). Visible in the API and streamed
     * over WebSocket. Throws {@link TaskCancelledException} when a cancel was requested or the lease was lost.
     */
    void progress(int percent, String phase, String message);

    /** Whether a cancel was requested or this worker lost the task's lease; the handler should stop soon. */
    boolean cancelRequested();

    /** Throws {@link TaskCancelledException} when {@link #cancelRequested()}. */
    void checkCancelled();
}
