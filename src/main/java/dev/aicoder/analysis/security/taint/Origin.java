package dev.aicoder.analysis.security.taint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a tainted value came from and how it got here. {@code param} is -1 for a real source (request data), or
 * the index of a parameter of the method being summarised (a symbolic origin, resolved at each call site).
 * {@code neutralized} lists the kinds an encoder made it safe for (an HTML encoder stops XSS, not SQL injection).
 */
public record Origin(int param, List<Step> steps, Set<TaintKind> neutralized) {

    static final int MAX_STEPS = 12;

    public Origin {
        steps = List.copyOf(steps);
        neutralized = neutralized.isEmpty() ? Set.of() : Set.copyOf(neutralized);
    }

    public static Origin source(Step step) {
        return new Origin(-1, List.of(step), Set.of());
    }

    public static Origin param(int index) {
        return new Origin(index, List.of(), Set.of());
    }

    public boolean real() {
        return param < 0;
    }

    public boolean dangerousFor(TaintKind kind) {
        return !neutralized.contains(kind);
    }

    public Origin then(Step step) {
        if (!steps.isEmpty() && steps.get(steps.size() - 1).equals(step)) {
            return this;
        }
        List<Step> next = new ArrayList<>(steps);
        if (next.size() >= MAX_STEPS) {
            next.remove(next.size() > 1 ? 1 : 0);
        }
        next.add(step);
        return new Origin(param, next, neutralized);
    }

    /** This origin's steps continued by {@code more} (a callee's steps after its parameter). */
    public Origin then(List<Step> more) {
        Origin o = this;
        for (Step s : more) {
            o = o.then(s);
        }
        return o;
    }

    public Origin neutralize(Set<TaintKind> kinds) {
        Set<TaintKind> n = neutralized.isEmpty() ? EnumSet.noneOf(TaintKind.class) : EnumSet.copyOf(neutralized);
        n.addAll(kinds);
        return new Origin(param, steps, n);
    }

    /** Identity for de-duplication: kind of origin and where it started. */
    Object key() {
        return List.of(param, steps.isEmpty() ? "" : steps.get(0), neutralized);
    }
}
