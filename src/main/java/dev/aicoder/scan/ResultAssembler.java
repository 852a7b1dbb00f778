package dev.aicoder.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.security.taint.java.JavaTaintAnalyzer;
import dev.aicoder.source.Language;
import dev.aicoder.source.SkipReason;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/** Turns the outcomes of a run into a {@link ScanResult}: merge duplicates, mark suppressions, count. */
final class ResultAssembler {

    private ResultAssembler() {
    }

    static ScanResult assemble(ScanRun run, Set<String> baseline, long durationMs) {
        Workspace ws = run.workspace();
        List<SourceFile> files = run.files();
        List<Finding> all = new ArrayList<>();
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        Map<String, List<JsonNode>> artifacts = new LinkedHashMap<>();
        Map<String, List<InlineSuppressions.Directive>> directives = new HashMap<>();
        int cached = 0;
        for (int i = 0; i < files.size(); i++) {
            FileOutcome o = run.rawOutcome(i);
            if (o == null || o == FileOutcome.TIMED_OUT) {
                continue;
            }
            cached += o.fromCache() ? 1 : 0;
            all.addAll(o.findings());
            o.rules().forEach(r -> rules.putIfAbsent(r.id(), r));
            o.artifacts().forEach(a -> artifacts.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.content()));
            if (!o.directives().isEmpty()) {
                directives.put(files.get(i).path(), o.directives());
            }
        }
        for (CacheEntries.WorkspaceEntry e : run.workspaceResults().values()) {
            all.addAll(nonNull(e.findings()));
            nonNull(e.rules()).forEach(r -> rules.putIfAbsent(r.id(), r));
            nonNull(e.artifacts())
                    .forEach(a -> artifacts.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.content()));
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> perFile = new HashMap<>();
        for (DuplicateMerger.Merged m : DuplicateMerger.merge(all)) {
            Finding f = InlineSuppressions.apply(m.finding(), directivesOf(ws, m.finding().path(), directives),
                    m.ruleIds());
            if (!f.suppressed() && f.fingerprint() != null && baseline.contains(f.fingerprint())) {
                f = f.withSuppression(new Finding.Suppression("baseline", "present in the baseline"));
            }
            findings.add(f);
            perFile.merge(f.path(), 1, Integer::sum);
        }
        findings = TaintCorroboration.apply(findings, taintRead(run));
        findings.sort(Findings.BY_SEVERITY);
        Map<String, RuleDescriptor> used = new TreeMap<>();
        findings.forEach(f -> {
            RuleDescriptor r = rules.get(f.ruleId());
            used.put(f.ruleId(), r != null ? r : new RuleDescriptor(f.ruleId(), f.title(), f.title(), f.severity(),
                    f.category(), f.cwe(), f.tags(), f.analyzer()));
        });
        return new ScanResult(findings, used, summaries(ws, run, perFile), skipped(ws, run), artifacts,
                stats(ws, run, cached, durationMs), run.warnings());
    }

    /** Whether a taint analyzer analysed the file at {@code path} in this scan. */
    private static Predicate<String> taintRead(ScanRun run) {
        return path -> run.workspace().file(path).map(file -> {
            if (file.language() == Language.JAVA) {
                return run.workspaceResults().containsKey(JavaTaintAnalyzer.ID);
            }
            AnalyzerSet set = run.analyzers();
            return Stream.concat(set.cachedFile.stream(), set.liveFile.stream())
                    .anyMatch(a -> a.id().startsWith("taint-") && a.supports(file));
        }).orElse(false);
    }

    private static List<InlineSuppressions.Directive> directivesOf(Workspace ws, String path,
            Map<String, List<InlineSuppressions.Directive>> known) {
        if (path.isEmpty()) {
            return List.of();
        }
        return known.computeIfAbsent(path, p -> ws.file(p)
                .map(f -> InlineSuppressions.parse(ws.read(f))).orElse(List.of()));
    }

    private static List<ScanResult.FileSummary> summaries(Workspace ws, ScanRun run, Map<String, Integer> perFile) {
        List<ScanResult.FileSummary> out = new ArrayList<>();
        for (int i = 0; i < run.files().size(); i++) {
            SourceFile f = run.files().get(i);
            if (run.rawOutcome(i) == FileOutcome.TIMED_OUT) {
                continue;
            }
            out.add(new ScanResult.FileSummary(f.path(), f.language(), f.size(), ws.lines(f), f.sha256(),
                    perFile.getOrDefault(f.path(), 0)));
        }
        return out;
    }

    private static Map<String, Integer> skipped(Workspace ws, ScanRun run) {
        Map<String, Integer> out = new TreeMap<>(ws.skipped());
        if (run.timeouts() > 0) {
            out.merge(SkipReason.TIMEOUT, run.timeouts(), Integer::sum);
        }
        return out;
    }

    private static ScanResult.Stats stats(Workspace ws, ScanRun run, int cached, long durationMs) {
        long lines = 0;
        long bytes = 0;
        Map<String, Integer> languages = new TreeMap<>();
        for (SourceFile f : run.files()) {
            lines += ws.lines(f);
            bytes += f.size();
            languages.merge(f.language().id(), 1, Integer::sum);
        }
        return new ScanResult.Stats(run.files().size(), lines, bytes, cached, durationMs, languages,
                run.analyzerMs());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
