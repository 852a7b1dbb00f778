package dev.aicoder.analysis.quality.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Matcher;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.quality.rules.CompiledRules.ForLanguage;
import dev.aicoder.analysis.quality.rules.CompiledRules.RegexRule;
import dev.aicoder.analysis.syntax.Capture;
import dev.aicoder.analysis.syntax.QueryMatch;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.analysis.syntax.SyntaxQuery;
import dev.aicoder.analysis.syntax.SyntaxTree;

/** Runs one language's compiled rules over one file and turns matches into findings. */
final class RuleRunner {

    private static final int SNIPPET_LINES = 5;

    private final ForLanguage rules;
    private final String path;
    private final SourceText text;
    private final Optional<SyntaxTree> tree;
    private final BooleanSupplier cancelled;
    private final List<QueryMatch> queryMatches;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, List<Capture>> scopes = new HashMap<>();

    /**
     * @param queryMatches matches of {@code rules.source} on {@code tree} (pattern starts relative to it), or
     *        {@code null} to run the query here
     */
    RuleRunner(ForLanguage rules, String path, SourceText text, Optional<SyntaxTree> tree, BooleanSupplier cancelled,
            List<QueryMatch> queryMatches) {
        this.rules = rules;
        this.path = path;
        this.text = text;
        this.tree = tree;
        this.cancelled = cancelled;
        this.queryMatches = queryMatches;
    }

    List<Finding> run() {
        if (rules.source != null && tree.isPresent()) {
            List<QueryMatch> matches = queryMatches != null ? queryMatches
                    : tree.get().matches(rules.combined(), cancelled);
            for (QueryMatch match : matches) {
                onQueryMatch(rules.ruleOfPattern(match.patternStart()), match);
            }
        }
        for (RegexRule rule : rules.regexRules) {
            runRegex(rule);
        }
        return findings;
    }

    private void onQueryMatch(RuleDefinition rule, QueryMatch match) {
        Capture at = match.capture("match").or(match::widest).orElse(null);
        if (at == null || !inScope(rule, at)) {
            return;
        }
        Function<String, String> lookup = name -> match.capture(name).map(Capture::text).orElse(null);
        add(rule, at.startOffset(), at.endOffset(), lookup);
    }

    private boolean inScope(RuleDefinition rule, Capture at) {
        SyntaxQuery exclude = rules.notInside.get(rule.id());
        if (exclude != null && scope("!" + rule.id(), exclude).stream().anyMatch(at::within)) {
            return false;
        }
        SyntaxQuery include = rules.inside.get(rule.id());
        return include == null || scope(rule.id(), include).stream().anyMatch(at::within);
    }

    private List<Capture> scope(String key, SyntaxQuery query) {
        return scopes.computeIfAbsent(key, k -> tree.orElseThrow().matches(query, cancelled).stream()
                .map(m -> m.widest().orElseThrow()).toList());
    }

    private void runRegex(RegexRule rule) {
        Matcher m = rule.pattern().matcher(new CancellableText(text.text(), cancelled));
        while (m.find()) {
            int start = m.start();
            int end = Math.max(m.end(), start);
            if (rule.unless() != null && rule.unless().matcher(text.line(text.lineOf(start))).find()) {
                continue;
            }
            Function<String, String> lookup = name -> group(m, name);
            add(rule.rule(), start, end, lookup);
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return name.chars().allMatch(Character::isDigit) ? m.group(Integer.parseInt(name)) : m.group(name);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private void add(RuleDefinition rule, int start, int end, Function<String, String> lookup) {
        int startLine = text.lineOf(start);
        int endLine = text.lineOf(end);
        if (!seen.add(rule.id() + ":" + start + ":" + end)) {
            return;
        }
        Finding.Builder b = Finding.builder(rule.id()).rule(rule.descriptor())
                .message(Placeholders.fill(rule.message() == null ? rule.title() : rule.message(), lookup, true))
                .path(path)
                .range(startLine, text.columnOf(start), endLine, text.columnOf(end))
                .snippet(snippet(startLine, endLine))
                .language(rules.language)
                .confidence(rule.confidence());
        if (rule.fix() != null) {
            b.fix(new Finding.Fix(rule.fix().description(), Placeholders.fill(rule.fix().replacement(), lookup,
                    false), null));
        }
        findings.add(b.build());
    }

    private String snippet(int startLine, int endLine) {
        StringBuilder out = new StringBuilder();
        for (int line = startLine; line <= Math.min(endLine, startLine + SNIPPET_LINES - 1); line++) {
            out.append(line > startLine ? "\n" : "").append(text.line(line));
        }
        return out.toString();
    }
}
