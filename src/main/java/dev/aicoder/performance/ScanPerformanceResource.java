package dev.aicoder.performance;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.analysis.architecture.ArchitectureReport;
import dev.aicoder.analysis.quality.metrics.MetricsAnalyzer;
import dev.aicoder.architecture.FinishedScans;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/scans/{id}/performance")
@Tag(name = "performance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ScanPerformanceResource {

    private final FinishedScans scans;
    private final CurrentUser current;

    public ScanPerformanceResource(FinishedScans scans, CurrentUser current) {
        this.scans = scans;
        this.current = current;
    }

    /** The summary with the scan it belongs to. */
    public record Performance(UUID scanId, HotSpots.Summary summary) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Performance hot spots of a finished scan: its performance findings ranked by severity, "
            + "complexity of the enclosing function and call sites of its code; per rule and per file; ?limit=1..500")
    public Uni<Performance> get(@PathParam("id") String id, @QueryParam("limit") Integer limit) {
        if (limit != null && (limit < 1 || limit > 500)) {
            throw ApiException.badRequest("invalid-limit", "limit must be between 1 and 500");
        }
        int max = limit == null ? 50 : limit;
        UUID scanId = FinishedScans.id(id, "Scan");
        Caller caller = current.caller();
        return scans.artifacts(caller, scanId, MetricsAnalyzer.ARTIFACT)
                .flatMap(metrics -> scans.store().artifacts(caller.tenantId(), scanId, ArchitectureReport.KIND)
                        .map(texts -> texts.stream().map(ScanPerformanceResource::json).toList())
                        .flatMap(architecture -> scans.store().allFindings(caller.tenantId(), scanId)
                                .map(findings -> new Performance(scanId,
                                        HotSpots.rank(findings, metrics, architecture, max)))));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return dev.aicoder.scan.ScanJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored artifact is not JSON", e);
        }
    }
}
