package dev.aicoder.analysis.architecture.solid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.DependencyKind;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.TypeUse;
import dev.aicoder.analysis.architecture.model.UnitKind;

/**
 * DIP: a class that holds a concrete class of another package as a collaborator (field, constructor parameter,
 * field assigned with {@code new}), when either a project abstraction covering all of that class's public methods
 * is bypassed, or the dependency goes from a policy layer to a detail layer. Local {@code new} of helper objects
 * is not a collaborator; composition roots (factories, configuration, modules, main classes) may wire concrete
 * classes.
 */
public final class DipCheck {

    private static final Pattern COMPOSITION_ROOT = Pattern.compile(
            ".*(Factory|Factories|Module|Config|Configuration|Main|Application|App|Builder|Provider|Producer|Bootstrap"
                    + "|Wiring|Injector|Context|Test|Tests)$");
    private static final Pattern HELPER = Pattern.compile("(Abstract|Base|Default).*|.*(Support|Adapter|Impl)");
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode", "clone",
            "finalize", "close");
    private static final Pattern VALUE_LIKE = Pattern.compile(".*(Exception|Error|Dto|DTO|Event|Request|Response|Id)$");

    private DipCheck() {
    }

    public static List<Violation> run(ProjectModel model) {
        List<Violation> out = new ArrayList<>();
        for (ClassFacts f : model.allFacts()) {
            CodeUnit u = model.unit(f.id()).orElseThrow();
            if (u.kind() != UnitKind.CLASS && u.kind() != UnitKind.ABSTRACT_CLASS) {
                continue;
            }
            boolean root = COMPOSITION_ROOT.matcher(u.name()).matches();
            Map<String, String> evidence = new LinkedHashMap<>();
            int firstLine = 0;
            for (TypeUse use : f.uses()) {
                if (root && use.kind() == DependencyKind.INSTANTIATES) {
                    continue;
                }
                String why = reason(model, u, use);
                if (why != null && !evidence.containsKey(use.type() + use.kind())) {
                    evidence.put(use.type() + use.kind(), why);
                    firstLine = firstLine == 0 ? use.line() : Math.min(firstLine, use.line());
                }
            }
            if (!evidence.isEmpty()) {
                out.add(new Violation("architecture.dip-concrete-dependency", "DIP", u.id(), u.path(),
                        firstLine == 0 ? u.line() : firstLine, evidence.size() > 2 ? Severity.MEDIUM : Severity.LOW,
                        u.name() + " depends on concrete classes of other packages instead of abstractions",
                        List.copyOf(evidence.values())));
            }
        }
        return out;
    }

    private static String reason(ProjectModel model, CodeUnit user, TypeUse use) {
        Optional<CodeUnit> target = model.unit(use.type());
        if (target.isEmpty() || target.get().kind() != UnitKind.CLASS
                || target.get().container().equals(user.container())
                || VALUE_LIKE.matcher(target.get().name()).matches()) {
            return null;
        }
        CodeUnit t = target.get();
        String how = switch (use.kind()) {
            case FIELD -> "field of type " + t.name();
            case PARAMETER -> "constructor parameter of type " + t.name();
            case INSTANTIATES -> "new " + t.name() + "(...)";
            default -> t.name();
        };
        Optional<String> abstraction = abstraction(model, t);
        if (abstraction.isPresent()) {
            return how + " (line " + use.line() + ") although " + t.name() + " implements "
                    + simple(abstraction.get()) + "; depend on " + simple(abstraction.get()) + " instead";
        }
        if (Layers.of(user.container()) == Layers.POLICY && Layers.of(t.container()) == Layers.DETAIL) {
            return how + " (line " + use.line() + "): policy package " + user.container()
                    + " uses a concrete class of detail package " + t.container();
        }
        return null;
    }

    /**
     * The nearest project interface above {@code t} (breadth first through its supertypes), else an abstract class
     * meant as a type rather than as an implementation helper (not {@code Abstract*}, {@code Base*}); only when the
     * project abstractions above {@code t} declare every public method of {@code t}, so that nothing is lost by
     * depending on the abstraction.
     */
    private static Optional<String> abstraction(ProjectModel model, CodeUnit t) {
        Deque<String> queue = new ArrayDeque<>(model.facts(t.id()).map(ClassFacts::supertypes).orElse(List.of()));
        Set<String> seen = new HashSet<>();
        Set<String> declared = new HashSet<>(OBJECT_METHODS);
        String iface = null;
        String abstractClass = null;
        while (!queue.isEmpty()) {
            String s = queue.poll();
            if (!seen.add(s)) {
                continue;
            }
            UnitKind kind = model.unit(s).map(CodeUnit::kind).orElse(UnitKind.CLASS);
            if (kind == UnitKind.INTERFACE && iface == null) {
                iface = s;
            }
            if (kind == UnitKind.ABSTRACT_CLASS && abstractClass == null && !HELPER.matcher(simple(s)).matches()) {
                abstractClass = s;
            }
            model.facts(s).ifPresent(f -> {
                f.methods().forEach(m -> declared.add(m.name()));
                queue.addAll(f.supertypes());
            });
        }
        String found = iface != null ? iface : abstractClass;
        if (found == null) {
            return Optional.empty();
        }
        boolean covered = model.facts(t.id()).map(f -> f.methods().stream()
                .filter(m -> m.isPublic() && !m.isStatic() && !m.constructor())
                .allMatch(m -> declared.contains(m.name()))).orElse(false);
        return covered ? Optional.of(found) : Optional.empty();
    }

    static String simple(String id) {
        return id.substring(id.lastIndexOf('.') + 1);
    }
}
