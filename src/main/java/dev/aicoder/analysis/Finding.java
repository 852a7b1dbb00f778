package dev.aicoder.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.source.Language;

/**
 * One problem at one place. Analyzers fill in what they know; the scan engine adds the {@link #fingerprint()}
 * (rule + normalised code context, stable across commits) and suppression, then merges duplicates.
 *
 * @param path workspace-relative path with forward slashes; empty for findings about the project as a whole
 * @param startLine 1-based; 0 when the finding has no line
 * @param properties analyzer-specific facts shown in reports (advisory id, fixed version, taint trace, model...);
 *        never a secret value
 */
public record Finding(String ruleId, String title, String message, Severity severity, Category category,
        List<Integer> cwe, String path, int startLine, int startColumn, int endLine, int endColumn, String snippet,
        Language language, String analyzer, Confidence confidence, String fingerprint, List<String> tags,
        Fix fix, Suppression suppression, Map<String, String> properties) {

    public Finding {
        cwe = cwe == null ? List.of() : List.copyOf(cwe);
        tags = tags == null ? List.of() : List.copyOf(tags);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        path = path == null ? "" : path;
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withFingerprint(String value) {
        return toBuilder().fingerprint(value).build();
    }

    public Finding withSuppression(Suppression value) {
        return toBuilder().suppression(value).build();
    }

    public static Builder builder(String ruleId) {
        return new Builder().ruleId(ruleId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.ruleId = ruleId;
        b.title = title;
        b.message = message;
        b.severity = severity;
        b.category = category;
        b.cwe = cwe;
        b.path = path;
        b.startLine = startLine;
        b.startColumn = startColumn;
        b.endLine = endLine;
        b.endColumn = endColumn;
        b.snippet = snippet;
        b.language = language;
        b.analyzer = analyzer;
        b.confidence = confidence;
        b.fingerprint = fingerprint;
        b.tags = tags;
        b.fix = fix;
        b.suppression = suppression;
        b.properties = new LinkedHashMap<>(properties);
        return b;
    }

    /** A proposed change that resolves the finding: a replacement of the finding's range, or a unified diff. */
    public record Fix(String description, String replacement, String diff) {
    }

    /** Why a finding is suppressed: {@code source} is {@code inline}, {@code baseline} or {@code config}. */
    public record Suppression(String source, String reason) {
    }

    public static final class Builder {
        private String ruleId;
        private String title;
        private String message;
        private Severity severity = Severity.MEDIUM;
        private Category category = Category.QUALITY;
        private List<Integer> cwe = List.of();
        private String path = "";
        private int startLine;
        private int startColumn;
        private int endLine;
        private int endColumn;
        private String snippet;
        private Language language;
        private String analyzer;
        private Confidence confidence = Confidence.MEDIUM;
        private String fingerprint;
        private List<String> tags = List.of();
        private Fix fix;
        private Suppression suppression;
        private Map<String, String> properties = new LinkedHashMap<>();

        public Builder ruleId(String v) {
            ruleId = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder message(String v) {
            message = v;
            return this;
        }

        public Builder severity(Severity v) {
            severity = v;
            return this;
        }

        public Builder category(Category v) {
            category = v;
            return this;
        }

        public Builder cwe(List<Integer> v) {
            cwe = v;
            return this;
        }

        public Builder cwe(Integer... v) {
            cwe = List.of(v);
            return this;
        }

        public Builder path(String v) {
            path = v;
            return this;
        }

        /** Sets a single-line location; columns are 1-based, 0 when unknown. */
        public Builder line(int line) {
            return range(line, 0, line, 0);
        }

        public Builder range(int startLine, int startColumn, int endLine, int endColumn) {
            this.startLine = startLine;
            this.startColumn = startColumn;
            this.endLine = endLine;
            this.endColumn = endColumn;
            return this;
        }

        public Builder snippet(String v) {
            snippet = v;
            return this;
        }

        public Builder language(Language v) {
            language = v;
            return this;
        }

        public Builder analyzer(String v) {
            analyzer = v;
            return this;
        }

        public Builder confidence(Confidence v) {
            confidence = v;
            return this;
        }

        public Builder fingerprint(String v) {
            fingerprint = v;
            return this;
        }

        public Builder tags(List<String> v) {
            tags = v;
            return this;
        }

        public Builder fix(Fix v) {
            fix = v;
            return this;
        }

        public Builder suppression(Suppression v) {
            suppression = v;
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder properties(Map<String, String> v) {
            properties = new LinkedHashMap<>(v);
            return this;
        }

        public Builder rule(RuleDescriptor rule) {
            return ruleId(rule.id()).title(rule.title()).severity(rule.severity()).category(rule.category())
                    .cwe(rule.cwe()).tags(rule.tags()).analyzer(rule.analyzer());
        }

        public Finding build() {
            if (ruleId == null || ruleId.isBlank()) {
                throw new IllegalStateException("a finding needs a rule id");
            }
            return new Finding(ruleId, title == null ? ruleId : title, message == null ? title : message, severity,
                    category, cwe, path, startLine, startColumn, endLine == 0 ? startLine : endLine, endColumn,
                    snippet, language, analyzer, confidence, fingerprint, tags, fix, suppression, properties);
        }
    }
}
