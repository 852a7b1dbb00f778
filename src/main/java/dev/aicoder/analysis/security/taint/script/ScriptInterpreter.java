package dev.aicoder.analysis.security.taint.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.taint.Origin;
import dev.aicoder.analysis.security.taint.Step;
import dev.aicoder.analysis.security.taint.Taint;
import dev.aicoder.analysis.security.taint.TaintKind;
import dev.aicoder.analysis.security.taint.TaintRules;
import dev.aicoder.source.Language;

/**
 * Taint interpretation of one Python or JavaScript/TypeScript file on its tree-sitter tree. Every function (and
 * the module body) is one unit; functions defined in the file are summarised (parameter → return value,
 * parameter → sink) and applied at their call sites. Same model as the Java interpreter: assignments,
 * concatenation, f-strings and template literals, containers with constant keys, constant-folded branches,
 * allow-list checks, sanitizers.
 */
final class ScriptInterpreter {

    private record Summary(Taint returns, List<ParamSink> sinks) {
    }

    private record ParamSink(int param, TaintKind kind, List<Step> steps, Step sink, String snippet,
            Set<TaintKind> neutralized) {
    }

    private static final Set<String> FUNCTIONS = Set.of("function_definition", "function_declaration",
            "arrow_function", "function_expression", "function", "method_definition", "generator_function_declaration",
            "lambda");

    private final ScriptSpec spec;
    private final String path;
    private final Language language;
    private final String analyzer;
    private final String fileText;
    private final Map<String, SNode> named = new HashMap<>();
    private final Map<SNode, Summary> summaries = new IdentityHashMap<>();
    private final Set<SNode> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    /** Module-level constants ({@code DEBUG = False}), visible in every function. */
    private final Map<String, Object> moduleConsts = new HashMap<>();
    private int budget = 200_000;

    ScriptInterpreter(ScriptSpec spec, String path, Language language, String analyzer, String fileText) {
        this.spec = spec;
        this.path = path;
        this.language = language;
        this.analyzer = analyzer;
        this.fileText = fileText;
    }

    List<Finding> run(SNode root) {
        List<SNode> functions = new ArrayList<>();
        collect(root, functions);
        for (SNode f : functions) {
            String name = functionName(f);
            if (name != null) {
                named.putIfAbsent(name, f);
            }
        }
        nameArrows(root);
        ScriptEnv module = new ScriptEnv();
        new Unit(null).body(root, module);
        moduleConsts.putAll(module.consts);
        for (SNode f : functions) {
            summary(f);
        }
        return new ArrayList<>(findings.values());
    }

    /** {@code const helper = (x) => ...} and {@code function} expressions bound to a name. */
    private void nameArrows(SNode n) {
        if (n.is("variable_declarator")) {
            SNode value = n.field("value");
            SNode name = n.field("name");
            if (value != null && name != null && name.is("identifier") && FUNCTIONS.contains(value.type)) {
                named.putIfAbsent(name.text(), value);
            }
        }
        for (SNode c : n.children) {
            nameArrows(c);
        }
    }

    private static void collect(SNode n, List<SNode> out) {
        if (FUNCTIONS.contains(n.type)) {
            out.add(n);
        }
        for (SNode c : n.children) {
            collect(c, out);
        }
    }

    private static String functionName(SNode f) {
        SNode name = f.field("name");
        if (name != null) {
            return name.text();
        }
        return null;
    }

    private Summary summary(SNode f) {
        Summary s = summaries.get(f);
        if (s != null) {
            return s;
        }
        if (!inProgress.add(f)) {
            return new Summary(Taint.CLEAN, List.of());
        }
        try {
            Unit u = new Unit(f);
            ScriptEnv env = new ScriptEnv();
            env.consts.putAll(moduleConsts);
            u.params(env);
            SNode body = f.field("body");
            if (body != null) {
                if (f.is("arrow_function", "lambda") && !body.is("statement_block")) {
                    u.returns = u.eval(body, env);
                } else {
                    u.body(body, env);
                }
            }
            s = new Summary(u.returns, List.copyOf(u.paramSinks));
            summaries.put(f, s);
            return s;
        } finally {
            inProgress.remove(f);
        }
    }

    private Step step(SNode n, String what) {
        return new Step(path, n.line, what);
    }

    private static String shortText(SNode n) {
        String s = n.text();
        int nl = s.indexOf('\n');
        s = nl >= 0 ? s.substring(0, nl) : s;
        return s.length() > 160 ? s.substring(0, 160) : s;
    }

    private void report(TaintKind kind, Origin o, Step sink, String snippet) {
        findings.putIfAbsent(kind + "|" + sink.line(), TaintRules.flow(spec.prefix(), analyzer, language, kind,
                sink, o, snippet));
    }

    /** The analysis of one function (or of the module body when {@code function} is null). */
    private final class Unit {

        final SNode function;
        Taint returns = Taint.CLEAN;
        final List<ParamSink> paramSinks = new ArrayList<>();
        boolean route;

        Unit(SNode function) {
            this.function = function;
        }

        void params(ScriptEnv env) {
            SNode ps = function.field("parameters");
            if (ps == null) {
                ps = function.field("parameter");
            }
            if (ps == null) {
                return;
            }
            route = spec.routeDecorator() != null && function.field("name") != null
                    && decorated(function);
            List<SNode> list = ps.is("identifier") ? List.of(ps) : ps.named();
            int i = 0;
            for (SNode p : list) {
                String name = paramName(p);
                if (name == null) {
                    i++;
                    continue;
                }
                boolean source = route && !spec.notSourceParams().contains(name) && !p.text().contains("Depends");
                env.vars.put(name, source ? Taint.of(Origin.source(step(p, "route parameter " + name)))
                        : Taint.of(Origin.param(i)));
                env.consts.remove(name);
                i++;
            }
        }

        private boolean decorated(SNode f) {
            // decorators are siblings in a decorated_definition; look at the text before the def
            int at = fileText.indexOf("def " + f.field("name").text());
            if (at < 0) {
                return false;
            }
            String before = fileText.substring(Math.max(0, at - 300), at);
            int lastBlank = before.lastIndexOf("\n\n");
            String decorators = lastBlank >= 0 ? before.substring(lastBlank) : before;
            return spec.routeDecorator().matcher(decorators).find();
        }

        private String paramName(SNode p) {
            if (p.is("identifier")) {
                return p.text();
            }
            SNode n = p.field("name");
            if (n == null) {
                n = p.field("pattern");
            }
            if (n == null) {
                n = p.field("left");
            }
            if (n == null && !p.named().isEmpty() && p.named().get(0).is("identifier")) {
                n = p.named().get(0);
            }
            return n != null && n.is("identifier") ? n.text() : null;
        }

        // ---- statements

        void body(SNode block, ScriptEnv env) {
            for (SNode s : block.named()) {
                if (env.dead || env.jumped) {
                    return;
                }
                stmt(s, env);
            }
        }

        void stmt(SNode s, ScriptEnv env) {
            if (--budget < 0) {
                env.dead = true;
                return;
            }
            switch (s.type) {
                case "block", "statement_block", "module", "program", "else_clause", "finally_clause" -> {
                    SNode b = s.field("body");
                    body(b != null ? b : s, env);
                }
                case "expression_statement" -> {
                    s.named().forEach(x -> eval(x, env));
                    // abort(400), sys.exit(), process.exit() end the request like a raise
                    if (s.named().size() == 1 && s.named().get(0).is("call", "call_expression") && dotted(
                            s.named().get(0).field("function")).matches("(flask\\.)?abort|sys\\.exit|exit|process\\.exit")) {
                        env.dead = true;
                    }
                }
                case "lexical_declaration", "variable_declaration" -> s.named().forEach(x -> eval(x, env));
                case "if_statement" -> ifStmt(s, env);
                case "return_statement" -> {
                    List<SNode> v = s.named();
                    if (!v.isEmpty()) {
                        ret(v.get(0), env);
                    }
                    env.dead = true;
                }
                case "raise_statement", "throw_statement" -> {
                    s.named().forEach(x -> eval(x, env));
                    env.dead = true;
                }
                case "break_statement", "continue_statement" -> env.jumped = true;
                case "for_statement", "for_in_statement" -> forStmt(s, env);
                case "while_statement", "do_statement" -> {
                    SNode c = s.field("condition");
                    if (c != null && Boolean.FALSE.equals(constant(c, env))) {
                        return;
                    }
                    loop(s.field("body"), env);
                }
                case "try_statement" -> tryStmt(s, env);
                case "with_statement" -> {
                    for (SNode c : s.named()) {
                        if (c.is("with_clause")) {
                            c.named().forEach(x -> eval(x, env));
                        }
                    }
                    SNode b = s.field("body");
                    if (b != null) {
                        body(b, env);
                    }
                }
                case "switch_statement" -> switchStmt(s, env);
                case "export_statement" -> s.named().forEach(x -> stmt(x, env));
                case "function_definition", "function_declaration", "class_definition", "class_declaration",
                        "decorated_definition", "import_statement", "import_from_statement", "comment",
                        "pass_statement", "generator_function_declaration" -> {
                }
                default -> eval(s, env);
            }
        }

        private void ifStmt(SNode s, ScriptEnv env) {
            SNode cond = s.field("condition");
            Boolean c = constant(cond, env);
            SNode then = s.field("consequence");
            List<SNode> alternatives = new ArrayList<>();
            for (SNode ch : s.children) {
                if ("alternative".equals(ch.field)) {
                    alternatives.add(ch);
                }
            }
            if (c != null) {
                if (c) {
                    stmt(then, env);
                } else {
                    alternatives(alternatives, 0, env);
                }
                return;
            }
            eval(cond, env);
            ScriptEnv t = env.copy();
            ScriptEnv f = env.copy();
            refine(cond, t, f);
            stmt(then, t);
            alternatives(alternatives, 0, f);
            env.replaceWith(ScriptEnv.join(t, f));
            env.dead = t.dead && f.dead;
        }

        private void alternatives(List<SNode> alts, int i, ScriptEnv env) {
            if (i >= alts.size()) {
                return;
            }
            SNode a = alts.get(i);
            if (a.is("elif_clause")) {
                SNode cond = a.field("condition");
                Boolean c = constant(cond, env);
                if (c != null) {
                    if (c) {
                        stmt(a.field("consequence"), env);
                    } else {
                        alternatives(alts, i + 1, env);
                    }
                    return;
                }
                ScriptEnv t = env.copy();
                ScriptEnv f = env.copy();
                refine(cond, t, f);
                stmt(a.field("consequence"), t);
                alternatives(alts, i + 1, f);
                env.replaceWith(ScriptEnv.join(t, f));
                env.dead = t.dead && f.dead;
            } else {
                SNode b = a.field("body");
                if (b != null) {
                    stmt(b, env);
                } else {
                    a.named().forEach(x -> stmt(x, env));
                }
            }
        }

        private void forStmt(SNode s, ScriptEnv env) {
            SNode left = s.field("left");
            SNode right = s.field("right");
            if (left != null && right != null) {
                Taint items = eval(right, env);
                bind(left, items.then(step(s, "element of " + shortText(right))), env);
            } else {
                SNode init = s.field("initializer");
                if (init != null) {
                    stmt(init, env);
                }
            }
            loop(s.field("body"), env);
        }

        private void loop(SNode body, ScriptEnv env) {
            if (body == null) {
                return;
            }
            for (int round = 0; round < 2; round++) {
                ScriptEnv in = env.copy();
                in.consts.clear();
                stmt(body, in);
                in.dead = false;
                env.replaceWith(ScriptEnv.join(env, in));
            }
            env.consts.clear();
        }

        private void tryStmt(SNode s, ScriptEnv env) {
            ScriptEnv before = env.copy();
            SNode b = s.field("body");
            if (b != null) {
                body(b, env);
            }
            ScriptEnv after = ScriptEnv.join(env.copy(), before);
            ScriptEnv out = env.dead ? null : env.copy();
            for (SNode c : s.named()) {
                if (c.is("except_clause", "catch_clause")) {
                    ScriptEnv ce = after.copy();
                    ce.dead = false;
                    SNode cb = c.field("body");
                    for (SNode x : cb != null ? List.of(cb) : c.named()) {
                        if (x.is("block", "statement_block")) {
                            body(x, ce);
                        }
                    }
                    out = out == null ? ce : ScriptEnv.join(out, ce);
                }
            }
            if (out != null) {
                env.replaceWith(out);
            }
            for (SNode c : s.named()) {
                if (c.is("finally_clause")) {
                    boolean dead = env.dead;
                    env.dead = false;
                    stmt(c, env);
                    env.dead |= dead;
                }
            }
        }

        private void switchStmt(SNode s, ScriptEnv env) {
            eval(s.field("value"), env);
            SNode body = s.field("body");
            if (body == null) {
                return;
            }
            ScriptEnv out = env.copy();
            for (SNode c : body.named()) {
                ScriptEnv e = env.copy();
                for (SNode x : c.named()) {
                    if (!"value".equals(x.field) && !e.dead && !e.jumped) {
                        stmt(x, e);
                    }
                }
                out = ScriptEnv.join(out, e);
            }
            env.replaceWith(out);
        }

        private void ret(SNode v, ScriptEnv env) {
            Taint t = eval(v, env);
            if (route && !t.clean() && !v.is("call") && spec.htmlBody().matcher(v.text()).find()) {
                sink(TaintKind.XSS, t, v, "HTML response body", env);
            }
            returns = returns.or(t.then(step(v, "returned")));
        }

        // ---- allow-lists

        private void refine(SNode c, ScriptEnv yes, ScriptEnv no) {
            if (c == null) {
                return;
            }
            switch (c.type) {
                case "parenthesized_expression" -> refine(c.named().get(0), yes, no);
                case "not_operator" -> refine(c.field("argument"), no, yes);
                case "unary_expression" -> {
                    if (c.operator().equals("!")) {
                        refine(c.field("argument"), no, yes);
                    }
                }
                case "boolean_operator", "binary_expression" -> {
                    String op = c.field("operator") != null ? c.field("operator").type : c.operator();
                    if (op.equals("and") || op.equals("&&")) {
                        refine(c.field("left"), yes, new ScriptEnv());
                        refine(c.field("right"), yes, new ScriptEnv());
                    } else if (op.equals("or") || op.equals("||")) {
                        refine(c.field("left"), new ScriptEnv(), no);
                        refine(c.field("right"), new ScriptEnv(), no);
                    } else if (op.equals("===") || op.equals("==")) {
                        equality(c.field("left"), c.field("right"), yes);
                    } else if (op.equals("!==") || op.equals("!=")) {
                        equality(c.field("left"), c.field("right"), no);
                    }
                }
                case "comparison_operator" -> {
                    List<SNode> parts = c.named();
                    String op = c.operator();
                    if (parts.size() == 2 && parts.get(0).is("identifier")) {
                        if (op.equals("in")) {
                            yes.assign(parts.get(0).text(), Taint.CLEAN);
                        } else if (op.equals("not in")) {
                            no.assign(parts.get(0).text(), Taint.CLEAN);
                        } else if (op.equals("==")) {
                            equality(parts.get(0), parts.get(1), yes);
                        } else if (op.equals("!=")) {
                            equality(parts.get(0), parts.get(1), no);
                        }
                    }
                }
                case "call", "call_expression" -> {
                    String callee = dotted(c.field("function"));
                    List<SNode> args = arguments(c);
                    SNode fn = c.field("function");
                    SNode object = fn == null ? null : fn.field("object");
                    if (callee.matches(".*\\.(includes|has|contains|__contains__)$") && args.size() == 1
                            && args.get(0).is("identifier")) {
                        yes.assign(args.get(0).text(), Taint.CLEAN);
                    } else if (callee.matches("^re\\.(fullmatch|match)$|^validator\\.is\\w+$|.*\\.test$|"
                            + "^(is_?valid|is_?safe|is_?allowed)\\w*$|.*\\.(isValid|isSafe|isAllowed)\\w*$")
                            && !args.isEmpty()) {
                        SNode checked = callee.endsWith(".test") || callee.startsWith("validator.")
                                || !callee.startsWith("re.") ? args.get(0) : args.size() > 1 ? args.get(1) : null;
                        if (checked != null && checked.is("identifier")) {
                            yes.assign(checked.text(), Taint.CLEAN);
                        }
                    } else if (callee.matches(".*\\.(isalnum|isdigit|isnumeric|isalpha|isidentifier|isdecimal)$")
                            && object != null && object.is("identifier")) {
                        yes.assign(object.text(), Taint.CLEAN);
                    }
                }
                default -> {
                }
            }
        }

        private void equality(SNode a, SNode b, ScriptEnv env) {
            if (a != null && b != null) {
                if (a.is("identifier") && constantValue(b, env) != null) {
                    env.assign(a.text(), Taint.CLEAN);
                } else if (b.is("identifier") && constantValue(a, env) != null) {
                    env.assign(b.text(), Taint.CLEAN);
                }
            }
        }

        // ---- constants

        private Boolean constant(SNode c, ScriptEnv env) {
            Object v = constantValue(c, env);
            return v instanceof Boolean b ? b : null;
        }

        private Object constantValue(SNode c, ScriptEnv env) {
            if (c == null) {
                return null;
            }
            try {
                return ScriptConstants.fold(c, env.consts);
            } catch (ArithmeticException | ClassCastException e) {
                return null;
            }
        }

        // ---- expressions

        Taint eval(SNode e, ScriptEnv env) {
            if (e == null || --budget < 0) {
                return Taint.CLEAN;
            }
            switch (e.type) {
                case "identifier" -> {
                    return env.whole(e.text());
                }
                case "integer", "float", "number", "true", "false", "none", "null", "undefined", "regex",
                        "comparison_operator", "not_operator", "comment", "lambda", "arrow_function", "function",
                        "function_expression", "escape_sequence", "string_content", "string_fragment" -> {
                    return Taint.CLEAN;
                }
                case "string", "concatenated_string", "template_string", "interpolation", "template_substitution",
                        "list", "tuple", "array", "set", "expression_list", "dictionary", "object", "pair",
                        "spread_element", "list_splat", "dictionary_splat", "parenthesized_expression",
                        "await_expression", "await", "keyword_argument", "format_expression", "argument_list",
                        "arguments", "list_comprehension", "generator_expression", "sequence_expression",
                        "as_pattern", "with_item", "type_assertion", "as_expression", "non_null_expression",
                        "satisfies_expression" -> {
                    if (e.is("pair", "keyword_argument")) {
                        return eval(e.field("value"), env);
                    }
                    Taint t = Taint.CLEAN;
                    for (SNode c : e.named()) {
                        t = t.or(eval(c, env));
                    }
                    return t;
                }
                case "binary_operator", "binary_expression", "boolean_operator" -> {
                    Taint l = eval(e.field("left"), env);
                    Taint r = eval(e.field("right"), env);
                    String op = e.field("operator") != null ? e.field("operator").type : e.operator();
                    return switch (op) {
                        case "+", "%", "||", "&&", "??", "or", "and" -> l.or(r);
                        default -> Taint.CLEAN;
                    };
                }
                case "unary_expression", "unary_operator" -> {
                    Taint t = eval(e.field("argument") != null ? e.field("argument") : e.named().get(0), env);
                    return e.operator().equals("!") || e.operator().equals("typeof") ? Taint.CLEAN : t;
                }
                case "conditional_expression", "ternary_expression" -> {
                    SNode cond;
                    SNode yes;
                    SNode no;
                    if (e.is("ternary_expression")) {
                        cond = e.field("condition");
                        yes = e.field("consequence");
                        no = e.field("alternative");
                    } else {
                        List<SNode> p = e.named();
                        yes = p.get(0);
                        cond = p.get(1);
                        no = p.size() > 2 ? p.get(2) : null;
                    }
                    Boolean c = constant(cond, env);
                    if (c != null) {
                        return eval(c ? yes : no, env);
                    }
                    ScriptEnv t = env.copy();
                    refine(cond, t, new ScriptEnv());
                    return eval(yes, t).or(eval(no, env));
                }
                case "attribute", "member_expression" -> {
                    String p = dotted(e);
                    if (spec.sources().matcher(p).find()) {
                        return Taint.of(Origin.source(step(e, p)));
                    }
                    SNode object = e.field("object");
                    SNode prop = e.field("attribute") != null ? e.field("attribute") : e.field("property");
                    if (object != null && object.is("identifier") && prop != null) {
                        String slot = object.text() + "[" + prop.text() + "]";
                        if (env.vars.containsKey(slot)) {
                            return env.get(slot).or(env.get(object.text()));
                        }
                    }
                    return eval(object, env);
                }
                case "subscript", "subscript_expression" -> {
                    String p = dotted(e);
                    if (spec.sources().matcher(p).find()) {
                        return Taint.of(Origin.source(step(e, shortText(e))));
                    }
                    SNode object = e.field("value") != null ? e.field("value") : e.field("object");
                    SNode index = e.field("subscript") != null ? e.field("subscript") : e.field("index");
                    eval(index, env);
                    Object key = constantValue(index, env);
                    if (object != null && object.is("identifier") && key != null) {
                        String v = object.text();
                        return env.get(v).or(env.get(v + "[" + key + "]")).or(env.get(v + "[*]"));
                    }
                    return eval(object, env);
                }
                case "call", "call_expression", "new_expression" -> {
                    return call(e, env);
                }
                case "assignment", "assignment_expression", "augmented_assignment",
                        "augmented_assignment_expression", "named_expression" -> {
                    return assign(e, env);
                }
                case "variable_declarator" -> {
                    SNode value = e.field("value");
                    if (value == null) {
                        return Taint.CLEAN;
                    }
                    Taint t = eval(value, env);
                    bind(e.field("name"), t.then(step(e, "assigned to " + shortText(e.field("name")))), env);
                    slots(e.field("name"), value, env);
                    constant(e.field("name"), value, env);
                    return Taint.CLEAN;
                }
                default -> {
                    Taint t = Taint.CLEAN;
                    for (SNode c : e.named()) {
                        if (!FUNCTIONS.contains(c.type)) {
                            t = t.or(eval(c, env));
                        }
                    }
                    return t;
                }
            }
        }

        private void constant(SNode target, SNode value, ScriptEnv env) {
            if (target != null && target.is("identifier")) {
                Object c = constantValue(value, env);
                if (c != null) {
                    env.consts.put(target.text(), c);
                } else {
                    env.consts.remove(target.text());
                }
            }
        }

        /** Object and dict literals assigned to a variable keep their values per key. */
        private void slots(SNode target, SNode value, ScriptEnv env) {
            if (target == null || !target.is("identifier") || !value.is("object", "dictionary")) {
                return;
            }
            for (SNode pair : value.named()) {
                if (pair.is("pair")) {
                    SNode k = pair.field("key");
                    Object key = k.is("property_identifier", "identifier") && value.is("object") ? k.text()
                            : constantValue(k, env);
                    if (key != null) {
                        env.vars.put(target.text() + "[" + key + "]", eval(pair.field("value"), env));
                    }
                }
            }
            env.vars.put(target.text(), Taint.CLEAN);
        }

        private void bind(SNode target, Taint t, ScriptEnv env) {
            if (target == null) {
                return;
            }
            if (target.is("identifier")) {
                env.assign(target.text(), t);
            } else if (target.is("pattern_list", "tuple_pattern", "object_pattern", "array_pattern", "tuple",
                    "list_pattern", "expression_list", "variable_declaration", "lexical_declaration")) {
                for (SNode c : target.named()) {
                    if (c.is("identifier", "shorthand_property_identifier_pattern")) {
                        env.assign(c.text(), t);
                    } else if (c.is("pair_pattern")) {
                        bind(c.field("value"), t, env);
                    } else if (c.is("variable_declarator")) {
                        bind(c.field("name"), t, env);
                    } else {
                        bind(c, t, env);
                    }
                }
            }
        }

        private Taint assign(SNode e, ScriptEnv env) {
            SNode left = e.field("left") != null ? e.field("left") : e.field("name");
            SNode right = e.field("right") != null ? e.field("right") : e.field("value");
            Taint v = eval(right, env);
            boolean compound = e.is("augmented_assignment", "augmented_assignment_expression");
            if (left == null) {
                return v;
            }
            Taint stepped = v.then(step(e, "assigned to " + shortText(left)));
            if (left.is("identifier")) {
                env.assign(left.text(), compound ? env.get(left.text()).or(stepped) : stepped);
                if (compound) {
                    env.consts.remove(left.text());
                } else {
                    constant(left, right, env);
                    slots(left, right, env);
                }
            } else if (left.is("attribute", "member_expression")) {
                SNode object = left.field("object");
                String objectPath = dotted(object);
                SNode prop = left.field("attribute") != null ? left.field("attribute") : left.field("property");
                if (spec.session().matcher(objectPath).find()) {
                    sink(TaintKind.TRUST_BOUNDARY, v, e, objectPath + "." + (prop == null ? "" : prop.text()), env);
                } else if (dotted(left).equals("ctx.body") && spec.htmlBody().matcher(right.text()).find()) {
                    sink(TaintKind.XSS, v, e, "ctx.body", env);
                } else if (object != null && object.is("identifier") && prop != null) {
                    env.vars.put(object.text() + "[" + prop.text() + "]", stepped);
                }
            } else if (left.is("subscript", "subscript_expression")) {
                SNode object = left.field("value") != null ? left.field("value") : left.field("object");
                SNode index = left.field("subscript") != null ? left.field("subscript") : left.field("index");
                if (object != null && spec.session().matcher(dotted(object)).find()) {
                    sink(TaintKind.TRUST_BOUNDARY, v, e, dotted(object) + "[...]", env);
                } else if (object != null && object.is("identifier")) {
                    Object key = constantValue(index, env);
                    String slot = object.text() + "[" + (key == null ? "*" : key) + "]";
                    env.vars.put(slot, key == null ? env.get(slot).or(stepped) : stepped);
                }
            } else {
                bind(left, stepped, env);
            }
            return v;
        }

        private Taint call(SNode e, ScriptEnv env) {
            SNode fn = e.field("function") != null ? e.field("function") : e.field("constructor");
            String callee = dotted(fn);
            List<SNode> argNodes = arguments(e);
            List<Taint> args = new ArrayList<>();
            for (SNode a : argNodes) {
                args.add(eval(a, env));
            }
            SNode object = fn == null ? null : fn.field("object");
            Taint receiver = object == null || FUNCTIONS.contains(fn.type) ? Taint.CLEAN : eval(object, env);
            if (spec.sources().matcher(callee).find()) {
                return Taint.of(Origin.source(step(e, shortText(e))));
            }
            for (ScriptSpec.Sanitizer s : spec.sanitizers()) {
                if (s.callee().matcher(callee).find()) {
                    return s.kinds() == ScriptSpec.ALL ? Taint.CLEAN
                            : receiver.or(Taint.union(args)).neutralize(s.kinds()).then(step(e, callee + "()"));
                }
            }
            String text = e.text();
            for (ScriptSpec.Sink s : spec.sinks()) {
                if (s.callee().matcher(callee).find()
                        && (s.requires() == null || s.requires().matcher(text).find()
                                || s.kind() == TaintKind.XXE && s.requires().matcher(fileText).find())
                        && (s.unless() == null || !s.unless().matcher(text).find())) {
                    for (int i = 0; i < args.size(); i++) {
                        if (s.checks(i) && !argNodes.get(i).is("keyword_argument")) {
                            sink(s.kind(), args.get(i), e, callee + "(...)", env);
                        }
                    }
                }
            }
            SNode target = fn != null && fn.is("identifier") ? named.get(fn.text()) : null;
            if (target != null) {
                return apply(target, args, e);
            }
            String name = fn != null && fn.field("attribute") != null ? fn.field("attribute").text()
                    : fn != null && fn.field("property") != null ? fn.field("property").text() : "";
            String var = object != null && object.is("identifier") ? object.text() : null;
            if (var != null) {
                switch (name) {
                    case "append", "add", "push", "extend", "insert", "unshift", "update", "write", "concat" -> {
                        if (!name.equals("concat")) {
                            env.vars.put(var, env.get(var).or(Taint.union(args).then(step(e, var + "." + name
                                    + "(...)"))));
                            return env.whole(var);
                        }
                    }
                    case "set", "setdefault", "__setitem__" -> {
                        if (args.size() == 2) {
                            Object key = constantValue(argNodes.get(0), env);
                            String slot = var + "[" + (key == null ? "*" : key) + "]";
                            env.vars.put(slot, key == null ? env.get(slot).or(args.get(1)) : args.get(1));
                            return Taint.CLEAN;
                        }
                    }
                    case "get", "pop" -> {
                        if (!argNodes.isEmpty()) {
                            Object key = constantValue(argNodes.get(0), env);
                            Taint t = key == null ? env.whole(var)
                                    : env.get(var).or(env.get(var + "[" + key + "]")).or(env.get(var + "[*]"));
                            return args.size() > 1 ? t.or(args.get(1)) : t;
                        }
                    }
                    default -> {
                    }
                }
            }
            return receiver.or(Taint.union(args));
        }

        private Taint apply(SNode callee, List<Taint> args, SNode site) {
            Summary s = summary(callee);
            String name = functionName(callee) == null ? "function" : functionName(callee);
            Step through = step(site, "passed to " + name + "()");
            Taint out = Taint.CLEAN;
            for (Origin o : s.returns().origins()) {
                if (o.real()) {
                    out = out.or(Taint.of(o.then(step(site, "returned by " + name + "()"))));
                } else if (o.param() < args.size()) {
                    out = out.or(args.get(o.param()).map(a -> a.then(through).then(o.steps())
                            .neutralize(o.neutralized())));
                }
            }
            for (ParamSink ps : s.sinks()) {
                if (ps.param() < args.size()) {
                    for (Origin a : args.get(ps.param()).origins()) {
                        Origin flow = a.then(through).then(ps.steps()).neutralize(ps.neutralized());
                        if (flow.dangerousFor(ps.kind())) {
                            record(ps.kind(), flow, ps.sink(), ps.snippet());
                        }
                    }
                }
            }
            return out;
        }

        private void sink(TaintKind kind, Taint t, SNode at, String what, ScriptEnv env) {
            Step sink = step(at, what);
            for (Origin o : t.origins()) {
                if (o.dangerousFor(kind)) {
                    record(kind, o, sink, shortText(at));
                }
            }
        }

        private void record(TaintKind kind, Origin o, Step sink, String snippet) {
            if (o.real()) {
                report(kind, o, sink, snippet);
            } else {
                paramSinks.add(new ParamSink(o.param(), kind, o.steps(), sink, snippet, o.neutralized()));
            }
        }
    }

    static List<SNode> arguments(SNode call) {
        SNode a = call.field("arguments");
        if (a == null) {
            return List.of();
        }
        List<SNode> out = new ArrayList<>();
        for (SNode c : a.named()) {
            out.add(c);
        }
        return out;
    }

    /** The dotted path of an expression: {@code request.args.get}, {@code res.send}, {@code x.y()} ... */
    static String dotted(SNode n) {
        if (n == null) {
            return "?";
        }
        return switch (n.type) {
            case "identifier", "property_identifier", "this", "shorthand_property_identifier" -> n.text();
            case "attribute" -> dotted(n.field("object")) + "." + n.field("attribute").text();
            case "member_expression" -> dotted(n.field("object")) + "."
                    + (n.field("property") == null ? "?" : n.field("property").text());
            case "call", "call_expression" -> dotted(n.field("function")) + "()";
            case "subscript" -> dotted(n.field("value")) + "[]";
            case "subscript_expression" -> dotted(n.field("object")) + "[]";
            case "parenthesized_expression", "await_expression", "await" -> n.named().isEmpty() ? "?"
                    : dotted(n.named().get(0));
            default -> "?";
        };
    }
}
