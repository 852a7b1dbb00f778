package dev.aicoder.scan.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;
import dev.aicoder.scan.ScanJson;
import dev.aicoder.source.Language;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Findings to and from {@code scan_finding} rows. */
public final class FindingRows {

    static final String COLUMNS = "id, seq, fingerprint, rule_id, title, message, severity, category, cwe, path, "
            + "start_line, start_column, end_line, end_column, snippet, language, analyzer, confidence, tags, "
            + "fix::text AS fix, suppressed, suppression_source, suppression_reason, properties::text AS properties";

    static final String INSERT = """
            INSERT INTO scan_finding (id, scan_id, tenant_id, seq, fingerprint, rule_id, title, message, severity,
                severity_rank, category, cwe, path, start_line, start_column, end_line, end_column, snippet, language,
                analyzer, confidence, tags, fix, suppressed, suppression_source, suppression_reason, properties)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                $22, $23::text::jsonb, $24, $25, $26, $27::text::jsonb)""";

    private FindingRows() {
    }

    /** A stored finding: its row id and the finding. */
    public record Stored(UUID id, Finding finding) {
    }

    static Tuple tuple(UUID scanId, UUID tenantId, int seq, Finding f) {
        Object[] values = { UUID.randomUUID(), scanId, tenantId, seq, f.fingerprint() == null ? "" : f.fingerprint(),
                f.ruleId(), f.title(), f.message(), f.severity().id(), (short) f.severity().rank(),
                f.category().id(), f.cwe().toArray(Integer[]::new), f.path(), f.startLine(), f.startColumn(),
                f.endLine(), f.endColumn(), f.snippet(), f.language() == null ? null : f.language().id(),
                f.analyzer(), f.confidence() == null ? null : f.confidence().id(), f.tags().toArray(String[]::new),
                json(f.fix()), f.suppressed(), f.suppressed() ? f.suppression().source() : null,
                f.suppressed() ? f.suppression().reason() : null, json(f.properties()) };
        return Tuple.from(Arrays.asList(values));
    }

    static Stored map(Row row) {
        Integer[] cwe = row.getArrayOfIntegers("cwe");
        String[] tags = row.getArrayOfStrings("tags");
        String lang = row.getString("language");
        String conf = row.getString("confidence");
        Finding.Builder b = Finding.builder(row.getString("rule_id")).title(row.getString("title"))
                .message(row.getString("message")).severity(Severity.of(row.getString("severity")))
                .category(Category.of(row.getString("category"))).cwe(cwe == null ? List.of() : List.of(cwe))
                .path(row.getString("path")).range(row.getInteger("start_line"), row.getInteger("start_column"),
                        row.getInteger("end_line"), row.getInteger("end_column"))
                .snippet(row.getString("snippet")).language(lang == null ? null : Language.of(lang))
                .analyzer(row.getString("analyzer")).confidence(conf == null ? null : Confidence.of(conf))
                .fingerprint(row.getString("fingerprint")).tags(tags == null ? List.of() : List.of(tags))
                .properties(read(row.getString("properties"), new TypeReference<Map<String, String>>() {
                }, new LinkedHashMap<>()));
        String fix = row.getString("fix");
        if (fix != null) {
            b.fix(read(fix, new TypeReference<Finding.Fix>() {
            }, null));
        }
        if (Boolean.TRUE.equals(row.getBoolean("suppressed"))) {
            b.suppression(new Finding.Suppression(row.getString("suppression_source"),
                    row.getString("suppression_reason")));
        }
        return new Stored(row.getUUID("id"), b.build());
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return ScanJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type, T fallback) {
        if (json == null) {
            return fallback;
        }
        try {
            return ScanJson.mapper().readValue(json, type);
        } catch (IOException e) {
            return fallback;
        }
    }
}
