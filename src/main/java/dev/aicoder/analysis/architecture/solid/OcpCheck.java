package dev.aicoder.analysis.architecture.solid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.CodeUnit;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.model.TypeSwitch;

/**
 * OCP: code that branches on the runtime type of a value ({@code instanceof} chains, switches on
 * {@code getClass()} or on type patterns) or on a type code switched on in several places: adding a new kind means
 * editing every such place. Pattern switches without a {@code default} are left alone: the compiler checks that
 * they are exhaustive, so a new subtype cannot be forgotten.
 */
public final class OcpCheck {

    private OcpCheck() {
    }

    public static List<Violation> run(ProjectModel model) {
        Map<String, List<String>> kindSwitches = new HashMap<>();
        for (ClassFacts f : model.allFacts()) {
            for (TypeSwitch t : f.typeSwitches()) {
                if (t.form().equals("kind-switch")) {
                    kindSwitches.computeIfAbsent(t.discriminator(), k -> new ArrayList<>())
                            .add(DipCheck.simple(f.id()) + "." + t.method() + "() line " + t.line());
                }
            }
        }
        List<Violation> out = new ArrayList<>();
        for (ClassFacts f : model.allFacts()) {
            CodeUnit u = model.unit(f.id()).orElseThrow();
            for (TypeSwitch t : f.typeSwitches()) {
                List<String> evidence = new ArrayList<>();
                String where = u.name() + "." + t.method() + "()";
                switch (t.form()) {
                    case "kind-switch" -> {
                        List<String> places = kindSwitches.get(t.discriminator());
                        if (places.size() < 2) {
                            continue;
                        }
                        evidence.add(where + " switches on " + t.discriminator() + " over "
                                + ClassChecks.list(t.cases()));
                        evidence.add("the same type code is switched on in " + places.size() + " places: "
                                + ClassChecks.list(places));
                    }
                    case "pattern-switch" -> evidence.add(where + " matches " + t.discriminator()
                            + " against the types " + ClassChecks.list(t.cases()) + " and falls back to a default");
                    default -> evidence.add(where + " tests " + t.discriminator()
                            + (t.form().equals("class-switch") ? " by class: " : " with instanceof against ")
                            + ClassChecks.list(t.cases()));
                }
                evidence.add("a new subtype means editing this code; move the branch bodies into a method of the "
                        + "common type");
                out.add(new Violation("architecture.ocp-type-switch", "OCP", u.id(), u.path(), t.line(),
                        t.cases().size() > 4 ? Severity.MEDIUM : Severity.LOW,
                        where + " branches on the runtime type of " + t.discriminator() + " (" + t.cases().size()
                                + " cases)", evidence));
            }
        }
        return out;
    }
}
