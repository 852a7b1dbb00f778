package dev.aicoder.compliance;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.analysis.security.compliance.ComplianceCatalog;
import dev.aicoder.analysis.security.compliance.ComplianceService;
import dev.aicoder.analysis.security.compliance.Standard;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Roles;

/** The compliance mapping tables: which standards exist and how their controls map to CWE ids. */
@Path("/api/v1/compliance/standards")
@Tag(name = "compliance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    /** A standard without its controls. */
    public record StandardSummary(String id, String title, String version, String source, int controls) {
    }

    @Inject
    ComplianceService compliance;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The standards a scan can be mapped to (the values of ?standard=)")
    public List<StandardSummary> list() {
        return compliance.catalog().standards().stream()
                .map(s -> new StandardSummary(s.id(), s.title(), s.version(), s.source(), s.controls().size()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One standard's controls, each with its source, basis and CWE ids")
    public Standard get(@PathParam("id") String id) {
        return compliance.catalog().standard(id).orElseThrow(() -> unknown(id));
    }

    /** The problem for a {@code standard} value that names no table; lists the valid ones. */
    public static ApiException unknown(String id) {
        String known = String.join(", ", ComplianceCatalog.builtIn().standards().stream().map(Standard::id).toList());
        return ApiException.badRequest("unknown-standard", "unknown compliance standard; use one of: " + known);
    }
}
