package dev.aicoder.analysis.security.taint;

import java.util.List;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.security.taint.java.JavaTaintAnalyzer;
import dev.aicoder.analysis.security.taint.script.ScriptTaintAnalyzer;
import dev.aicoder.scan.AnalyzerSetup;

/**
 * The public factory of the SAST analyzers (issue 4), for the scan engine's analyzer catalog:
 * <ul>
 * <li>{@code taint-java} (workspace): request data followed across methods and classes on JavaParser, plus the
 * Java pattern checks (weak hash and cipher, insecure randomness, cookie flags, hard-coded credentials);</li>
 * <li>{@code taint-python} and {@code taint-javascript} (per file): the same flows on tree-sitter trees.</li>
 * </ul>
 */
public final class TaintAnalyzers {

    private TaintAnalyzers() {
    }

    public static List<Analyzer> create(AnalyzerSetup setup) {
        return List.of(new JavaTaintAnalyzer(), ScriptTaintAnalyzer.python(), ScriptTaintAnalyzer.javascript());
    }
}
