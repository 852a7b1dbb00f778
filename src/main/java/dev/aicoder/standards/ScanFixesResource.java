package dev.aicoder.standards;

import java.util.ArrayList;
import java.util.List;
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

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.standards.FileFix;
import dev.aicoder.architecture.FinishedScans;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.scan.ScanJson;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/scans/{id}/fixes")
@Tag(name = "standards")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ScanFixesResource {

    private final FinishedScans scans;
    private final CurrentUser current;

    public ScanFixesResource(FinishedScans scans, CurrentUser current) {
        this.scans = scans;
        this.current = current;
    }

    /** A finding's verified fix; {@code fingerprint} identifies the finding across scans. */
    public record FindingFix(String fingerprint, String ruleId, String path, int line, String description,
            String diff) {
    }

    /** Fixes of a scan: one diff per fixable finding, and per file the fixes that combine into one diff. */
    public record Fixes(UUID scanId, List<FileFix> files, List<FindingFix> findings) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Verified fixes of a finished scan as unified diffs: per finding and per file (each fixed "
            + "file still parses and each finding disappears on a re-check); ?file= limits to one path")
    public Uni<Fixes> get(@PathParam("id") String id, @QueryParam("file") String file) {
        UUID scanId = FinishedScans.id(id, "Scan");
        Caller caller = current.caller();
        return scans.artifacts(caller, scanId, FileFix.KIND).flatMap(artifacts -> scans.store()
                .allFindings(caller.tenantId(), scanId).map(findings -> {
                    List<FileFix> files = new ArrayList<>();
                    for (JsonNode a : artifacts) {
                        FileFix.Files parsed = ScanJson.mapper().convertValue(a, FileFix.Files.class);
                        parsed.files().stream().filter(f -> file == null || f.path().equals(file)).forEach(files::add);
                    }
                    List<FindingFix> perFinding = new ArrayList<>();
                    for (Finding f : findings) {
                        if (f.fix() != null && f.fix().diff() != null && !f.fix().diff().isEmpty() && !f.suppressed()
                                && (file == null || f.path().equals(file))) {
                            perFinding.add(new FindingFix(f.fingerprint(), f.ruleId(), f.path(), f.startLine(),
                                    f.fix().description(), f.fix().diff()));
                        }
                    }
                    return new Fixes(scanId, files, perFinding);
                }));
    }
}
