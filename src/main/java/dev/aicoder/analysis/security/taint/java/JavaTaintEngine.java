package dev.aicoder.analysis.security.taint.java;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.taint.Origin;
import dev.aicoder.analysis.security.taint.Step;
import dev.aicoder.analysis.security.taint.TaintKind;
import dev.aicoder.analysis.security.taint.TaintRules;
import dev.aicoder.source.Language;

/**
 * Runs the interpreter over every method of the workspace once. A callee's summary is computed on first use
 * (callees before callers, so chains of helpers across classes are followed); a recursive call sees an empty
 * summary. One finding per kind and sink line (the first trace found).
 */
final class JavaTaintEngine {

    static final String ANALYZER = "taint-java";

    private final JavaWorkspace ws;
    private final Map<CallableDeclaration<?>, MethodSummary> summaries = new IdentityHashMap<>();
    private final Set<CallableDeclaration<?>> inProgress = java.util.Collections.newSetFromMap(
            new IdentityHashMap<>());
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final BooleanSupplier cancelled;
    private static final int MAX_DEPTH = 24;
    private int methods;
    private int overflows;

    JavaTaintEngine(JavaWorkspace ws, BooleanSupplier cancelled) {
        this.ws = ws;
        this.cancelled = cancelled;
    }

    JavaWorkspace workspace() {
        return ws;
    }

    int methods() {
        return methods;
    }

    int overflows() {
        return overflows;
    }

    List<Finding> run() {
        for (JavaWorkspace.Unit u : ws.units()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            for (MethodDeclaration m : u.cu().findAll(MethodDeclaration.class)) {
                if (m.getBody().isPresent()) {
                    summary(m);
                }
            }
            for (ConstructorDeclaration c : u.cu().findAll(ConstructorDeclaration.class)) {
                summary(c);
            }
        }
        return new ArrayList<>(findings.values());
    }

    @SuppressWarnings("rawtypes")
    MethodSummary summary(CallableDeclaration<?> method) {
        MethodSummary done = summaries.get(method);
        if (done != null) {
            return done;
        }
        // a call chain deeper than MAX_DEPTH is cut (empty summary) so that the stack stays bounded
        if (inProgress.size() >= MAX_DEPTH || !inProgress.add(method)) {
            return MethodSummary.EMPTY;
        }
        MethodSummary s = MethodSummary.EMPTY;
        try {
            TypeDeclaration<?> owner = method.findAncestor(TypeDeclaration.class).orElse(null);
            if (owner != null) {
                s = new JavaFlowInterpreter(this, owner).run(method);
            }
        } catch (StackOverflowError e) {
            overflows++;
        } finally {
            inProgress.remove(method);
        }
        summaries.put(method, s);
        methods++;
        return s;
    }

    void report(TaintKind kind, Origin origin, Step sink, String snippet) {
        findings.putIfAbsent(kind + "|" + sink.path() + "|" + sink.line(), TaintRules.flow("java", ANALYZER,
                Language.JAVA, kind, sink, origin, snippet));
    }
}
