package dev.aicoder.tasks;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Request and response bodies of the schedules API. */
public final class ScheduleViews {

    private ScheduleViews() {
    }

    /** {@code POST /api/v1/schedules}: run {@code task_type} with {@code payload} on {@code cron}. */
    public record ScheduleRequest(@NotBlank @Size(max = 500) String repository,
            @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._ -]+") String name, @NotBlank String cron,
            @Size(max = 64) String timeZone, @NotBlank @Size(max = 64) String taskType, JsonNode payload,
            String priority, Boolean enabled) {
    }

    /** {@code PATCH /api/v1/schedules/{id}}: only the fields present change. */
    public record ScheduleUpdate(String cron, @Size(max = 64) String timeZone, JsonNode payload, String priority,
            Boolean enabled) {
    }

    public record ScheduleView(UUID id, String repository, String name, String cron, String timeZone,
            String taskType, JsonNode payload, String priority, boolean enabled, OffsetDateTime nextRunAt,
            OffsetDateTime lastRunAt, UUID lastTaskId, UUID createdBy, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static ScheduleView of(ScheduleRecord s, ObjectMapper mapper) {
            return new ScheduleView(s.id(), s.repository(), s.name(), s.cron(), s.timeZone(), s.taskType(),
                    TaskViews.json(mapper, s.payload()), s.priority().label(), s.enabled(), s.nextRunAt(),
                    s.lastRunAt(), s.lastTaskId(), s.createdBy(), s.createdAt(), s.updatedAt());
        }
    }
}
