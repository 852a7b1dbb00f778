package dev.aicoder.analysis.security.taint.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;

import dev.aicoder.analysis.security.taint.Origin;
import dev.aicoder.analysis.security.taint.Step;
import dev.aicoder.analysis.security.taint.Taint;
import dev.aicoder.analysis.security.taint.TaintKind;
import dev.aicoder.analysis.security.taint.java.JavaSpecs.Sink;
import dev.aicoder.analysis.security.taint.java.MethodSummary.ParamSink;

/**
 * Interprets one method body over {@link JavaEnv}: taint flows through assignments, concatenation, builders,
 * collections and maps (per constant key), ternaries, switches and loops; branches whose condition folds to a
 * constant are skipped; allow-list checks clean the checked variable on the branch where the check passed; calls to
 * workspace methods apply the callee's {@link MethodSummary}. Real flows go to {@link JavaTaintEngine#report};
 * flows from a parameter go into this method's summary.
 */
final class JavaFlowInterpreter {

    private final JavaTaintEngine engine;
    private final JavaWorkspace ws;
    private final TypeDeclaration<?> owner;
    private final String path;
    private final Map<String, Object> fieldConsts;
    private final Map<String, String> fieldTypes;
    private Taint returns = Taint.CLEAN;
    private final List<ParamSink> paramSinks = new ArrayList<>();
    private int budget = 20_000;

    JavaFlowInterpreter(JavaTaintEngine engine, TypeDeclaration<?> owner) {
        this.engine = engine;
        this.ws = engine.workspace();
        this.owner = owner;
        this.path = ws.path(owner);
        this.fieldConsts = ws.constants(owner);
        this.fieldTypes = ws.fieldTypes(owner);
    }

    MethodSummary run(CallableDeclaration<?> method) {
        JavaEnv env = new JavaEnv();
        int i = 0;
        for (Parameter p : method.getParameters()) {
            String name = p.getNameAsString();
            env.types.put(name, p.getType().asString());
            boolean source = p.getAnnotations().stream()
                    .anyMatch(a -> JavaSpecs.SOURCE_ANNOTATIONS.contains(a.getName().getIdentifier()));
            env.vars.put(name, source ? Taint.of(Origin.source(step(p, "@" + p.getAnnotations().get(0)
                    .getNameAsString() + " " + name))) : Taint.of(Origin.param(i)));
            i++;
        }
        BlockStmt body = method instanceof MethodDeclaration m ? m.getBody().orElse(null)
                : ((ConstructorDeclaration) method).getBody();
        if (body != null) {
            block(body, env);
        }
        return new MethodSummary(returns, List.copyOf(paramSinks));
    }

    // ---- statements

    private void block(BlockStmt b, JavaEnv env) {
        for (Statement s : b.getStatements()) {
            if (env.dead || env.jumped) {
                return;
            }
            stmt(s, env);
        }
    }

    private void stmt(Statement s, JavaEnv env) {
        if (--budget < 0) {
            env.dead = true;
            return;
        }
        if (s instanceof BlockStmt b) {
            block(b, env);
        } else if (s instanceof ExpressionStmt e) {
            eval(e.getExpression(), env);
        } else if (s instanceof IfStmt i) {
            ifStmt(i, env);
        } else if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(x -> ret(x, env));
            env.dead = true;
        } else if (s instanceof ThrowStmt t) {
            eval(t.getExpression(), env);
            env.dead = true;
        } else if (s instanceof BreakStmt || s instanceof ContinueStmt) {
            env.jumped = true;
        } else if (s instanceof WhileStmt w) {
            if (Boolean.FALSE.equals(cond(w.getCondition(), env))) {
                return;
            }
            eval(w.getCondition(), env);
            loop(w.getBody(), env, null);
        } else if (s instanceof DoStmt d) {
            loop(d.getBody(), env, null);
            eval(d.getCondition(), env);
        } else if (s instanceof ForStmt f) {
            f.getInitialization().forEach(x -> eval(x, env));
            if (f.getCompare().isPresent() && Boolean.FALSE.equals(cond(f.getCompare().get(), env))) {
                return;
            }
            loop(f.getBody(), env, () -> f.getUpdate().forEach(x -> eval(x, env)));
        } else if (s instanceof ForEachStmt f) {
            Taint items = eval(f.getIterable(), env);
            VariableDeclarator v = f.getVariable().getVariables().get(0);
            env.types.put(v.getNameAsString(), v.getType().asString());
            env.assign(v.getNameAsString(), items.then(step(f, "element of " + f.getIterable())));
            loop(f.getBody(), env, null);
        } else if (s instanceof SwitchStmt sw) {
            switchStmt(sw, env);
        } else if (s instanceof TryStmt t) {
            t.getResources().forEach(x -> eval(x, env));
            JavaEnv before = env.copy();
            block(t.getTryBlock(), env);
            JavaEnv after = JavaEnv.join(env, before);
            JavaEnv out = env.dead ? null : env.copy();
            for (var c : t.getCatchClauses()) {
                JavaEnv ce = after.copy();
                ce.dead = false;
                block(c.getBody(), ce);
                out = out == null ? ce : JavaEnv.join(out, ce);
            }
            copyInto(out == null ? deadEnv(env) : out, env);
            if (t.getFinallyBlock().isPresent()) {
                boolean wasDead = env.dead;
                env.dead = false;
                block(t.getFinallyBlock().get(), env);
                env.dead = env.dead || wasDead;
            }
        } else if (s instanceof SynchronizedStmt sy) {
            block(sy.getBody(), env);
        } else if (s instanceof LabeledStmt l) {
            stmt(l.getStatement(), env);
        } else if (s instanceof YieldStmt y) {
            eval(y.getExpression(), env);
        }
    }

    private static JavaEnv deadEnv(JavaEnv env) {
        JavaEnv d = env.copy();
        d.dead = true;
        return d;
    }

    private static void copyInto(JavaEnv from, JavaEnv to) {
        to.vars.clear();
        to.vars.putAll(from.vars);
        to.consts.clear();
        to.consts.putAll(from.consts);
        to.types.putAll(from.types);
        to.dead = from.dead;
        to.jumped = from.jumped;
    }

    private void loop(Statement body, JavaEnv env, Runnable update) {
        // Twice, so that a value carried from one iteration to the next is seen; constants changed in the loop
        // are forgotten.
        for (int round = 0; round < 2; round++) {
            JavaEnv in = env.copy();
            in.consts.keySet().removeIf(k -> assignedIn(body, k));
            stmt(body, in);
            if (update != null && !in.dead) {
                update.run();
            }
            in.dead = false;
            copyInto(JavaEnv.join(env, in), env);
        }
        env.consts.keySet().removeIf(k -> assignedIn(body, k));
    }

    private static boolean assignedIn(Node body, String name) {
        for (AssignExpr a : body.findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name)) {
                return true;
            }
        }
        for (UnaryExpr u : body.findAll(UnaryExpr.class)) {
            if (u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void ifStmt(IfStmt i, JavaEnv env) {
        Boolean c = cond(i.getCondition(), env);
        if (c != null) {
            if (c) {
                stmt(i.getThenStmt(), env);
            } else {
                i.getElseStmt().ifPresent(e -> stmt(e, env));
            }
            return;
        }
        eval(i.getCondition(), env);
        JavaEnv then = env.copy();
        JavaEnv other = env.copy();
        refine(i.getCondition(), then, other);
        stmt(i.getThenStmt(), then);
        i.getElseStmt().ifPresent(e -> stmt(e, other));
        boolean jumped = (then.jumped || then.dead) && (other.jumped || other.dead) && (then.jumped || other.jumped);
        copyInto(JavaEnv.join(then, other), env);
        env.dead = then.dead && other.dead;
        env.jumped = jumped;
    }

    private void switchStmt(SwitchStmt sw, JavaEnv env) {
        Object selector = JavaConstants.eval(sw.getSelector(), env.consts, fieldConsts);
        eval(sw.getSelector(), env);
        List<SwitchEntry> entries = sw.getEntries();
        int start = -1;
        if (selector != null) {
            for (int k = 0; k < entries.size() && start < 0; k++) {
                for (Expression label : entries.get(k).getLabels()) {
                    if (selector.equals(JavaConstants.eval(label, env.consts, fieldConsts))) {
                        start = k;
                    }
                }
            }
            if (start < 0) {
                for (int k = 0; k < entries.size(); k++) {
                    if (entries.get(k).isDefault()) {
                        start = k;
                    }
                }
            }
            if (start < 0) {
                return;
            }
        }
        JavaEnv out = null;
        boolean hasDefault = entries.stream().anyMatch(SwitchEntry::isDefault);
        for (int k = Math.max(0, start); k < entries.size(); k++) {
            JavaEnv e = env.copy();
            // fall through: run this entry and the following ones until one ends
            for (int j = k; j < entries.size(); j++) {
                for (Statement st : entries.get(j).getStatements()) {
                    if (e.dead || e.jumped) {
                        break;
                    }
                    stmt(st, e);
                }
                if (e.dead || e.jumped || entries.get(j).getType() != SwitchEntry.Type.STATEMENT_GROUP) {
                    break;
                }
            }
            e.jumped = false;
            out = out == null ? e : JavaEnv.join(out, e);
            if (start >= 0) {
                break;
            }
        }
        if (out == null) {
            return;
        }
        if (start < 0 && !hasDefault) {
            out = JavaEnv.join(out, env);
        }
        copyInto(out, env);
    }

    private Boolean cond(Expression c, JavaEnv env) {
        return JavaConstants.condition(c, env.consts, fieldConsts);
    }

    private void ret(Expression x, JavaEnv env) {
        Taint t = eval(x, env);
        Optional<String> redirect = leftmostString(x).filter(s -> s.startsWith("redirect:"));
        if (redirect.isPresent() && !(x instanceof StringLiteralExpr)) {
            sink(TaintKind.OPEN_REDIRECT, t, x, "redirect: view name", env);
        }
        returns = returns.or(t.then(step(x, "returned")));
    }

    private static Optional<String> leftmostString(Expression x) {
        while (x instanceof BinaryExpr b) {
            x = b.getLeft();
        }
        return x instanceof StringLiteralExpr s ? Optional.of(s.asString()) : Optional.empty();
    }

    // ---- allow-lists and validators

    /** Narrows the states after a condition: a value checked against an allow-list is clean where the check held. */
    private void refine(Expression c, JavaEnv whenTrue, JavaEnv whenFalse) {
        if (c instanceof EnclosedExpr e) {
            refine(e.getInner(), whenTrue, whenFalse);
        } else if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            refine(u.getExpression(), whenFalse, whenTrue);
        } else if (c instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
            refine(b.getLeft(), whenTrue, new JavaEnv());
            refine(b.getRight(), whenTrue, new JavaEnv());
        } else if (c instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
            refine(b.getLeft(), new JavaEnv(), whenFalse);
            refine(b.getRight(), new JavaEnv(), whenFalse);
        } else if (c instanceof MethodCallExpr m) {
            validated(m, whenTrue).ifPresent(v -> whenTrue.assign(v, Taint.CLEAN));
        }
    }

    private Optional<String> validated(MethodCallExpr m, JavaEnv env) {
        String name = m.getNameAsString();
        Optional<Expression> scope = m.getScope();
        switch (name) {
            case "contains", "containsKey" -> {
                if (scope.isPresent() && m.getArguments().size() == 1 && eval(scope.get(), env.copy()).clean()) {
                    return varName(m.getArgument(0));
                }
            }
            case "equals", "equalsIgnoreCase" -> {
                if (scope.isPresent() && m.getArguments().size() == 1) {
                    if (JavaConstants.eval(m.getArgument(0), env.consts, fieldConsts) != null) {
                        return varName(scope.get());
                    }
                    if (JavaConstants.eval(scope.get(), env.consts, fieldConsts) != null) {
                        return varName(m.getArgument(0));
                    }
                }
            }
            case "matches" -> {
                if (scope.isPresent() && m.getArguments().size() == 1) {
                    if (scope.get() instanceof MethodCallExpr mc && mc.getNameAsString().equals("matcher")
                            && mc.getArguments().size() == 1) {
                        return varName(mc.getArgument(0));
                    }
                    return varName(scope.get());
                }
                if (m.getArguments().size() == 2) {
                    return varName(m.getArgument(1));
                }
            }
            default -> {
                if ((name.startsWith("isValid") || name.startsWith("isSafe") || name.startsWith("isAllowed")
                        || name.startsWith("isAlphanumeric")) && m.getArguments().size() == 1) {
                    return varName(m.getArgument(0));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> varName(Expression e) {
        return e instanceof NameExpr n ? Optional.of(n.getNameAsString()) : Optional.empty();
    }

    // ---- expressions

    Taint eval(Expression e, JavaEnv env) {
        if (e == null || --budget < 0) {
            return Taint.CLEAN;
        }
        if (e instanceof NameExpr n) {
            return env.whole(n.getNameAsString());
        }
        if (e.isLiteralExpr() || e instanceof ThisExpr || e.isClassExpr() || e.isLambdaExpr()
                || e.isMethodReferenceExpr() || e.isInstanceOfExpr()) {
            return Taint.CLEAN;
        }
        if (e instanceof EnclosedExpr en) {
            return eval(en.getInner(), env);
        }
        if (e instanceof CastExpr c) {
            String type = c.getType().asString();
            Taint t = eval(c.getExpression(), env);
            return isNumeric(type) ? Taint.CLEAN : t;
        }
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                String name = d.getNameAsString();
                env.types.put(name, d.getType().asString());
                Taint t = d.getInitializer().map(i -> eval(i, env)).orElse(Taint.CLEAN);
                env.assign(name, isNumeric(d.getType().asString()) ? Taint.CLEAN
                        : t.then(step(d, "assigned to " + name)));
                Object c = d.getInitializer().map(i -> JavaConstants.eval(i, env.consts, fieldConsts)).orElse(null);
                if (c != null) {
                    env.consts.put(name, c);
                } else {
                    env.consts.remove(name);
                }
            }
            return Taint.CLEAN;
        }
        if (e instanceof AssignExpr a) {
            return assign(a, env);
        }
        if (e instanceof BinaryExpr b) {
            Taint l = eval(b.getLeft(), env);
            Taint r = eval(b.getRight(), env);
            return b.getOperator() == BinaryExpr.Operator.PLUS ? l.or(r) : Taint.CLEAN;
        }
        if (e instanceof UnaryExpr u) {
            Taint t = eval(u.getExpression(), env);
            if (u.getExpression() instanceof NameExpr n && u.getOperator().name().contains("CREMENT")) {
                env.consts.remove(n.getNameAsString());
            }
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? Taint.CLEAN : t;
        }
        if (e instanceof ConditionalExpr c) {
            Boolean k = cond(c.getCondition(), env);
            if (k != null) {
                return eval(k ? c.getThenExpr() : c.getElseExpr(), env);
            }
            JavaEnv then = env.copy();
            refine(c.getCondition(), then, new JavaEnv());
            return eval(c.getThenExpr(), then).or(eval(c.getElseExpr(), env));
        }
        if (e instanceof ArrayAccessExpr a) {
            eval(a.getIndex(), env);
            return eval(a.getName(), env);
        }
        if (e instanceof ArrayCreationExpr a) {
            return a.getInitializer().map(i -> eval(i, env)).orElse(Taint.CLEAN);
        }
        if (e instanceof ArrayInitializerExpr a) {
            Taint t = Taint.CLEAN;
            for (Expression v : a.getValues()) {
                t = t.or(eval(v, env));
            }
            return t;
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                return env.whole(f.getNameAsString());
            }
            return eval(f.getScope(), env);
        }
        if (e instanceof MethodCallExpr m) {
            return call(m, env);
        }
        if (e instanceof ObjectCreationExpr o) {
            return create(o, env);
        }
        if (e instanceof SwitchExpr sw) {
            eval(sw.getSelector(), env);
            Taint t = Taint.CLEAN;
            for (SwitchEntry entry : sw.getEntries()) {
                JavaEnv branch = env.copy();
                for (Statement st : entry.getStatements()) {
                    if (st instanceof ExpressionStmt es) {
                        t = t.or(eval(es.getExpression(), branch));
                    } else if (st instanceof YieldStmt y) {
                        t = t.or(eval(y.getExpression(), branch));
                    } else {
                        stmt(st, branch);
                    }
                }
            }
            return t;
        }
        Taint t = Taint.CLEAN;
        for (Node child : e.getChildNodes()) {
            if (child instanceof Expression x) {
                t = t.or(eval(x, env));
            }
        }
        return t;
    }

    private static boolean isNumeric(String type) {
        return switch (type) {
            case "int", "long", "short", "byte", "double", "float", "boolean", "char", "Integer", "Long", "Short",
                    "Double", "Float", "Boolean", "UUID" -> true;
            default -> false;
        };
    }

    private Taint assign(AssignExpr a, JavaEnv env) {
        Taint value = eval(a.getValue(), env);
        Expression target = a.getTarget();
        boolean compound = a.getOperator() != AssignExpr.Operator.ASSIGN;
        String name = null;
        boolean weak = false;
        if (target instanceof NameExpr n) {
            name = n.getNameAsString();
        } else if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            name = f.getNameAsString();
        } else if (target instanceof ArrayAccessExpr arr && arr.getName() instanceof NameExpr n) {
            name = n.getNameAsString();
            weak = true;
        } else if (target instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr n) {
            name = n.getNameAsString();
            weak = true;
        }
        if (name == null) {
            return value;
        }
        if (isNumeric(env.types.getOrDefault(name, fieldTypes.getOrDefault(name, "")))) {
            value = Taint.CLEAN;
        }
        Taint stepped = value.then(step(a, "assigned to " + name));
        if (compound || weak) {
            env.vars.put(name, env.get(name).or(stepped));
        } else {
            env.assign(name, stepped);
        }
        Object c = compound || weak ? null : JavaConstants.eval(a.getValue(), env.consts, fieldConsts);
        if (c != null) {
            env.consts.put(name, c);
        } else {
            env.consts.remove(name);
        }
        return env.get(name);
    }

    private Taint create(ObjectCreationExpr o, JavaEnv env) {
        List<Taint> args = new ArrayList<>();
        o.getArguments().forEach(x -> args.add(eval(x, env)));
        String type = o.getType().getNameAsString();
        for (Sink s : JavaSpecs.SINKS) {
            if (s.ctor() && s.name().equals(type)) {
                for (int k = 0; k < args.size(); k++) {
                    if (s.checks(k)) {
                        sink(s.kind(), args.get(k), o, "new " + type + "(...)", env);
                    }
                }
            }
        }
        if (o.getAnonymousClassBody().isPresent()) {
            return Taint.CLEAN;
        }
        Optional<TypeDeclaration<?>> ws = this.ws.typeBySimpleName(type);
        if (ws.isPresent()) {
            for (var ctor : ws.get().getConstructors()) {
                if (ctor.getParameters().size() == args.size()) {
                    apply(ctor, args, o, env);
                }
            }
        }
        return Taint.union(args);
    }

    private Taint call(MethodCallExpr m, JavaEnv env) {
        String name = m.getNameAsString();
        Expression scope = m.getScope().orElse(null);
        Taint receiver = scope == null ? Taint.CLEAN : eval(scope, env);
        List<Taint> args = new ArrayList<>();
        m.getArguments().forEach(x -> args.add(eval(x, env)));
        String receiverText = describe(scope, env);

        if (JavaSpecs.SOURCE_METHODS.contains(name) && JavaSpecs.requestReceiver(receiverText)) {
            String what = (scope == null ? "" : scope + ".") + name + "(" + (m.getArguments().isEmpty() ? ""
                    : m.getArgument(0).toString()) + ")";
            return Taint.of(Origin.source(step(m, what)));
        }
        for (Sink s : JavaSpecs.SINKS) {
            if (!s.ctor() && s.name().equals(name) && (s.receiver() == null || s.receiver().matcher(receiverText)
                    .find())) {
                if (s.kind() == TaintKind.XXE && ws.xmlHardened(owner)) {
                    continue;
                }
                for (int k = 0; k < args.size(); k++) {
                    if (s.checks(k)) {
                        sink(s.kind(), args.get(k), m, (scope == null ? "" : shortText(scope) + ".") + name
                                + "(...)", env);
                    }
                }
            }
        }
        if ((name.equals("setHeader") || name.equals("addHeader")) && args.size() == 2
                && "location".equalsIgnoreCase(String.valueOf(JavaConstants.eval(m.getArgument(0), env.consts,
                        fieldConsts)))) {
            sink(TaintKind.OPEN_REDIRECT, args.get(1), m, "Location header", env);
        }
        Set<TaintKind> cleans = JavaSpecs.SANITIZERS.get(name);
        if (cleans != null) {
            return cleans == JavaSpecs.ALL ? Taint.CLEAN
                    : receiver.or(Taint.union(args)).neutralize(cleans).then(step(m, name + "(...)"));
        }
        Optional<CallableDeclaration<?>> target = workspaceTarget(m, scope, env,
                !receiver.clean() || args.stream().anyMatch(a -> !a.clean()));
        if (target.isPresent()) {
            return apply(target.get(), args, m, env);
        }
        String var = scope instanceof NameExpr n ? n.getNameAsString() : null;
        if (var != null && (name.equals("put") || name.equals("putIfAbsent") || name.equals("setProperty"))
                && args.size() == 2) {
            Object key = JavaConstants.eval(m.getArgument(0), env.consts, fieldConsts);
            String slot = var + "[" + (key == null ? "*" : key) + "]";
            Taint v = args.get(1).then(step(m, var + "." + name + "(" + m.getArgument(0) + ", ...)"));
            env.vars.put(slot, key == null ? env.get(slot).or(v) : v);
            return Taint.CLEAN;
        }
        if (var != null && (name.equals("get") || name.equals("getProperty") || name.equals("getOrDefault"))
                && !args.isEmpty() && !receiver.clean()) {
            Object key = JavaConstants.eval(m.getArgument(0), env.consts, fieldConsts);
            Taint t = key == null ? env.whole(var) : env.get(var).or(env.get(var + "[" + key + "]"))
                    .or(env.get(var + "[*]"));
            return name.equals("getOrDefault") ? t.or(args.get(1)) : t;
        }
        if (var != null && JavaSpecs.APPENDERS.contains(name) && !args.isEmpty()) {
            Taint added = Taint.union(args).then(step(m, var + "." + name + "(...)"));
            env.vars.put(var, env.get(var).or(added));
            return env.whole(var);
        }
        if (name.equals("getOrDefault") && args.size() == 2) {
            return receiver.or(args.get(1));
        }
        if (JavaSpecs.RECEIVER_ONLY.contains(name) || name.startsWith("get") && args.isEmpty()) {
            return receiver;
        }
        return receiver.or(Taint.union(args));
    }

    private Optional<CallableDeclaration<?>> workspaceTarget(MethodCallExpr m, Expression scope, JavaEnv env,
            boolean carriesTaint) {
        String name = m.getNameAsString();
        int arity = m.getArguments().size();
        if (scope == null || scope instanceof ThisExpr) {
            return ws.method(owner, name, arity);
        }
        if (scope instanceof ObjectCreationExpr o) {
            Optional<TypeDeclaration<?>> t = ws.typeBySimpleName(o.getType().getNameAsString());
            if (t.isPresent()) {
                return ws.method(t.get(), name, arity);
            }
        }
        if (scope instanceof NameExpr n) {
            String type = env.types.getOrDefault(n.getNameAsString(), fieldTypes.get(n.getNameAsString()));
            String simple = type != null ? type : n.getNameAsString();
            Optional<TypeDeclaration<?>> t = ws.typeBySimpleName(simple);
            if (t.isPresent()) {
                return ws.method(t.get(), name, arity);
            }
            if (type != null && !ws.isWorkspaceType(type)) {
                return Optional.empty();
            }
        }
        return ws.resolve(m, carriesTaint);
    }

    /** Applies a callee's summary at a call site: taint through the return value, parameters into sinks. */
    private Taint apply(CallableDeclaration<?> callee, List<Taint> args, Node site, JavaEnv env) {
        MethodSummary summary = engine.summary(callee);
        Step through = step(site, "passed to " + callee.getNameAsString() + "()");
        Taint out = Taint.CLEAN;
        for (Origin o : summary.returns().origins()) {
            if (o.real()) {
                out = out.or(Taint.of(o.then(step(site, "returned by " + callee.getNameAsString() + "()"))));
            } else if (o.param() < args.size()) {
                Origin shape = o;
                out = out.or(args.get(o.param()).map(a -> a.then(through).then(shape.steps())
                        .neutralize(shape.neutralized())));
            }
        }
        for (ParamSink ps : summary.sinks()) {
            if (ps.param() >= args.size()) {
                continue;
            }
            for (Origin a : args.get(ps.param()).origins()) {
                Origin flow = a.then(through).then(ps.steps()).neutralize(ps.neutralized());
                if (flow.dangerousFor(ps.kind())) {
                    record(ps.kind(), flow, ps.sink(), ps.snippet());
                }
            }
        }
        return out;
    }

    private void sink(TaintKind kind, Taint t, Node at, String what, JavaEnv env) {
        Step sink = step(at, what);
        String snippet = shortText(at);
        for (Origin o : t.origins()) {
            if (o.dangerousFor(kind)) {
                record(kind, o, sink, snippet);
            }
        }
    }

    private void record(TaintKind kind, Origin o, Step sink, String snippet) {
        if (o.real()) {
            engine.report(kind, o, sink, snippet);
        } else {
            paramSinks.add(new ParamSink(o.param(), kind, o.steps(), sink, snippet, o.neutralized()));
        }
    }

    private String describe(Expression scope, JavaEnv env) {
        if (scope == null) {
            return "";
        }
        if (scope instanceof NameExpr n) {
            String type = env.types.getOrDefault(n.getNameAsString(), fieldTypes.get(n.getNameAsString()));
            return type == null ? n.getNameAsString() : type + " " + n.getNameAsString();
        }
        return shortText(scope);
    }

    private static String shortText(Node n) {
        String s = n.toString();
        int nl = s.indexOf('\n');
        s = nl >= 0 ? s.substring(0, nl) : s;
        return s.length() > 160 ? s.substring(0, 160) : s;
    }

    private Step step(Node n, String what) {
        return new Step(path, n.getBegin().map(p -> p.line).orElse(0), what);
    }
}
