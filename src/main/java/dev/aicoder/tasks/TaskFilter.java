package dev.aicoder.tasks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Optional filters of a task listing; {@code null} or empty means "any". */
public record TaskFilter(List<TaskStatus> statuses, String type, TaskPriority priority, UUID scheduleId,
        OffsetDateTime createdAfter, OffsetDateTime createdBefore) {

    public static TaskFilter none() {
        return new TaskFilter(List.of(), null, null, null, null, null);
    }
}
