package dev.aicoder.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.scan.ScanViews.CreateScanRequest;
import dev.aicoder.scan.ScanViews.FindingView;
import dev.aicoder.scan.ScanViews.ScanView;
import dev.aicoder.scan.report.Report;
import dev.aicoder.scan.report.ReportFormat;
import dev.aicoder.scan.store.FindingFilter;
import dev.aicoder.scan.store.ScanRecord;
import dev.aicoder.scan.store.ScanStore;
import dev.aicoder.secrets.Active;
import dev.aicoder.secrets.SecretRef;
import dev.aicoder.secrets.SecretStore;
import dev.aicoder.source.ArchiveIntake;
import dev.aicoder.standards.ProfileChoices;
import dev.aicoder.source.ChangeSet;
import dev.aicoder.source.DirectoryIntake;
import dev.aicoder.source.GitPolicy;
import dev.aicoder.source.IntakeException;
import dev.aicoder.tasks.NewTask;
import dev.aicoder.tasks.TaskQueue;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Scans as the API sees them, always inside the caller's tenant (another tenant's scan is a 404). Submitting
 * checks the input at once (archive safety, git URL, folder, secret name, categories) so that bad input is a 422
 * now rather than a failed scan later, stores the scan and queues a {@code scan} task.
 */
@ApplicationScoped
public class ScanService {

    private final ScanStore store;
    private final TaskQueue queue;
    private final ArchiveIntake archives;
    private final GitPolicy gitPolicy;
    private final DirectoryIntake directories;
    private final SecretStore secrets;

    public ScanService(ScanStore store, TaskQueue queue, ArchiveIntake archives, GitPolicy gitPolicy,
            DirectoryIntake directories, @Active SecretStore secrets) {
        this.store = store;
        this.queue = queue;
        this.archives = archives;
        this.gitPolicy = gitPolicy;
        this.directories = directories;
        this.secrets = secrets;
    }

    /** An uploaded archive (multipart or raw body), optionally with a diff limiting the scan to changed files. */
    public Uni<ScanView> submitArchive(Caller caller, Path archive, String fileName, byte[] diff, ScanSpec spec) {
        return blocking(() -> {
            archives.check(archive);
            if (diff != null) {
                ChangeSet.parse(diff);
            }
            return Files.readAllBytes(archive);
        }).flatMap(bytes -> validate(caller, spec).flatMap(ok -> create(caller, "archive",
                fileName == null || fileName.isBlank() ? "upload" : fileName, null, spec, bytes, diff)));
    }

    /** A JSON request: git URL, server folder or a diff alone. */
    public Uni<ScanView> submit(Caller caller, CreateScanRequest r) {
        int sources = (r.gitUrl() != null ? 1 : 0) + (r.path() != null ? 1 : 0)
                + (r.diff() != null && r.gitUrl() == null ? 1 : 0);
        if (sources != 1) {
            throw ApiException.unprocessable("invalid-source",
                    "Give exactly one source: git_url (with ref), path, or diff; or upload an archive as multipart");
        }
        byte[] diff = r.diff() == null ? null : r.diff().getBytes(StandardCharsets.UTF_8);
        ScanSpec spec = new ScanSpec(r.gitUrl(), r.ref(), r.credential(), r.gitUsername(), r.path(),
                r.changedFiles(), diff != null, Boolean.TRUE.equals(r.changedLinesOnly()), r.categories(),
                r.baselineScanId(), r.settings(), r.profiles());
        return blocking(() -> {
            if (diff != null) {
                ChangeSet.parse(diff);
            }
            if (r.changedFiles() != null && !r.changedFiles().isEmpty()) {
                ChangeSet.ofPaths(r.changedFiles());
            }
            if (r.gitUrl() != null) {
                gitPolicy.checkUrl(r.gitUrl());
                gitPolicy.checkRef(r.ref());
                return new String[] { "git", r.gitUrl().trim() };
            }
            if (r.path() != null) {
                return new String[] { "directory", directories.check(r.path()).toString() };
            }
            return new String[] { "diff", "diff" };
        }).flatMap(kind -> validate(caller, spec).flatMap(ok -> create(caller, kind[0], kind[1],
                "git".equals(kind[0]) ? r.ref() : null, spec, null, diff)));
    }

    public Uni<ScanView> get(Caller caller, UUID id) {
        return find(caller, id).map(ScanView::of);
    }

    public Uni<Page<ScanView>> list(Caller caller, String status, PageParams page) {
        return store.list(caller.tenantId(), status, page).map(p -> p.map(ScanView::of));
    }

    public Uni<Page<FindingView>> findings(Caller caller, UUID id, FindingFilter filter, PageParams page) {
        return find(caller, id).flatMap(scan -> store.findings(caller.tenantId(), id, filter, page))
                .map(p -> p.map(FindingView::of));
    }

    /** A rendered report of a finished scan. */
    public record Rendered(String mediaType, String fileName, String body) {
    }

    public Uni<Rendered> report(Caller caller, UUID id, ReportFormat format) {
        return find(caller, id).flatMap(scan -> {
            if (!scan.status().equals("succeeded")) {
                throw ApiException.conflict("scan-not-finished", "Scan " + id + " is " + scan.status()
                        + "; reports are available once it succeeded");
            }
            return store.allFindings(caller.tenantId(), id).flatMap(findings -> store.rules(caller.tenantId(), id)
                    .map(rules -> toReport(scan, findings, rules)));
        }).flatMap(report -> blocking(() -> new Rendered(format.mediaType(),
                "aicoder-" + id + "." + format.extension(), format.render(report))));
    }

    private Report toReport(ScanRecord scan, List<dev.aicoder.analysis.Finding> findings, List<RuleDescriptor> rules) {
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        ScanResult.Stats stats = read(scan.stats(), ScanResult.Stats.class);
        @SuppressWarnings("unchecked")
        Map<String, Integer> skipped = read(scan.skipped(), Map.class);
        @SuppressWarnings("unchecked")
        List<String> warnings = read(scan.warnings(), List.class);
        Instant at = scan.finishedAt() == null ? Instant.now() : scan.finishedAt().toInstant();
        return new Report(scan.sourceLabel(), scan.commitSha(), at, findings, byId, skipped, stats, warnings);
    }

    private Uni<ScanRecord> find(Caller caller, UUID id) {
        return store.find(caller.tenantId(), id).map(found -> found.orElseThrow(() -> ApiException.notFound("Scan", id)));
    }

    private Uni<Boolean> validate(Caller caller, ScanSpec spec) {
        try {
            spec.options();
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-category", e.getMessage());
        }
        ProfileChoices.checked(spec.profiles());
        Uni<Boolean> chain = Uni.createFrom().item(true);
        if (spec.baselineScanId() != null) {
            chain = chain.flatMap(ok -> store.find(caller.tenantId(), spec.baselineScanId()).map(found -> {
                if (found.isEmpty()) {
                    throw ApiException.unprocessable("unknown-baseline-scan",
                            "baseline_scan_id " + spec.baselineScanId() + " is not a scan of your organisation");
                }
                return true;
            }));
        }
        if (spec.credential() != null) {
            SecretRef ref;
            try {
                ref = new SecretRef(caller.tenantId(), spec.credential());
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("unknown-credential", "credential is not a valid secret name");
            }
            chain = chain.flatMap(ok -> secrets.get(ref).map(value -> {
                if (value.isEmpty()) {
                    throw ApiException.unprocessable("unknown-credential",
                            "No secret named '" + spec.credential() + "' is stored for your organisation");
                }
                return true;
            }));
        }
        return chain;
    }

    private Uni<ScanView> create(Caller caller, String kind, String label, String ref, ScanSpec spec, byte[] archive,
            byte[] diff) {
        UUID id = UUID.randomUUID();
        String request;
        try {
            request = ScanJson.mapper().writeValueAsString(spec);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ScanRecord scan = new ScanRecord(id, caller.tenantId(), caller.userId(), null, "queued", kind,
                truncate(label, 1000), ref, null, request, null, 0, 0, 0, null, null, null, null, null, null, null,
                null, null, null, null);
        var payload = JsonNodeFactory.instance.objectNode().put("scan_id", id.toString());
        return store.create(scan, archive, diff)
                .flatMap(x -> queue.enqueue(NewTask.of(caller.tenantId(), ScanTaskHandler.TYPE, payload)
                        .withCreatedBy(caller.userId())))
                .flatMap(enqueued -> store.attachTask(id, enqueued.task().id()))
                .onFailure().call(e -> store.end(id, "failed", "could not be queued"))
                .flatMap(x -> get(caller, id));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return ScanJson.mapper().readValue(json, type);
        } catch (IOException e) {
            return null;
        }
    }

    /** Runs blocking work (file reads, archive checks) on a worker thread; intake refusals become 422s. */
    static <T> Uni<T> blocking(java.util.concurrent.Callable<T> work) {
        return Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (IntakeException e) {
                throw ApiException.unprocessable(e.code(), e.getMessage());
            } catch (ApiException | IllegalArgumentException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
