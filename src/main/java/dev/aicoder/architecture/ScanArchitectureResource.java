package dev.aicoder.architecture;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/scans/{id}/architecture")
@Tag(name = "architecture")
@SecurityRequirement(name = "bearer")
public class ScanArchitectureResource {

    private final ArchitectureService architecture;
    private final CurrentUser current;

    public ScanArchitectureResource(ArchitectureService architecture, CurrentUser current) {
        this.architecture = architecture;
        this.current = current;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A finished scan's architecture: package and class graph, metrics (Ca, Ce, I, A, D, "
            + "LCOM4...), cycles, design findings, ranked refactoring suggestions with ids for approve/reject, and "
            + "Mermaid and Graphviz DOT renderings; ?rendering=mermaid|dot returns one rendering as text")
    public Uni<Response> get(@PathParam("id") String id, @QueryParam("rendering") String rendering) {
        if (rendering != null && !rendering.equals("mermaid") && !rendering.equals("dot")) {
            throw ApiException.badRequest("invalid-rendering", "rendering must be mermaid or dot");
        }
        return architecture.report(current.caller(), FinishedScans.id(id, "Scan")).map(report -> rendering == null
                ? Response.ok(report, MediaType.APPLICATION_JSON).build()
                : Response.ok(report.path("renderings").path(rendering).asText(), MediaType.TEXT_PLAIN).build());
    }
}
