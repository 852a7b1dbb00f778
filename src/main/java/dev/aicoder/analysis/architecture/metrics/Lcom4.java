package dev.aicoder.analysis.architecture.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.MethodFacts;

/**
 * LCOM4 (Hitz and Montazeri): the number of connected groups of methods, where two methods are connected when they
 * use a common field or one calls the other. Constructors, accessors and methods without a body are left out;
 * overloads count as one method. 1 means cohesive; 2 or more means the class does unrelated jobs that could be split.
 */
public final class Lcom4 {

    /** One group of methods with the fields they share. */
    public record Component(List<String> methods, List<String> fields) {
    }

    private static final Pattern ACCESSOR = Pattern.compile("(get|set|is|has|with)[A-Z_]\\w*");

    private Lcom4() {
    }

    public static List<Component> components(ClassFacts c) {
        Map<String, MethodFacts> byName = new LinkedHashMap<>();
        for (MethodFacts m : c.methods()) {
            if (!m.constructor() && m.body() != MethodFacts.Body.NONE && !accessor(m, c)) {
                byName.merge(m.name(), m, Lcom4::mergeOverloads);
            }
        }
        Map<String, String> parent = new HashMap<>();
        byName.keySet().forEach(n -> parent.put(n, n));
        Map<String, String> fieldOwner = new HashMap<>();
        for (MethodFacts m : byName.values()) {
            for (String f : m.fields()) {
                String other = fieldOwner.putIfAbsent(f, m.name());
                if (other != null) {
                    union(parent, other, m.name());
                }
            }
            for (String called : m.calls()) {
                if (parent.containsKey(called)) {
                    union(parent, called, m.name());
                }
            }
        }
        Map<String, TreeSet<String>> methods = new LinkedHashMap<>();
        Map<String, TreeSet<String>> fields = new LinkedHashMap<>();
        for (MethodFacts m : byName.values()) {
            String root = find(parent, m.name());
            methods.computeIfAbsent(root, k -> new TreeSet<>()).add(m.name());
            fields.computeIfAbsent(root, k -> new TreeSet<>()).addAll(m.fields());
        }
        List<Component> out = new ArrayList<>();
        methods.forEach((root, ms) -> out.add(new Component(List.copyOf(ms), List.copyOf(fields.get(root)))));
        out.sort((a, b) -> b.methods().size() - a.methods().size());
        return out;
    }

    /**
     * A getter or setter ({@code getX}, {@code setX}, {@code isX}, {@code withX}, or named like its field): a
     * single straight-line statement on at most one field. Accessors are left out, as usual for LCOM4, or every
     * data class would look like one responsibility per field.
     */
    static boolean accessor(MethodFacts m, ClassFacts c) {
        if (m.complexity() > 1 || m.lines() > 3 || m.fields().size() > 1 || !m.calls().isEmpty()) {
            return false;
        }
        return ACCESSOR.matcher(m.name()).matches()
                || c.fields().stream().anyMatch(f -> f.name().equals(m.name()));
    }

    private static MethodFacts mergeOverloads(MethodFacts a, MethodFacts b) {
        Set<String> fields = new HashSet<>(a.fields());
        fields.addAll(b.fields());
        Set<String> calls = new HashSet<>(a.calls());
        calls.addAll(b.calls());
        calls.remove(a.name());
        return new MethodFacts(a.name(), a.params(), a.line(), a.lines() + b.lines(),
                a.complexity() + b.complexity(), a.isPublic() || b.isPublic(), a.isStatic() && b.isStatic(), false,
                a.body(), fields, calls);
    }

    private static String find(Map<String, String> parent, String n) {
        String p = parent.get(n);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        parent.put(n, p);
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
