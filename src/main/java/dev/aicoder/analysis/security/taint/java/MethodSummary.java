package dev.aicoder.analysis.security.taint.java;

import java.util.List;

import dev.aicoder.analysis.security.taint.Step;
import dev.aicoder.analysis.security.taint.Taint;
import dev.aicoder.analysis.security.taint.TaintKind;

/**
 * What a method does with taint, for its callers: what its return value carries (parameter markers and request
 * data it reads itself), and which parameters reach which sinks inside it (with the hops from parameter to sink).
 */
record MethodSummary(Taint returns, List<ParamSink> sinks) {

    static final MethodSummary EMPTY = new MethodSummary(Taint.CLEAN, List.of());

    record ParamSink(int param, TaintKind kind, List<Step> steps, Step sink, String snippet,
            java.util.Set<TaintKind> neutralized) {
    }
}
