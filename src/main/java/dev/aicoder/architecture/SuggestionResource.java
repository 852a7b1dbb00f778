package dev.aicoder.architecture;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/suggestions")
@Tag(name = "architecture")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final ArchitectureService architecture;
    private final CurrentUser current;

    public SuggestionResource(ArchitectureService architecture, CurrentUser current) {
        this.architecture = architecture;
        this.current = current;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Refactoring suggestions of your organisation, newest first; ?status=pending|approved|"
            + "rejected, ?scan_id= (the remediation loop reads ?status=approved)")
    public Uni<Page<SuggestionView>> list(@QueryParam("status") String status, @QueryParam("scan_id") String scanId,
            @BeanParam PageParams page) {
        return architecture.list(current.caller(), blankToNull(status),
                blankToNull(scanId) == null ? null : FinishedScans.id(scanId, "Scan"), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One refactoring suggestion with its evidence, explanation and decision")
    public Uni<SuggestionView> get(@PathParam("id") String id) {
        return architecture.get(current.caller(), FinishedScans.id(id, "Suggestion"));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Approve a suggestion (optional body {\"reason\": …}); approved ones feed the remediation loop")
    public Uni<SuggestionView> approve(@PathParam("id") String id, SuggestionView.Decision body) {
        return architecture.decide(current.caller(), FinishedScans.id(id, "Suggestion"), "approved", reason(body));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Reject a suggestion (optional body {\"reason\": …})")
    public Uni<SuggestionView> reject(@PathParam("id") String id, SuggestionView.Decision body) {
        return architecture.decide(current.caller(), FinishedScans.id(id, "Suggestion"), "rejected", reason(body));
    }

    private static String reason(SuggestionView.Decision body) {
        return body == null ? null : blankToNull(body.reason());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
