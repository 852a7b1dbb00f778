package dev.aicoder.scan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.scan.ScanViews.AnalyzeRequest;
import dev.aicoder.scan.ScanViews.AnalyzeResponse;
import dev.aicoder.scan.ScanViews.CreateScanRequest;
import io.smallrye.mutiny.Uni;

/** {@code POST /api/v1/analyze} and the seed-compatible aliases {@code POST /analyze} and {@code POST /scan}. */
@Path("/")
@Tag(name = "scans")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final AnalyzeService analyze;
    private final ScanResource scans;
    private final ScanService scanService;
    private final CurrentUser current;
    private final Instance<AnalyzeAi> ai;

    public AnalyzeResource(AnalyzeService analyze, ScanResource scans, ScanService scanService, CurrentUser current,
            Instance<AnalyzeAi> ai) {
        this.analyze = analyze;
        this.scans = scans;
        this.scanService = scanService;
        this.current = current;
        this.ai = ai;
    }

    /** Static analysis, then with {@code options.ai} an AI review merged in (blocking, so on a worker thread). */
    private Uni<AnalyzeResponse> analyzeWithAi(AnalyzeRequest request) {
        Uni<AnalyzeResponse> answer = analyze.analyze(request);
        if (request.options() == null || !Boolean.TRUE.equals(request.options().ai()) || !ai.isResolvable()) {
            return answer;
        }
        var caller = current.caller();
        return answer.flatMap(r -> ScanService.blocking(() -> ai.get().augment(caller, request, r)));
    }

    @POST
    @Path("api/v1/analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Analyse one snippet or file now: {code, language?, filename?, options?} → findings; "
            + "options.ai adds an AI review merged with the static findings")
    public Uni<AnalyzeResponse> analyze(@Valid @NotNull AnalyzeRequest request) {
        return analyzeWithAi(request);
    }

    @POST
    @Path("analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Alias of POST /api/v1/analyze (seed compatibility)")
    public Uni<AnalyzeResponse> analyzeAlias(@Valid @NotNull AnalyzeRequest request) {
        return analyzeWithAi(request);
    }

    @POST
    @Path("scan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Alias of POST /api/v1/scans (seed compatibility)")
    public Uni<Response> scanAlias(@Valid @NotNull CreateScanRequest request) {
        return scanService.submit(current.caller(), request).map(ScanResource::accepted);
    }

    @POST
    @Path("scan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Alias of POST /api/v1/scans with an uploaded archive (seed compatibility)")
    public Uni<Response> scanUploadAlias(@RestForm("file") FileUpload file, @RestForm("diff") FileUpload diff,
            @RestForm("categories") String categories, @RestForm("baseline_scan_id") String baselineScanId,
            @RestForm("changed_lines_only") String changedLinesOnly) {
        return scans.upload(file, diff, categories, baselineScanId, changedLinesOnly);
    }
}
