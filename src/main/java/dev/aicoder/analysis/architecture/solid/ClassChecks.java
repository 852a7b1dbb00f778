package dev.aicoder.analysis.architecture.solid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.architecture.ArchitectureSettings;
import dev.aicoder.analysis.architecture.metrics.Cohesion;
import dev.aicoder.analysis.architecture.metrics.Lcom4;
import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;

/**
 * Checks on single classes: god classes (Lanza and Marinescu: WMC, TCC and ATFD together) and SRP (LCOM4 of two or
 * more substantial method groups, each working on its own fields).
 */
public final class ClassChecks {

    private ClassChecks() {
    }

    public static List<Violation> run(ProjectModel model, ArchitectureSettings s) {
        List<Violation> out = new ArrayList<>();
        for (ClassFacts f : model.allFacts()) {
            CodeUnit u = model.unit(f.id()).orElseThrow();
            if (u.kind() == UnitKind.INTERFACE || u.kind() == UnitKind.ANNOTATION) {
                continue;
            }
            Violation god = godClass(u, f, s);
            if (god != null) {
                out.add(god);
            }
            Violation srp = srp(u, f, s);
            if (srp != null) {
                out.add(srp);
            }
        }
        return out;
    }

    static Violation godClass(CodeUnit u, ClassFacts f, ArchitectureSettings s) {
        int wmc = f.wmc();
        double tcc = Cohesion.tcc(f);
        int atfd = f.foreignDataAccesses();
        if (wmc < s.godClassWmc() || tcc >= s.godClassTcc() || atfd <= s.godClassAtfd()) {
            return null;
        }
        List<String> evidence = List.of(
                "weighted methods per class (WMC) is " + wmc + " (threshold " + s.godClassWmc() + ")",
                String.format(Locale.ROOT, "tight class cohesion (TCC) is %.2f (below %.2f)", tcc, s.godClassTcc()),
                "it reads " + atfd + " attributes of other classes (ATFD, threshold " + s.godClassAtfd() + ")",
                u.lines() + " lines, " + f.nonConstructors().size() + " methods, " + f.fields().size() + " fields");
        return new Violation("architecture.god-class", "SRP", u.id(), u.path(), u.line(), Severity.HIGH,
                u.name() + " is a god class: large, complex, not cohesive, and using other classes' data", evidence);
    }

    static Violation srp(CodeUnit u, ClassFacts f, ArchitectureSettings s) {
        long instanceFields = f.fields().stream().filter(x -> !x.isStatic()).count();
        if (f.nonConstructors().size() < s.srpMinMethods() || instanceFields < 2) {
            return null;
        }
        List<Lcom4.Component> groups = Lcom4.components(f).stream()
                .filter(c -> c.methods().size() >= 2 && !c.fields().isEmpty()).toList();
        if (groups.size() < 2) {
            return null;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("LCOM4 is " + Lcom4.components(f).size() + ": the methods fall into groups that share no field "
                + "and do not call each other");
        for (Lcom4.Component c : groups) {
            evidence.add("methods " + list(c.methods()) + " work on " + list(c.fields()));
        }
        return new Violation("architecture.srp-low-cohesion", "SRP", u.id(), u.path(), u.line(),
                groups.size() > 2 ? Severity.MEDIUM : Severity.LOW,
                u.name() + " has " + groups.size() + " unrelated responsibilities (groups of methods with their own "
                        + "fields)", evidence);
    }

    static String list(List<String> names) {
        int max = 6;
        String shown = String.join(", ", names.subList(0, Math.min(max, names.size())));
        return names.size() > max ? shown + " and " + (names.size() - max) + " more" : shown;
    }
}
