package dev.aicoder.analysis.architecture.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.Dependency;
import dev.aicoder.analysis.architecture.model.ProjectModel;

/** Computes package and class metrics from a {@link ProjectModel}. */
public final class MetricsCalculator {

    private MetricsCalculator() {
    }

    public static List<PackageMetrics> packages(ProjectModel model) {
        Map<String, Set<String>> afferent = new HashMap<>();
        Map<String, Set<String>> efferent = new HashMap<>();
        for (Dependency d : model.edges()) {
            String from = model.unit(d.from()).orElseThrow().container();
            String to = model.unit(d.to()).orElseThrow().container();
            if (!from.equals(to)) {
                efferent.computeIfAbsent(from, k -> new HashSet<>()).add(d.from());
                afferent.computeIfAbsent(to, k -> new HashSet<>()).add(d.from());
            }
        }
        List<PackageMetrics> out = new ArrayList<>();
        model.byContainer().forEach((name, units) -> {
            int ca = afferent.getOrDefault(name, Set.of()).size();
            int ce = efferent.getOrDefault(name, Set.of()).size();
            int abstractUnits = (int) units.stream().filter(u -> u.kind().isAbstract()).count();
            double i = ca + ce == 0 ? 0 : (double) ce / (ca + ce);
            double a = units.isEmpty() ? 0 : (double) abstractUnits / units.size();
            int lines = units.stream().mapToInt(CodeUnit::lines).sum();
            out.add(new PackageMetrics(name, units.size(), abstractUnits, lines, ca, ce, round(i), round(a),
                    round(Math.abs(a + i - 1))));
        });
        return out;
    }

    public static List<ClassMetrics> classes(ProjectModel model) {
        Map<String, Integer> fanIn = new HashMap<>();
        for (Dependency d : model.edges()) {
            fanIn.merge(d.to(), 1, Integer::sum);
        }
        List<ClassMetrics> out = new ArrayList<>();
        for (CodeUnit u : model.units()) {
            int fanOut = model.dependencies(u.id()).size();
            ClassFacts f = model.facts(u.id()).orElse(null);
            int methods = f == null ? 0 : (int) f.methods().stream().filter(m -> !m.constructor()).count();
            out.add(new ClassMetrics(u.id(), u.name(), u.container(), u.path(), u.line(), u.kind().id(), u.lines(),
                    methods, f == null ? 0 : f.fields().size(), f == null ? 0 : f.wmc(),
                    f == null ? 0 : Lcom4.components(f).size(), f == null ? 1.0 : round(Cohesion.tcc(f)),
                    f == null ? 0 : f.foreignDataAccesses(), fanIn.getOrDefault(u.id(), 0), fanOut));
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
