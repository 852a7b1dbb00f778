package dev.aicoder.tasks;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.logging.Redactor;

/**
 * The {@link TaskContext} of one claimed task. Progress is kept in memory and written at most every
 * {@code progressInterval} (the heartbeat flushes what is left); the cancel and lease-lost flags are refreshed by
 * every write and heartbeat.
 */
final class RunningTask implements TaskContext {

    private static final Logger LOG = Logger.getLogger(RunningTask.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final TaskRecord task;
    private final TaskStore store;
    private final QueueSettings settings;
    private final ObjectMapper mapper;
    private volatile boolean cancelRequested;
    private volatile boolean leaseLost;
    private Progress pending;
    private Progress written;
    private long lastWriteNanos;

    RunningTask(TaskRecord task, TaskStore store, QueueSettings settings, ObjectMapper mapper) {
        this.task = task;
        this.store = store;
        this.settings = settings;
        this.mapper = mapper;
    }

    TaskRecord record() {
        return task;
    }

    boolean leaseLost() {
        return leaseLost;
    }

    /** Applies a heartbeat's answer: {@code null} means the task is no longer ours. */
    void heartbeat(Boolean cancel) {
        if (cancel == null) {
            leaseLost = true;
        } else if (cancel) {
            cancelRequested = true;
        }
    }

    @Override
    public void progress(int percent, String phase, String message) {
        checkCancelled();
        Progress next = new Progress(Math.max(0, Math.min(100, percent)), clip(phase, 64),
                clip(Redactor.redact(message), 500));
        boolean due;
        synchronized (this) {
            pending = next;
            due = written == null || !Objects.equals(written.phase(), next.phase()) || next.percent() == 100
                    || System.nanoTime() - lastWriteNanos >= settings.progressInterval().toNanos();
        }
        if (due) {
            flush();
        }
        checkCancelled();
    }

    /** Writes unsaved progress; a database error keeps it for the next try (progress is best effort). */
    synchronized void flush() {
        Progress p = pending;
        if (p == null || leaseLost) {
            return;
        }
        try {
            Optional<Boolean> answer = store.progress(task.id(), task.claimToken(), p.percent(), p.phase(),
                    p.message(), settings.lease()).await().atMost(WRITE_TIMEOUT);
            heartbeat(answer.orElse(null));
            written = p;
            pending = null;
            lastWriteNanos = System.nanoTime();
        } catch (RuntimeException e) {
            LOG.debugf("Progress of task %s not stored yet: %s", task.id(), e.toString());
        }
    }

    @Override
    public boolean cancelRequested() {
        return cancelRequested || leaseLost;
    }

    @Override
    public void checkCancelled() {
        if (leaseLost) {
            throw new TaskCancelledException("this worker lost the lease of task " + task.id());
        }
        if (cancelRequested) {
            throw new TaskCancelledException("task " + task.id() + " was cancelled");
        }
    }

    @Override
    public UUID taskId() {
        return task.id();
    }

    @Override
    public UUID tenantId() {
        return task.tenantId();
    }

    @Override
    public UUID createdBy() {
        return task.createdBy();
    }

    @Override
    public UUID scheduleId() {
        return task.scheduleId();
    }

    @Override
    public String type() {
        return task.type();
    }

    @Override
    public int attempt() {
        return task.attempts();
    }

    @Override
    public int maxAttempts() {
        return task.maxAttempts();
    }

    @Override
    public JsonNode payload() {
        try {
            return mapper.readTree(task.payload());
        } catch (JsonProcessingException e) {
            throw new NonRetryableTaskException("stored payload is not valid JSON", e);
        }
    }

    @Override
    public <T> T payload(Class<T> type) {
        try {
            return mapper.treeToValue(payload(), type);
        } catch (JsonProcessingException e) {
            throw new NonRetryableTaskException("payload does not match " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private record Progress(int percent, String phase, String message) {
    }
}
