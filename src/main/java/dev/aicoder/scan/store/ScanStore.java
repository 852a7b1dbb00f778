package dev.aicoder.scan.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.platform.db.SqlPaging;
import dev.aicoder.platform.db.SqlWhere;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.scan.ScanResult;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Scans, their sources, files, findings, rules and artifacts in PostgreSQL, always by tenant. Plain Java over the
 * reactive pool; storing a result replaces whatever an earlier attempt of the same scan stored (idempotent).
 */
public final class ScanStore {

    static final String COLUMNS = "id, tenant_id, created_by, task_id, status, source_kind, source_label, git_ref, "
            + "commit_sha, request::text AS request, phase, files_total, files_done, findings_so_far, findings_total, "
            + "suppressed_total, counts::text AS counts, languages::text AS languages, skipped::text AS skipped, "
            + "stats::text AS stats, warnings::text AS warnings, error, created_at, started_at, finished_at";
    private static final int BATCH = 1000;

    private final Pool pool;

    public ScanStore(Pool pool) {
        this.pool = pool;
    }

    /** Stores a new queued scan and its uploaded archive or diff (either may be null). */
    public Uni<Void> create(ScanRecord scan, byte[] archive, byte[] diff) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                INSERT INTO scan (id, tenant_id, created_by, status, source_kind, source_label, git_ref, request)
                VALUES ($1, $2, $3, 'queued', $4, $5, $6, $7::text::jsonb)""")
                .execute(Tuple.from(Arrays.asList(scan.id(), scan.tenantId(), scan.createdBy(), scan.sourceKind(),
                        scan.sourceLabel(), scan.gitRef(), scan.request())))
                .flatMap(ignored -> archive == null && diff == null ? Uni.createFrom().voidItem()
                        : tx.preparedQuery("INSERT INTO scan_source (scan_id, tenant_id, archive, diff) "
                                + "VALUES ($1, $2, $3, $4)")
                                .execute(Tuple.of(scan.id(), scan.tenantId(), buffer(archive), buffer(diff)))
                                .replaceWithVoid())
                .replaceWithVoid());
    }

    public Uni<Void> attachTask(UUID scanId, UUID taskId) {
        return update("UPDATE scan SET task_id = $2 WHERE id = $1", Tuple.of(scanId, taskId));
    }

    public Uni<Optional<ScanRecord>> find(UUID tenantId, UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM scan WHERE tenant_id = $1 AND id = $2")
                .execute(Tuple.of(tenantId, id)).map(rows -> first(rows.iterator()).map(ScanStore::map));
    }

    /** The scan whatever its tenant: for the worker, which gets the id from its own task. */
    public Uni<Optional<ScanRecord>> findForWorker(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM scan WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> first(rows.iterator()).map(ScanStore::map));
    }

    public Uni<Page<ScanRecord>> list(UUID tenantId, String status, PageParams page) {
        SqlWhere where = new SqlWhere().and("tenant_id = ?", tenantId).andIf(status != null, "status = ?", status);
        return SqlPaging.page(pool, COLUMNS, "scan", where, "created_at DESC, id", page, ScanStore::map);
    }

    /** The uploaded archive and diff of a scan. */
    public record Source(byte[] archive, byte[] diff) {
    }

    public Uni<Source> source(UUID scanId) {
        return pool.preparedQuery("SELECT archive, diff FROM scan_source WHERE scan_id = $1").execute(Tuple.of(scanId))
                .map(rows -> first(rows.iterator()).map(r -> new Source(bytes(r.getBuffer("archive")),
                        bytes(r.getBuffer("diff")))).orElse(new Source(null, null)));
    }

    public Uni<Void> start(UUID id) {
        return update("""
                UPDATE scan SET status = 'running', phase = 'prepare', started_at = coalesce(started_at, now()),
                    error = NULL, updated_at = now() WHERE id = $1 AND status IN ('queued', 'running')""",
                Tuple.of(id));
    }

    public Uni<Void> prepared(UUID id, int filesTotal, String commitSha) {
        return update("UPDATE scan SET files_total = $2, commit_sha = coalesce($3, commit_sha), updated_at = now() "
                + "WHERE id = $1", Tuple.of(id, filesTotal, commitSha));
    }

    public Uni<Void> progress(UUID id, String phase, int filesDone, int filesTotal, int findings) {
        return update("UPDATE scan SET phase = $2, files_done = $3, files_total = $4, findings_so_far = $5, "
                + "updated_at = now() WHERE id = $1 AND status = 'running'",
                Tuple.of(id, phase, filesDone, filesTotal, findings));
    }

    /** Ends a scan as failed or cancelled, and drops its uploaded source. */
    public Uni<Void> end(UUID id, String status, String error) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE scan SET status = $2, error = $3, phase = NULL, finished_at = now(), updated_at = now()
                WHERE id = $1 AND status IN ('queued', 'running')""").execute(Tuple.of(id, status, error))
                .flatMap(r -> tx.preparedQuery("DELETE FROM scan_source WHERE scan_id = $1").execute(Tuple.of(id)))
                .replaceWithVoid());
    }

    /** Stores a finished scan's results in one transaction, replacing an earlier attempt's, and drops its source. */
    public Uni<Void> complete(ScanRecord scan, ScanResult result, String counts, String summary) {
        UUID id = scan.id();
        UUID tenant = scan.tenantId();
        return pool.withTransaction(tx -> {
            Uni<?> chain = Uni.createFrom().voidItem();
            for (String table : List.of("scan_finding", "scan_file", "scan_rule", "scan_artifact", "scan_source")) {
                chain = chain.flatMap(x -> tx.preparedQuery("DELETE FROM " + table + " WHERE scan_id = $1")
                        .execute(Tuple.of(id)));
            }
            List<Tuple> findings = new ArrayList<>();
            int seq = 0;
            for (Finding f : result.findings()) {
                findings.add(FindingRows.tuple(id, tenant, seq++, f));
            }
            chain = batch(tx, chain, FindingRows.INSERT, findings);
            List<Tuple> files = new ArrayList<>();
            for (ScanResult.FileSummary f : result.files()) {
                files.add(Tuple.from(Arrays.asList(id, tenant, f.path(), f.language().id(), f.size(), f.lines(),
                        f.sha256(), f.findings())));
            }
            chain = batch(tx, chain, "INSERT INTO scan_file (scan_id, tenant_id, path, language, size, lines, sha256, "
                    + "findings) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", files);
            List<Tuple> rules = new ArrayList<>();
            for (RuleDescriptor r : result.rules().values()) {
                rules.add(Tuple.of(id, tenant, r.id(), FindingRows.json(r)));
            }
            chain = batch(tx, chain, "INSERT INTO scan_rule (scan_id, tenant_id, rule_id, descriptor) "
                    + "VALUES ($1, $2, $3, $4::text::jsonb)", rules);
            List<Tuple> artifacts = new ArrayList<>();
            for (Map.Entry<String, List<JsonNode>> e : result.artifacts().entrySet()) {
                int n = 0;
                for (JsonNode node : e.getValue()) {
                    artifacts.add(Tuple.of(id, tenant, e.getKey(), n++, node.toString()));
                }
            }
            chain = batch(tx, chain, "INSERT INTO scan_artifact (scan_id, tenant_id, kind, seq, content) "
                    + "VALUES ($1, $2, $3, $4, $5::text::jsonb)", artifacts);
            long suppressed = result.findings().stream().filter(Finding::suppressed).count();
            return chain.flatMap(x -> tx.preparedQuery("""
                    UPDATE scan SET status = 'succeeded', phase = NULL, files_done = $2, files_total = $2,
                        findings_so_far = $3, findings_total = $3, suppressed_total = $4, counts = $5::text::jsonb,
                        languages = $6::text::jsonb, skipped = $7::text::jsonb, stats = $8::text::jsonb,
                        warnings = $9::text::jsonb, error = NULL, finished_at = now(), updated_at = now()
                    WHERE id = $1""").execute(Tuple.from(Arrays.asList(id, result.files().size(),
                    result.findings().size(), (int) suppressed, counts,
                    FindingRows.json(result.stats().languages()), FindingRows.json(result.skipped()), summary,
                    FindingRows.json(result.warnings()))))).replaceWithVoid();
        });
    }

    public Uni<Page<FindingRows.Stored>> findings(UUID tenantId, UUID scanId, FindingFilter filter, PageParams page) {
        return SqlPaging.page(pool, FindingRows.COLUMNS, "scan_finding", where(tenantId, scanId, filter), "seq",
                page, FindingRows::map);
    }

    /** Every finding of a scan, in stored order (most severe first), for reports. */
    public Uni<List<Finding>> allFindings(UUID tenantId, UUID scanId) {
        return pool.preparedQuery("SELECT " + FindingRows.COLUMNS
                + " FROM scan_finding WHERE tenant_id = $1 AND scan_id = $2 ORDER BY seq")
                .execute(Tuple.of(tenantId, scanId)).map(rows -> {
                    List<Finding> out = new ArrayList<>(rows.size());
                    rows.forEach(r -> out.add(FindingRows.map(r).finding()));
                    return out;
                });
    }

    public Uni<List<RuleDescriptor>> rules(UUID tenantId, UUID scanId) {
        return pool.preparedQuery("SELECT descriptor::text AS d FROM scan_rule WHERE tenant_id = $1 AND scan_id = $2")
                .execute(Tuple.of(tenantId, scanId)).map(rows -> {
                    List<RuleDescriptor> out = new ArrayList<>();
                    rows.forEach(r -> out.add(FindingRows.read(r.getString("d"),
                            new com.fasterxml.jackson.core.type.TypeReference<RuleDescriptor>() {
                            }, null)));
                    return out;
                });
    }

    /** Fingerprints of a scan's findings (for {@code baseline_scan_id}). */
    public Uni<List<String>> fingerprints(UUID tenantId, UUID scanId) {
        return pool.preparedQuery("SELECT fingerprint FROM scan_finding WHERE tenant_id = $1 AND scan_id = $2")
                .execute(Tuple.of(tenantId, scanId)).map(rows -> {
                    List<String> out = new ArrayList<>(rows.size());
                    rows.forEach(r -> out.add(r.getString(0)));
                    return out;
                });
    }

    /** Published artifacts of one kind, in order. */
    public Uni<List<String>> artifacts(UUID tenantId, UUID scanId, String kind) {
        return pool.preparedQuery("SELECT content::text FROM scan_artifact WHERE tenant_id = $1 AND scan_id = $2 "
                + "AND kind = $3 ORDER BY seq").execute(Tuple.of(tenantId, scanId, kind)).map(rows -> {
                    List<String> out = new ArrayList<>(rows.size());
                    rows.forEach(r -> out.add(r.getString(0)));
                    return out;
                });
    }

    private static SqlWhere where(UUID tenantId, UUID scanId, FindingFilter f) {
        SqlWhere w = new SqlWhere().and("tenant_id = ?", tenantId).and("scan_id = ?", scanId)
                .andIf(present(f.severities()), "severity = ANY(?)", array(f.severities()))
                .andIf(present(f.categories()), "category = ANY(?)", array(f.categories()))
                .andIf(present(f.languages()), "language = ANY(?)", array(f.languages()))
                .andIf(present(f.rules()), "rule_id = ANY(?)", array(f.rules()))
                .andIf(f.suppressed() != null, "suppressed = ?", f.suppressed())
                .andIf(f.minConfidence() != null, f.includesUnknown() ? "(confidence = ANY(?) OR confidence IS NULL)"
                        : "confidence = ANY(?)", array(f.confidences()));
        if (f.file() != null && !f.file().isBlank()) {
            String file = f.file().trim();
            if (file.endsWith("*") || file.endsWith("/")) {
                String prefix = file.endsWith("*") ? file.substring(0, file.length() - 1) : file;
                w.and("starts_with(path, ?)", prefix);
            } else {
                w.and("path = ?", file);
            }
        }
        return w;
    }

    private static boolean present(List<String> values) {
        return values != null && !values.isEmpty();
    }

    private static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    private static Uni<?> batch(SqlClient tx, Uni<?> chain, String sql, List<Tuple> tuples) {
        for (int from = 0; from < tuples.size(); from += BATCH) {
            List<Tuple> slice = tuples.subList(from, Math.min(tuples.size(), from + BATCH));
            chain = chain.flatMap(x -> tx.preparedQuery(sql).executeBatch(slice));
        }
        return chain;
    }

    private Uni<Void> update(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).replaceWithVoid();
    }

    private static io.vertx.core.buffer.Buffer buffer(byte[] bytes) {
        return bytes == null ? null : io.vertx.core.buffer.Buffer.buffer(bytes);
    }

    private static byte[] bytes(Buffer buffer) {
        return buffer == null ? null : buffer.getBytes();
    }

    private static <T> Optional<T> first(java.util.Iterator<T> it) {
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    static ScanRecord map(Row r) {
        return new ScanRecord(r.getUUID("id"), r.getUUID("tenant_id"), r.getUUID("created_by"), r.getUUID("task_id"),
                r.getString("status"), r.getString("source_kind"), r.getString("source_label"), r.getString("git_ref"),
                r.getString("commit_sha"), r.getString("request"), r.getString("phase"), r.getInteger("files_total"),
                r.getInteger("files_done"), r.getInteger("findings_so_far"), r.getInteger("findings_total"),
                r.getInteger("suppressed_total"), r.getString("counts"), r.getString("languages"),
                r.getString("skipped"), r.getString("stats"), r.getString("warnings"), r.getString("error"),
                r.getOffsetDateTime("created_at"), r.getOffsetDateTime("started_at"),
                r.getOffsetDateTime("finished_at"));
    }
}
