package dev.aicoder.tasks;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the {@code task} table. {@code payload} and {@code result} are raw JSON text; {@code claimToken}
 * identifies the current claim, so that a worker that lost its lease cannot overwrite the outcome of the next one.
 */
public record TaskRecord(UUID id, UUID tenantId, String type, String payload, TaskPriority priority,
        TaskStatus status, DependencyFailure onDependencyFailure, int attempts, int maxAttempts,
        OffsetDateTime runAt, OffsetDateTime leaseUntil, String worker, UUID claimToken, boolean cancelRequested,
        int progress, String phase, String message, String result, String error, UUID createdBy, UUID scheduleId,
        String idempotencyKey, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        OffsetDateTime updatedAt) {
}
