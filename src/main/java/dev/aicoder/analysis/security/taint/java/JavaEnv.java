package dev.aicoder.analysis.security.taint.java;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.aicoder.analysis.security.taint.Taint;

/**
 * The abstract state at one point of a method: taint per variable (map entries as {@code m[key]}, unknown keys
 * as {@code m[*]}), known constant values, declared types (simple names), and whether control can reach here.
 */
final class JavaEnv {

    final Map<String, Taint> vars;
    final Map<String, Object> consts;
    final Map<String, String> types;
    /** Control cannot reach this point (after return or throw). */
    boolean dead;
    /** After break/continue: the rest of the block is skipped, the state still flows to the loop's exit. */
    boolean jumped;

    JavaEnv() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private JavaEnv(Map<String, Taint> vars, Map<String, Object> consts, Map<String, String> types) {
        this.vars = vars;
        this.consts = consts;
        this.types = types;
    }

    JavaEnv copy() {
        JavaEnv e = new JavaEnv(new HashMap<>(vars), new HashMap<>(consts), new HashMap<>(types));
        e.dead = dead;
        e.jumped = jumped;
        return e;
    }

    /** The union of two states (either branch may have run); a dead side contributes nothing. */
    static JavaEnv join(JavaEnv a, JavaEnv b) {
        if (a.dead) {
            JavaEnv c = b.copy();
            c.jumped = false;
            return c;
        }
        if (b.dead) {
            JavaEnv c = a.copy();
            c.jumped = false;
            return c;
        }
        JavaEnv out = a.copy();
        out.jumped = false;
        b.vars.forEach((k, v) -> out.vars.merge(k, v, Taint::or));
        out.consts.keySet().removeIf(k -> !Objects.equals(a.consts.get(k), b.consts.get(k)));
        b.types.forEach(out.types::putIfAbsent);
        return out;
    }

    Taint get(String name) {
        return vars.getOrDefault(name, Taint.CLEAN);
    }

    /** The variable with every map entry and element it holds. */
    Taint whole(String name) {
        Taint t = get(name);
        String prefix = name + "[";
        for (Map.Entry<String, Taint> e : vars.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                t = t.or(e.getValue());
            }
        }
        return t;
    }

    void assign(String name, Taint value) {
        vars.put(name, value);
        String prefix = name + "[";
        vars.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
