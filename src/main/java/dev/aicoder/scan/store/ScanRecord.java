package dev.aicoder.scan.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A scan as stored. JSON columns are kept as text ({@code request}, {@code counts}, {@code languages},
 * {@code skipped}, {@code stats}, {@code warnings}).
 */
public record ScanRecord(UUID id, UUID tenantId, UUID createdBy, UUID taskId, String status, String sourceKind,
        String sourceLabel, String gitRef, String commitSha, String request, String phase, int filesTotal,
        int filesDone, int findingsSoFar, Integer findingsTotal, Integer suppressedTotal, String counts,
        String languages, String skipped, String stats, String warnings, String error, OffsetDateTime createdAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public boolean finished() {
        return status.equals("succeeded") || status.equals("failed") || status.equals("cancelled");
    }
}
