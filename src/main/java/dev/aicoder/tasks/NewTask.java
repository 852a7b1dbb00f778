package dev.aicoder.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A task to enqueue with {@link TaskQueue#enqueue}. Start from {@link #of} and refine with the {@code with...}
 * methods:
 *
 * <pre>{@code
 * queue.enqueue(NewTask.of(caller.tenantId(), "scan", payload).withPriority(TaskPriority.HIGH)
 *         .withCreatedBy(caller.userId()).withDependsOn(List.of(cloneTaskId)));
 * }</pre>
 *
 * @param maxAttempts {@code null} for the handler's or the configured default
 * @param runAt {@code null} to run as soon as possible
 * @param idempotencyKey when set, enqueuing the same key twice in a tenant returns the first task
 */
public record NewTask(UUID tenantId, String type, JsonNode payload, TaskPriority priority, List<UUID> dependsOn,
        DependencyFailure onDependencyFailure, Integer maxAttempts, Instant runAt, UUID createdBy, UUID scheduleId,
        String idempotencyKey) {

    public NewTask {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        payload = payload == null ? JsonNodeFactory.instance.objectNode() : payload;
        priority = priority == null ? TaskPriority.NORMAL : priority;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        onDependencyFailure = onDependencyFailure == null ? DependencyFailure.FAIL : onDependencyFailure;
    }

    public static NewTask of(UUID tenantId, String type, JsonNode payload) {
        return new NewTask(tenantId, type, payload, null, null, null, null, null, null, null, null);
    }

    public NewTask withPriority(TaskPriority value) {
        return new NewTask(tenantId, type, payload, value, dependsOn, onDependencyFailure, maxAttempts, runAt,
                createdBy, scheduleId, idempotencyKey);
    }

    public NewTask withDependsOn(List<UUID> value, DependencyFailure onFailure) {
        return new NewTask(tenantId, type, payload, priority, value, onFailure, maxAttempts, runAt, createdBy,
                scheduleId, idempotencyKey);
    }

    public NewTask withMaxAttempts(Integer value) {
        return new NewTask(tenantId, type, payload, priority, dependsOn, onDependencyFailure, value, runAt,
                createdBy, scheduleId, idempotencyKey);
    }

    public NewTask withRunAt(Instant value) {
        return new NewTask(tenantId, type, payload, priority, dependsOn, onDependencyFailure, maxAttempts, value,
                createdBy, scheduleId, idempotencyKey);
    }

    public NewTask withCreatedBy(UUID value) {
        return new NewTask(tenantId, type, payload, priority, dependsOn, onDependencyFailure, maxAttempts, runAt,
                value, scheduleId, idempotencyKey);
    }

    public NewTask withSchedule(UUID value) {
        return new NewTask(tenantId, type, payload, priority, dependsOn, onDependencyFailure, maxAttempts, runAt,
                createdBy, value, idempotencyKey);
    }

    public NewTask withIdempotencyKey(String value) {
        return new NewTask(tenantId, type, payload, priority, dependsOn, onDependencyFailure, maxAttempts, runAt,
                createdBy, scheduleId, value);
    }
}
