package dev.aicoder.analysis.architecture.model;

import java.util.Set;

/**
 * One method or constructor of a class, as seen by the cohesion and SOLID checks.
 *
 * @param fields the class's own fields the method reads or writes
 * @param calls the class's own methods it calls (by name)
 * @param complexity cyclomatic complexity (1 + decision points)
 */
public record MethodFacts(String name, int params, int line, int lines, int complexity, boolean isPublic,
        boolean isStatic, boolean constructor, Body body, Set<String> fields, Set<String> calls) {

    public MethodFacts {
        fields = Set.copyOf(fields);
        calls = Set.copyOf(calls);
    }

    /** What the body does, enough to tell a real implementation from a stub. */
    public enum Body {
        /** abstract or interface method without a body */
        NONE,
        EMPTY,
        /** only throws UnsupportedOperationException (or a similar "not implemented" exception) */
        UNSUPPORTED,
        NORMAL
    }

    /** Name and arity, the key under which an implementation matches an interface method. */
    public String key() {
        return name + "/" + params;
    }

    public boolean stub() {
        return body == Body.EMPTY || body == Body.UNSUPPORTED;
    }
}
