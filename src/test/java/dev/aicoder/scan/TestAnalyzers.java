package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/** Small real analyzers for engine tests: a regex rule per line, a workspace counter, pathological ones. */
public final class TestAnalyzers {

    private TestAnalyzers() {
    }

    /** Reports {@code rule} on every line matching {@code regex}; counts its calls; publishes line counts. */
    public static final class RegexAnalyzer implements FileAnalyzer {
        public final AtomicInteger calls = new AtomicInteger();
        private final String id;
        private final RuleDescriptor rule;
        private final Pattern pattern;

        public RegexAnalyzer(String id, String ruleId, String regex, Severity severity, Integer cwe) {
            this.id = id;
            this.rule = new RuleDescriptor(ruleId, "Rule " + ruleId, "Why " + ruleId + " matters. Fix it.", severity,
                    cwe == null ? Category.QUALITY : Category.SECURITY, cwe == null ? List.of() : List.of(cwe),
                    List.of("test"), id);
            this.pattern = Pattern.compile(regex);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<Category> categories() {
            return Set.of(rule.category());
        }

        @Override
        public List<RuleDescriptor> rules() {
            return List.of(rule);
        }

        @Override
        public boolean supports(SourceFile file) {
            return file.language() != null && file.language().isCode();
        }

        @Override
        public List<Finding> analyze(SourceFile file, String content, AnalysisContext context) {
            calls.incrementAndGet();
            List<Finding> out = new ArrayList<>();
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = pattern.matcher(lines[i]);
                if (m.find()) {
                    out.add(Finding.builder(rule.id()).rule(rule).message("found " + m.group())
                            .range(i + 1, m.start() + 1, i + 1, m.end() + 1).confidence(Confidence.HIGH).build());
                }
            }
            context.publish("lines", Map.of("path", file.path(), "lines", lines.length));
            return out;
        }
    }

    /** Counts files per language over the whole workspace and reports one project-level finding. */
    public static final class CountingWorkspaceAnalyzer implements WorkspaceAnalyzer {
        public final AtomicInteger calls = new AtomicInteger();
        private final boolean cacheable;

        public CountingWorkspaceAnalyzer(boolean cacheable) {
            this.cacheable = cacheable;
        }

        @Override
        public String id() {
            return cacheable ? "inventory" : "inventory-live";
        }

        @Override
        public Set<Category> categories() {
            return Set.of(Category.MAINTAINABILITY);
        }

        @Override
        public boolean cacheable() {
            return cacheable;
        }

        @Override
        public List<Finding> analyze(Workspace workspace, AnalysisContext context) {
            calls.incrementAndGet();
            context.publish("inventory", Map.of("files", workspace.files().size()));
            return List.of(Finding.builder(id() + ".files").title("File count").message(
                    workspace.files().size() + " files").severity(Severity.INFO).category(Category.MAINTAINABILITY)
                    .build());
        }
    }

    /** Never returns on files named {@code slow*}, ignoring cancellation (like a runaway regex). */
    public static final class StuckAnalyzer implements FileAnalyzer {
        @Override
        public String id() {
            return "stuck";
        }

        @Override
        public Set<Category> categories() {
            return Set.of(Category.QUALITY);
        }

        @Override
        public boolean supports(SourceFile file) {
            return true;
        }

        @Override
        public List<Finding> analyze(SourceFile file, String content, AnalysisContext context) {
            if (file.path().contains("slow")) {
                long x = 0;
                while (x >= 0) {
                    x = (x + 1) % Long.MAX_VALUE;
                }
            }
            if (file.path().contains("boom")) {
                throw new IllegalStateException("boom in analyzer");
            }
            return List.of();
        }
    }

    /** Spends two seconds on each file named {@code slow*}, stopping early when cancelled. */
    public static final class SlowAnalyzer implements FileAnalyzer {
        @Override
        public String id() {
            return "slow";
        }

        @Override
        public Set<Category> categories() {
            return Set.of(Category.QUALITY);
        }

        @Override
        public boolean supports(SourceFile file) {
            return file.path().contains("slow");
        }

        @Override
        public List<Finding> analyze(SourceFile file, String content, AnalysisContext context)
                throws InterruptedException {
            for (int i = 0; i < 40 && !context.cancelled(); i++) {
                Thread.sleep(50);
            }
            return List.of();
        }
    }
}
