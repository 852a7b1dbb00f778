package dev.aicoder.analysis.quality.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * The {@code duplicates} analyzer: token-based copy-paste detection across all code files of the workspace (same
 * language family is not required: identical token runs are reported wherever they are). One finding per copy
 * after the first, pointing at the earlier copy; a summary is published under {@code duplication}.
 */
public final class DuplicateCodeAnalyzer implements WorkspaceAnalyzer {

    public static final String ARTIFACT = "duplication";
    private static final long MAX_FILE_CHARS = 2_000_000;

    /** What was found, for reports: copies, duplicated lines, and the share of code lines they make up. */
    public record Summary(int blocks, int duplicatedLines, int codeLines, double ratio) {
    }

    @Override
    public String id() {
        return "duplicates";
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.MAINTAINABILITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return List.of(MetricRules.DUPLICATION);
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) {
        MetricsSettings limits = MetricsSettings.from(context.options());
        List<SourceFile> files = new ArrayList<>();
        List<Tokens> tokens = new ArrayList<>();
        Map<String, Integer> dictionary = new HashMap<>();
        int codeLines = 0;
        for (SourceFile file : workspace.files()) {
            if (file.language() == null || !file.language().isCode() || file.size() > MAX_FILE_CHARS) {
                continue;
            }
            if (context.cancelled()) {
                return List.of();
            }
            String text = workspace.read(file);
            Tokens t = Tokens.of(file.language(), text, dictionary);
            if (t.size() >= limits.duplicateMinTokens()) {
                files.add(file);
                tokens.add(t);
            }
            codeLines += t.size() == 0 ? 0 : distinctLines(t);
        }
        List<Finding> out = new ArrayList<>();
        Map<Integer, List<int[]>> reported = new HashMap<>();
        int duplicatedLines = 0;
        List<DuplicateFinder.Match> matches = new ArrayList<>(
                DuplicateFinder.find(tokens, limits.duplicateMinTokens(), context::cancelled));
        matches.sort(Comparator.comparingInt(DuplicateFinder.Match::length).reversed());
        for (DuplicateFinder.Match m : matches) {
            Tokens a = tokens.get(m.a());
            Tokens b = tokens.get(m.b());
            int bFirst = b.lines()[m.bStart()];
            int bLast = b.lines()[m.bEnd() - 1];
            if (m.length() < limits.duplicateMinTokens() || bLast - bFirst + 1 < limits.duplicateMinLines()
                    || !claim(reported.computeIfAbsent(m.b(), k -> new ArrayList<>()), bFirst, bLast)) {
                continue;
            }
            duplicatedLines += bLast - bFirst + 1;
            SourceFile fb = files.get(m.b());
            SourceFile fa = files.get(m.a());
            int aFirst = a.lines()[m.aStart()];
            int aLast = a.lines()[m.aEnd() - 1];
            String where = fa.path().equals(fb.path()) ? "lines " + aFirst + "–" + aLast
                    : fa.path() + " lines " + aFirst + "–" + aLast;
            out.add(Finding.builder(MetricRules.DUPLICATION.id()).rule(MetricRules.DUPLICATION)
                    .message("Lines " + bFirst + "–" + bLast + " duplicate " + where + " (" + m.length() + " tokens)")
                    .path(fb.path()).range(bFirst, 0, bLast, 0)
                    .snippet(new SourceText(workspace.read(fb)).line(bFirst)).language(fb.language())
                    .confidence(Confidence.HIGH).property("duplicate_of", fa.path())
                    .property("duplicate_lines", aFirst + "-" + aLast).property("tokens", String.valueOf(m.length()))
                    .build());
        }
        context.publish(ARTIFACT, new Summary(out.size(), duplicatedLines, codeLines,
                codeLines == 0 ? 0 : Math.round(1000.0 * duplicatedLines / codeLines) / 1000.0));
        return out;
    }

    /** Records a reported range unless it mostly overlaps one already reported (a third copy of a block). */
    private static boolean claim(List<int[]> ranges, int first, int last) {
        for (int[] r : ranges) {
            int overlap = Math.min(last, r[1]) - Math.max(first, r[0]) + 1;
            if (overlap * 2 >= Math.min(last - first + 1, r[1] - r[0] + 1)) {
                return false;
            }
        }
        ranges.add(new int[] { first, last });
        return true;
    }

    private static int distinctLines(Tokens t) {
        int count = 0;
        int last = -1;
        for (int line : t.lines()) {
            if (line != last) {
                count++;
                last = line;
            }
        }
        return count;
    }
}
