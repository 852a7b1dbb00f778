package dev.aicoder.analysis.security.taint.script;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.aicoder.analysis.security.taint.Taint;

/** Abstract state inside a Python or JavaScript function: taint per variable and slot, constants, reachability. */
final class ScriptEnv {

    final Map<String, Taint> vars;
    final Map<String, Object> consts;
    boolean dead;
    boolean jumped;

    ScriptEnv() {
        this(new HashMap<>(), new HashMap<>());
    }

    private ScriptEnv(Map<String, Taint> vars, Map<String, Object> consts) {
        this.vars = vars;
        this.consts = consts;
    }

    ScriptEnv copy() {
        ScriptEnv e = new ScriptEnv(new HashMap<>(vars), new HashMap<>(consts));
        e.dead = dead;
        e.jumped = jumped;
        return e;
    }

    static ScriptEnv join(ScriptEnv a, ScriptEnv b) {
        if (a.dead || b.dead) {
            ScriptEnv c = (a.dead ? b : a).copy();
            c.jumped = false;
            c.dead = a.dead && b.dead;
            return c;
        }
        ScriptEnv out = a.copy();
        out.jumped = false;
        b.vars.forEach((k, v) -> out.vars.merge(k, v, Taint::or));
        out.consts.keySet().removeIf(k -> !Objects.equals(a.consts.get(k), b.consts.get(k)));
        return out;
    }

    void replaceWith(ScriptEnv other) {
        vars.clear();
        vars.putAll(other.vars);
        consts.clear();
        consts.putAll(other.consts);
        dead = other.dead;
        jumped = other.jumped;
    }

    Taint get(String name) {
        return vars.getOrDefault(name, Taint.CLEAN);
    }

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
