package dev.aicoder.analysis.architecture.suggest;

import java.util.List;

/**
 * A ranked refactoring proposal with its evidence.
 *
 * @param key stable within a code base across scans (kind and target), e.g. {@code split-class:com.acme.Orders}
 * @param rank 1 is the most worthwhile
 * @param target the class, interface or package to change
 * @param rationale why, in one or two sentences
 * @param evidence facts from the code that support it
 * @param steps what to do, in order
 * @param score benefit for the effort, higher is better (what the rank is computed from)
 * @param effort {@code small}, {@code medium} or {@code large}
 * @param path file to open first, with {@code line}
 * @param explanation a short explanation for humans (template, or written by a model when one is configured)
 */
public record Suggestion(String key, int rank, SuggestionKind kind, String target, String title, String rationale,
        List<String> evidence, List<String> steps, double score, String effort, String path, int line,
        String explanation) {

    public Suggestion {
        evidence = List.copyOf(evidence);
        steps = List.copyOf(steps);
    }

    public Suggestion withRank(int value) {
        return new Suggestion(key, value, kind, target, title, rationale, evidence, steps, score, effort, path, line,
                explanation);
    }

    public Suggestion withExplanation(String value) {
        return new Suggestion(key, rank, kind, target, title, rationale, evidence, steps, score, effort, path, line,
                value);
    }
}
