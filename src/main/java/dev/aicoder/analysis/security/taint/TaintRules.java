package dev.aicoder.analysis.security.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.source.Language;

/**
 * Rule ids, descriptors and findings of the SAST analyzers: {@code <prefix>.taint.<kind>} for flows of untrusted
 * data, {@code java.sast.<kind>} for the Java pattern checks. Every finding carries its CWE, so the compliance mapping
 * (CWE → OWASP Top 10, ...) and the duplicate merger see it; flows carry their trace in the message and in the
 * {@code taint_trace} property.
 */
public final class TaintRules {

    public static final String TRACE = "taint_trace";

    private TaintRules() {
    }

    public static String ruleId(String prefix, TaintKind kind) {
        return prefix + (kind.taint() ? ".taint." : ".sast.") + kind.slug();
    }

    public static List<RuleDescriptor> descriptors(String prefix, String analyzer, List<TaintKind> kinds,
            String languageName) {
        List<RuleDescriptor> out = new ArrayList<>();
        for (TaintKind k : kinds) {
            String why = k.taint()
                    ? "Untrusted input (" + languageName + " request data) reaches a " + k.title()
                            + " sink without a sanitizer on the way; the finding's trace lists each hop."
                    : k.title() + " (" + languageName + ").";
            out.add(new RuleDescriptor(ruleId(prefix, k), k.title(), why + "\n\n**Fix:** " + k.fix(), k.severity(),
                    Category.SECURITY, List.of(k.cwe()), List.of("sast", k.taint() ? "taint" : "pattern"),
                    analyzer));
        }
        return out;
    }

    /** A finding for a flow from a source to a sink; the location is the sink. */
    public static Finding flow(String prefix, String analyzer, Language language, TaintKind kind, Step sink,
            Origin origin, String snippet) {
        List<Step> steps = new ArrayList<>(origin.steps());
        steps.add(sink);
        String trace = steps.stream().map(s -> s.render(sink.path())).collect(Collectors.joining(" -> "));
        Step source = steps.get(0);
        String message = kind.title() + ": untrusted data from " + source.what() + " (line " + source.line()
                + (source.path().equals(sink.path()) ? "" : " of " + source.path()) + ") reaches " + sink.what()
                + " without sanitizing. Trace: " + trace + ". " + kind.fix();
        return Finding.builder(ruleId(prefix, kind)).title(kind.title()).message(message).severity(kind.severity())
                .category(Category.SECURITY).cwe(kind.cwe()).path(sink.path()).line(sink.line()).snippet(snippet)
                .language(language).analyzer(analyzer).confidence(Confidence.HIGH)
                .tags(List.of("sast", "taint")).property(TRACE, trace)
                .property("source_line", Integer.toString(source.line())).build();
    }

    /** A finding of a pattern check (no trace). */
    public static Finding check(String prefix, String analyzer, Language language, TaintKind kind, String path,
            int line, String detail, String snippet) {
        return Finding.builder(ruleId(prefix, kind)).title(kind.title()).message(kind.title() + ": " + detail + ". "
                + kind.fix()).severity(kind.severity()).category(Category.SECURITY).cwe(kind.cwe()).path(path)
                .line(line).snippet(snippet).language(language).analyzer(analyzer).confidence(Confidence.HIGH)
                .tags(List.of("sast", "pattern")).build();
    }
}
