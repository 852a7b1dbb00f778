package dev.aicoder.compliance;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.analysis.security.compliance.ComplianceReport;
import dev.aicoder.analysis.security.compliance.ComplianceService;
import dev.aicoder.analysis.security.compliance.Standard;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/scans/{id}/compliance")
@Tag(name = "compliance")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ScanComplianceResource {

    @Inject
    ComplianceService compliance;

    @Inject
    Instance<ScanEvidence> evidence;

    @Inject
    CurrentUser current;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A scan's findings mapped to a standard's controls: per control pass, fail or not_checked, "
            + "the findings that break it and the CWE ids no rule checked")
    public Uni<ComplianceReport> report(@PathParam("id") String id, @QueryParam("standard") String standardId) {
        if (standardId == null || standardId.isBlank()) {
            throw ApiException.badRequest("standard-required", "give ?standard=, one of: " + ids());
        }
        Standard standard = compliance.catalog().standard(standardId)
                .orElseThrow(() -> ComplianceResource.unknown(standardId));
        UUID scanId = parse(id);
        Caller caller = current.caller();
        if (!evidence.isResolvable()) {
            throw ApiException.notFound("scan", scanId);
        }
        return evidence.get().load(caller, scanId).map((Optional<ScanEvidence.Evidence> e) -> e
                .map(ev -> compliance.evaluate(standard, ev.findings(), ev.rulesRan()))
                .orElseThrow(() -> ApiException.notFound("scan", scanId)));
    }

    private String ids() {
        return String.join(", ", compliance.catalog().standards().stream().map(Standard::id).toList());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("scan", "with that id");
        }
    }
}
