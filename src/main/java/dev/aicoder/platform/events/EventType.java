package dev.aicoder.platform.events;

/**
 * Kinds of {@link PlatformEvent}. Any capability may publish any of them; the data keys each kind carries are listed
 * in {@code docs/tasks-and-monitoring.md} so that subscribers (WebSocket, metrics, audit) can rely on them.
 */
public enum EventType {
    /** A task was created or put back in the queue for a retry (data: status, attempts, error). */
    TASK_QUEUED,
    /** A worker claimed a task (data: attempts). */
    TASK_STARTED,
    /** A running task reported progress or a cancellation was requested (data: progress, phase, message). */
    TASK_PROGRESS,
    TASK_SUCCEEDED,
    /** A task failed for good (data: error). */
    TASK_FAILED,
    TASK_CANCELLED,
    /** A scan began (data: files, languages). */
    SCAN_STARTED,
    /** A scan finished (data: files, findings, duration_ms). */
    SCAN_COMPLETED,
    /** A scan stopped with an error (data: error). */
    SCAN_FAILED,
    /** A model was loaded or first used (data: provider, model, load_ms). */
    MODEL_LOADED,
    /** Something failed that an operator should see (data: component, error). */
    ERROR_OCCURRED,
    /** A monitoring threshold was crossed (data: alert, value, threshold). */
    ALERT_RAISED,
    /** A monitoring value went back under its threshold (data: alert, value, threshold). */
    ALERT_RESOLVED;

    /** Whether the event concerns a task, whose id is then the event's subject. */
    public boolean isTaskEvent() {
        return name().startsWith("TASK_");
    }
}
