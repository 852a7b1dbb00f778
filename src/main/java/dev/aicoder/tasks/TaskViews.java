package dev.aicoder.tasks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Request and response bodies of the tasks API. */
public final class TaskViews {

    private TaskViews() {
    }

    /** {@code POST /api/v1/tasks}. Only {@code type} is required. */
    public record TaskRequest(@NotBlank @Size(max = 64) String type, JsonNode payload, String priority,
            @Size(max = TaskQueue.MAX_DEPENDENCIES) List<UUID> dependsOn, String onDependencyFailure,
            @Min(1) @Max(100) Integer maxAttempts, OffsetDateTime runAt, @Size(max = 200) String idempotencyKey) {
    }

    /** A task in a listing. */
    public record TaskSummary(UUID id, String type, String status, String priority, int progress, String phase,
            int attempts, boolean cancelRequested, OffsetDateTime createdAt, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, String error) {

        static TaskSummary of(TaskRecord t) {
            return new TaskSummary(t.id(), t.type(), t.status().label(), t.priority().label(), t.progress(),
                    t.phase(), t.attempts(), t.cancelRequested(), t.createdAt(), t.startedAt(), t.finishedAt(),
                    t.error());
        }
    }

    /** One task with its payload, result and dependencies. */
    public record TaskView(UUID id, String type, String status, String priority, int progress, String phase,
            String message, int attempts, int maxAttempts, boolean cancelRequested, OffsetDateTime runAt,
            OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, JsonNode payload,
            JsonNode result, String error, List<UUID> dependsOn, String onDependencyFailure, UUID createdBy,
            UUID scheduleId, String idempotencyKey) {

        static TaskView of(TaskRecord t, List<UUID> dependsOn, ObjectMapper mapper) {
            return new TaskView(t.id(), t.type(), t.status().label(), t.priority().label(), t.progress(), t.phase(),
                    t.message(), t.attempts(), t.maxAttempts(), t.cancelRequested(), t.runAt(), t.createdAt(),
                    t.startedAt(), t.finishedAt(), json(mapper, t.payload()), json(mapper, t.result()), t.error(),
                    dependsOn, t.onDependencyFailure().label(), t.createdBy(), t.scheduleId(), t.idempotencyKey());
        }
    }

    /** A task type users may submit. */
    public record TaskTypeView(String type) {
    }

    static JsonNode json(ObjectMapper mapper, String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
