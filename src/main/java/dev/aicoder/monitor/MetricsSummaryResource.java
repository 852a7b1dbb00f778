package dev.aicoder.monitor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.monitor.SummaryViews.Summary;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/metrics/summary")
@Tag(name = "monitoring")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsSummaryResource {

    private final MetricsSummaryService summaries;
    private final CurrentUser current;

    public MetricsSummaryResource(MetricsSummaryService summaries, CurrentUser current) {
        this.summaries = summaries;
        this.current = current;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "System and application metrics of this replica, your task queue, and firing alerts")
    public Uni<Summary> summary() {
        return summaries.summary(current.caller());
    }
}
