package dev.aicoder.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Puts work in the queue. This is what other capabilities inject to run long work in the background:
 * {@code queue.enqueue(NewTask.of(tenantId, "scan", payload))} answers at once with the stored task; a worker on
 * any replica runs its {@link TaskHandler} later. Refusals are {@link InvalidTaskException}s.
 */
@ApplicationScoped
public class TaskQueue {

    static final int MAX_DEPENDENCIES = 100;

    private final TaskStore store;
    private final TaskHandlers handlers;
    private final QueueSettings settings;
    private final ObjectMapper mapper;

    public TaskQueue(TaskStore store, TaskHandlers handlers, QueueSettings settings, ObjectMapper mapper) {
        this.store = store;
        this.handlers = handlers;
        this.settings = settings;
        this.mapper = mapper;
    }

    /** Validates and stores one task (with its dependencies) in one transaction. */
    public Uni<Enqueued> enqueue(NewTask task) {
        return Uni.createFrom().item(() -> check(task)).flatMap(checked -> store.pool()
                .withTransaction(tx -> TaskInsert.insert(tx, task, checked.payload(), checked.maxAttempts())));
    }

    /** Stores many tasks without dependencies in one batch; returns how many were created. */
    public Uni<Integer> enqueueAll(List<NewTask> tasks) {
        return Uni.createFrom().item(() -> {
            List<String> payloads = new ArrayList<>(tasks.size());
            List<Integer> attempts = new ArrayList<>(tasks.size());
            for (NewTask task : tasks) {
                Checked checked = check(task);
                payloads.add(checked.payload());
                attempts.add(checked.maxAttempts());
            }
            return new Batch(payloads, attempts);
        }).flatMap(batch -> store.pool()
                .withTransaction(tx -> TaskInsert.insertBatch(tx, tasks, batch.payloads(), batch.attempts())));
    }

    public TaskHandlers handlers() {
        return handlers;
    }

    /** Validates a task without storing it (used for schedules); returns its payload as JSON text. */
    String validate(NewTask task) {
        return check(task).payload();
    }

    private Checked check(NewTask task) {
        TaskHandler handler = handlers.find(task.type()).orElseThrow(() -> new InvalidTaskException(
                "unknown-task-type", "Unknown task type '" + task.type() + "'; known types: " + handlers.types()));
        if (!task.payload().isObject()) {
            throw new InvalidTaskException("invalid-task-payload", "payload must be a JSON object");
        }
        String json = toJson(task);
        if (json.getBytes(StandardCharsets.UTF_8).length > settings.maxPayloadBytes()) {
            throw new InvalidTaskException("task-payload-too-large",
                    "payload is larger than " + settings.maxPayloadBytes() + " bytes");
        }
        if (task.dependsOn().size() > MAX_DEPENDENCIES) {
            throw new InvalidTaskException("too-many-dependencies",
                    "a task may depend on at most " + MAX_DEPENDENCIES + " tasks");
        }
        if (task.runAt() != null && task.runAt().isAfter(Instant.now().plus(366, ChronoUnit.DAYS))) {
            throw new InvalidTaskException("invalid-run-at", "run_at may be at most one year ahead");
        }
        if (task.idempotencyKey() != null && (task.idempotencyKey().isBlank()
                || task.idempotencyKey().length() > 200)) {
            throw new InvalidTaskException("invalid-idempotency-key", "idempotency_key must be 1 to 200 characters");
        }
        int maxAttempts = task.maxAttempts() != null ? task.maxAttempts()
                : handler.maxAttempts().orElse(settings.defaultMaxAttempts());
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidTaskException("invalid-max-attempts", "max_attempts must be between 1 and 100");
        }
        try {
            handler.validate(task.payload());
        } catch (InvalidTaskException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskException("invalid-task-payload", e.getMessage());
        }
        return new Checked(json, maxAttempts);
    }

    private String toJson(NewTask task) {
        try {
            return mapper.writeValueAsString(task.payload());
        } catch (JsonProcessingException e) {
            throw new InvalidTaskException("invalid-task-payload", "payload is not valid JSON");
        }
    }

    private record Checked(String payload, int maxAttempts) {
    }

    private record Batch(List<String> payloads, List<Integer> attempts) {
    }
}
