package dev.aicoder.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.architecture.graph.Cycle;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.solid.Violation;
import dev.aicoder.analysis.architecture.suggest.Suggestion;

/** The findings of an architecture report: one per cycle and one per design violation. */
final class ArchitectureFindings {

    private ArchitectureFindings() {
    }

    static List<Finding> of(ArchitectureReport report, ProjectModel model) {
        Map<String, String> suggestionByTarget = report.suggestions().stream()
                .collect(Collectors.toMap(Suggestion::target, Suggestion::key, (a, b) -> a));
        List<Finding> out = new ArrayList<>();
        for (Cycle c : report.packageCycles()) {
            Dependency cut = cutEdge(model, c);
            CodeUnit at = cut == null ? null : model.unit(cut.from()).orElse(null);
            out.add(base("architecture.package-cycle", at, cut == null ? 0 : cut.line(), Confidence.HIGH)
                    .message("Packages " + String.join(", ", c.members()) + " form a dependency cycle. Shortest: "
                            + c.path() + ". Cheapest edge to cut: " + c.cutFrom() + " -> " + c.cutTo() + " ("
                            + c.cutWeight() + " references).")
                    .property("cycle", c.path()).property("members", String.join(",", c.members()))
                    .property("cut", c.cutFrom() + " -> " + c.cutTo())
                    .property("evidence", String.join("; ", c.cutReferences())).build());
        }
        for (Cycle c : report.unitCycles()) {
            CodeUnit at = model.unit(c.shortest().get(0)).orElse(null);
            out.add(base("architecture.unit-cycle", at, at == null ? 0 : at.line(), Confidence.HIGH)
                    .message(c.members().size() + " " + (at != null && at.kind().id().endsWith("module") ? "files"
                            : "classes") + " depend on each other in a cycle. Shortest: " + c.path() + ".")
                    .property("cycle", c.path()).property("size", String.valueOf(c.members().size())).build());
        }
        for (Violation v : report.violations()) {
            Finding.Builder b = Finding.builder(v.rule()).rule(ArchitectureRules.get(v.rule())).path(v.path())
                    .line(v.line()).severity(v.severity()).message(v.message())
                    .confidence(v.rule().equals("architecture.god-class") ? Confidence.MEDIUM : Confidence.LOW)
                    .language(model.unit(v.target()).map(CodeUnit::language).orElse(null))
                    .property("target", v.target()).property("evidence", String.join("; ", v.evidence()));
            if (!v.principle().isEmpty()) {
                b.property("principle", v.principle());
            }
            String key = suggestionByTarget.get(v.target());
            if (key != null) {
                b.property("suggestion", key);
            }
            out.add(b.build());
        }
        return out;
    }

    private static Finding.Builder base(String rule, CodeUnit at, int line, Confidence confidence) {
        Finding.Builder b = Finding.builder(rule).rule(ArchitectureRules.get(rule)).confidence(confidence);
        if (at != null) {
            b.path(at.path()).line(line).language(at.language());
        }
        return b;
    }

    private static Dependency cutEdge(ProjectModel model, Cycle c) {
        Dependency best = null;
        for (Dependency d : model.edges()) {
            String from = model.unit(d.from()).map(CodeUnit::container).orElse("");
            String to = model.unit(d.to()).map(CodeUnit::container).orElse("");
            if (from.equals(c.cutFrom()) && to.equals(c.cutTo()) && (best == null || d.count() > best.count())) {
                best = d;
            }
        }
        return best;
    }
}
