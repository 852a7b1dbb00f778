package dev.aicoder.scan;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.aicoder.analysis.Confidence;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.scan.ScanViews.CreateScanRequest;
import dev.aicoder.scan.ScanViews.FindingView;
import dev.aicoder.scan.ScanViews.ScanView;
import dev.aicoder.scan.report.ReportFormat;
import dev.aicoder.scan.store.FindingFilter;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/scans")
@Tag(name = "scans")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    private final ScanService scans;
    private final CurrentUser current;

    public ScanResource(ScanService scans, CurrentUser current) {
        this.scans = scans;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Scan a git repository, a server folder (self-hosted) or a diff, in the background (202)")
    public Uni<Response> create(@Valid @NotNull CreateScanRequest request) {
        return scans.submit(current.caller(), request).map(ScanResource::accepted);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Scan an uploaded .zip or .tar.gz (part 'file'; optional parts 'diff', 'categories', "
            + "'baseline_scan_id', 'changed_lines_only'), in the background (202)")
    public Uni<Response> upload(@RestForm("file") FileUpload file, @RestForm("diff") FileUpload diff,
            @RestForm("categories") String categories, @RestForm("baseline_scan_id") String baselineScanId,
            @RestForm("changed_lines_only") String changedLinesOnly) {
        if (file == null) {
            throw ApiException.unprocessable("missing-archive", "The multipart form needs a 'file' part with a .zip "
                    + "or .tar.gz archive");
        }
        byte[] diffBytes = read(diff);
        ScanSpec spec = new ScanSpec(null, null, null, null, null, null, diffBytes != null,
                Boolean.parseBoolean(changedLinesOnly), list(categories), uuid(baselineScanId), null, null);
        return scans.submitArchive(current.caller(), file.uploadedFile(), file.fileName(), diffBytes, spec)
                .map(ScanResource::accepted);
    }

    @POST
    @Consumes({ "application/zip", "application/gzip", "application/x-gzip", "application/x-tar",
            MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Scan an archive sent as the raw request body, in the background (202)")
    public Uni<Response> raw(java.io.File body, @QueryParam("name") String name,
            @QueryParam("categories") String categories) {
        ScanSpec spec = new ScanSpec(null, null, null, null, null, null, false, false, list(categories), null, null,
                null);
        return scans.submitArchive(current.caller(), body.toPath(), name, null, spec).map(ScanResource::accepted);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Scans of your organisation, newest first")
    public Uni<Page<ScanView>> list(@QueryParam("status") String status, @BeanParam PageParams page) {
        return scans.list(current.caller(), status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A scan: status, progress (files done/total, findings so far, phase), counts")
    public Uni<ScanView> get(@PathParam("id") UUID id) {
        return scans.get(current.caller(), id);
    }

    @GET
    @Path("/{id}/findings")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Findings of a scan, most severe first; filters may repeat or be comma-separated; "
            + "min_confidence=medium leaves out pattern matches the taint analysis did not confirm")
    public Uni<Page<FindingView>> findings(@PathParam("id") UUID id, @QueryParam("severity") List<String> severity,
            @QueryParam("category") List<String> category, @QueryParam("language") List<String> language,
            @QueryParam("rule") List<String> rule, @QueryParam("file") String file,
            @QueryParam("suppressed") String suppressed, @QueryParam("min_confidence") String minConfidence,
            @BeanParam PageParams page) {
        Boolean supp = null;
        if (suppressed != null && !suppressed.isBlank()) {
            if (!suppressed.equals("true") && !suppressed.equals("false")) {
                throw ApiException.badRequest("invalid-filter", "suppressed must be true or false");
            }
            supp = Boolean.valueOf(suppressed);
        }
        Confidence min = null;
        if (minConfidence != null && !minConfidence.isBlank()) {
            try {
                min = Confidence.of(minConfidence);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid-filter", "min_confidence must be high, medium or low");
            }
        }
        FindingFilter filter = new FindingFilter(split(severity), split(category), split(language), split(rule), file,
                supp, min);
        return scans.findings(current.caller(), id, filter, page);
    }

    @GET
    @Path("/{id}/report")
    @Produces({ "application/sarif+json", MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/markdown" })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The report of a finished scan: format=sarif (default), json, html or md")
    public Uni<Response> report(@PathParam("id") UUID id, @QueryParam("format") String format) {
        ReportFormat f;
        try {
            f = ReportFormat.parse(format == null ? "sarif" : format);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-format", e.getMessage());
        }
        return scans.report(current.caller(), id, f).map(r -> Response.ok(r.body()).type(r.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + r.fileName() + "\"").build());
    }

    static Response accepted(ScanView view) {
        return Response.accepted(view).location(URI.create("/api/v1/scans/" + view.id())).build();
    }

    private static List<String> split(List<String> values) {
        return values == null ? null : values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? null : split(List.of(csv));
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-baseline-scan", "baseline_scan_id is not a scan id");
        }
    }

    private static byte[] read(FileUpload upload) {
        if (upload == null) {
            return null;
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw ApiException.unprocessable("invalid-diff", "The diff part could not be read");
        }
    }
}
