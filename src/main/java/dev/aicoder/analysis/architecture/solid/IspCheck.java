package dev.aicoder.analysis.architecture.solid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.architecture.ArchitectureSettings;
import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.MethodFacts;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.UnitKind;

/**
 * ISP: a fat interface (many abstract methods) that some implementations only partly implement: they throw
 * {@code UnsupportedOperationException} for some of its methods, or leave two or more of them empty.
 */
public final class IspCheck {

    private IspCheck() {
    }

    public static List<Violation> run(ProjectModel model, ArchitectureSettings s) {
        Map<String, List<ClassFacts>> implementers = new HashMap<>();
        for (ClassFacts f : model.allFacts()) {
            for (String t : f.supertypes()) {
                implementers.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
            }
        }
        List<Violation> out = new ArrayList<>();
        for (ClassFacts iface : model.allFacts()) {
            CodeUnit u = model.unit(iface.id()).orElseThrow();
            if (u.kind() != UnitKind.INTERFACE) {
                continue;
            }
            Set<String> declared = iface.methods().stream().filter(m -> m.body() == MethodFacts.Body.NONE
                    && !m.isStatic()).map(MethodFacts::key).collect(Collectors.toSet());
            if (declared.size() < s.ispMinMethods()) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            for (ClassFacts impl : implementers.getOrDefault(iface.id(), List.of())) {
                String partial = partial(impl, declared);
                if (partial != null) {
                    evidence.add(DipCheck.simple(impl.id()) + " " + partial);
                }
            }
            if (!evidence.isEmpty()) {
                evidence.add(0, u.name() + " declares " + declared.size() + " abstract methods");
                out.add(new Violation("architecture.isp-fat-interface", "ISP", u.id(), u.path(), u.line(),
                        evidence.size() > 2 ? Severity.MEDIUM : Severity.LOW,
                        u.name() + " forces implementations to provide methods they do not support", evidence));
            }
        }
        return out;
    }

    private static String partial(ClassFacts impl, Set<String> declared) {
        List<String> unsupported = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (MethodFacts m : impl.methods()) {
            if (!declared.contains(m.key())) {
                continue;
            }
            if (m.body() == MethodFacts.Body.UNSUPPORTED) {
                unsupported.add(m.name() + "()");
            } else if (m.body() == MethodFacts.Body.EMPTY) {
                empty.add(m.name() + "()");
            }
        }
        if (!unsupported.isEmpty()) {
            return "throws UnsupportedOperationException from " + ClassChecks.list(unsupported)
                    + (empty.isEmpty() ? "" : " and leaves " + ClassChecks.list(empty) + " empty");
        }
        return empty.size() >= 2 ? "leaves " + ClassChecks.list(empty) + " empty" : null;
    }
}
