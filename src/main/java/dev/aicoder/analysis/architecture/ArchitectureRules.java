package dev.aicoder.analysis.architecture;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;

/** The rules the architecture analyzer reports, with what they mean and how to fix them. */
public final class ArchitectureRules {

    public static final String ANALYZER = "architecture";

    public static final List<RuleDescriptor> ALL = List.of(
            rule("architecture.package-cycle", "Packages depend on each other in a cycle", Severity.MEDIUM,
                    "Packages in a cycle cannot be understood, tested, released or reused separately (Acyclic "
                            + "Dependencies Principle). The finding shows the shortest cycle and its weakest edge: "
                            + "cut it by moving the class that makes it, or by inverting it with an interface owned "
                            + "by the depending package.", "adp"),
            rule("architecture.unit-cycle", "Classes or files depend on each other in a cycle", Severity.LOW,
                    "Mutually dependent classes or modules must change together and cannot be tested alone. "
                            + "Break the shortest cycle shown by extracting an interface or moving the shared part.",
                    "adp"),
            rule("architecture.god-class", "God class", Severity.HIGH,
                    "A class that is large and complex (WMC), not cohesive (TCC) and works on other classes' data "
                            + "(ATFD) (Lanza and Marinescu). Split it along the groups of methods that share fields "
                            + "and move behaviour to the classes that own the data.", "srp"),
            rule("architecture.srp-low-cohesion", "Class with several responsibilities (SRP)", Severity.LOW,
                    "The methods fall into groups that share no field and do not call each other (LCOM4 > 1): "
                            + "each group is a separate responsibility. Extract each group into its own class.",
                    "srp"),
            rule("architecture.dip-concrete-dependency", "Dependency on a concrete class (DIP)", Severity.LOW,
                    "The class holds or creates a concrete class of another package although an abstraction of it "
                            + "exists, or a policy package depends on a concrete detail (persistence, client). "
                            + "Depend on the interface and let a factory or the container provide the "
                            + "implementation.", "dip"),
            rule("architecture.isp-fat-interface", "Fat interface with partial implementations (ISP)",
                    Severity.LOW,
                    "Implementations throw UnsupportedOperationException for, or leave empty, methods of a large "
                            + "interface: its clients need smaller role interfaces. Split it.", "isp"),
            rule("architecture.ocp-type-switch", "Branching on runtime types (OCP)", Severity.LOW,
                    "instanceof chains, switches on getClass() or on type patterns with a default, and type codes "
                            + "switched on in several places must all be edited when a type is added. Move each "
                            + "branch into a method of the common type.", "ocp"),
            rule("architecture.main-sequence-distance", "Package far from the main sequence", Severity.LOW,
                    "D = |A + I - 1| is high: the package is either concrete and stable (zone of pain) or abstract "
                            + "and unused (zone of uselessness). Add abstractions to stable packages, or depend "
                            + "less on unstable ones.", "metrics"));

    private static final Map<String, RuleDescriptor> BY_ID = ALL.stream()
            .collect(Collectors.toMap(RuleDescriptor::id, Function.identity()));

    private ArchitectureRules() {
    }

    public static RuleDescriptor get(String id) {
        RuleDescriptor r = BY_ID.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown architecture rule " + id);
        }
        return r;
    }

    private static RuleDescriptor rule(String id, String title, Severity severity, String description, String tag) {
        return new RuleDescriptor(id, title, description, severity, Category.MAINTAINABILITY, List.of(),
                List.of("architecture", tag), ANALYZER);
    }
}
