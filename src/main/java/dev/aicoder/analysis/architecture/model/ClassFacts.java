package dev.aicoder.analysis.architecture.model;

import java.util.List;

/**
 * Member-level facts about one class (Java): methods, fields, direct supertypes (project unit ids), concrete type
 * uses, type switches, and ATFD (distinct attributes of other classes it reads, directly or through getters).
 */
public record ClassFacts(String id, List<MethodFacts> methods, List<FieldFacts> fields, List<String> supertypes,
        List<TypeUse> uses, List<TypeSwitch> typeSwitches, int foreignDataAccesses, boolean sealed) {

    public ClassFacts {
        methods = List.copyOf(methods);
        fields = List.copyOf(fields);
        supertypes = List.copyOf(supertypes);
        uses = List.copyOf(uses);
        typeSwitches = List.copyOf(typeSwitches);
    }

    /** Weighted methods per class: the sum of the methods' cyclomatic complexities. */
    public int wmc() {
        return methods.stream().mapToInt(MethodFacts::complexity).sum();
    }

    public List<MethodFacts> nonConstructors() {
        return methods.stream().filter(m -> !m.constructor()).toList();
    }
}
