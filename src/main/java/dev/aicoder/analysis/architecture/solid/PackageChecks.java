package dev.aicoder.analysis.architecture.solid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.architecture.ArchitectureSettings;
import dev.aicoder.analysis.architecture.metrics.PackageMetrics;
import dev.aicoder.analysis.architecture.model.CodeUnit;

/**
 * Packages far from Martin's main sequence: concrete and stable (zone of pain: everything depends on them, and
 * they have no abstractions to extend) or abstract and unused (zone of uselessness).
 */
public final class PackageChecks {

    private PackageChecks() {
    }

    public static List<Violation> run(List<PackageMetrics> packages, Map<String, List<CodeUnit>> units,
            ArchitectureSettings s) {
        List<Violation> out = new ArrayList<>();
        for (PackageMetrics p : packages) {
            if (p.distance() <= s.maxDistance() || p.units() < s.minPackageUnits() || p.ca() + p.ce() == 0) {
                continue;
            }
            CodeUnit first = units.get(p.name()).get(0);
            String zone = p.zoneOfPain() ? "zone of pain: concrete and depended upon, so every change ripples out"
                    : "zone of uselessness: abstract, but little depends on it";
            out.add(new Violation("architecture.main-sequence-distance", "", p.name(), first.path(), 0, Severity.LOW,
                    String.format(Locale.ROOT, "package %s is far from the main sequence (D = %.2f, %s)", p.name(),
                            p.distance(), zone),
                    List.of(String.format(Locale.ROOT, "abstractness A = %.2f (%d of %d units abstract)",
                            p.abstractness(), p.abstractUnits(), p.units()),
                            String.format(Locale.ROOT, "instability I = %.2f (Ca = %d, Ce = %d)", p.instability(),
                                    p.ca(), p.ce()))));
        }
        return out;
    }
}
