package dev.aicoder.analysis.quality.rules;

import java.util.List;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.source.Language;

/**
 * One rule of a rule pack, as written in YAML: what it reports and how it matches (a tree-sitter {@code query} or
 * a {@code regex}, never both), with examples that must (positive) and must not (negative) make it fire.
 *
 * @param languages the languages it runs on; the first is its own (examples default to it)
 * @param message finding message template; {@code {{name}}} is replaced by the text of capture {@code @name} (or
 *        regex group {@code name}/number); defaults to the title
 * @param unless regex: a match whose line also matches this is dropped
 * @param notInside query: a match lying inside a capture of this query is dropped
 * @param inside query: a match is kept only when it lies inside a capture of this query
 * @param source file the rule came from, for error messages
 */
public record RuleDefinition(String id, String title, String description, Severity severity, Category category,
        List<Integer> cwe, List<String> tags, Confidence confidence, List<Language> languages, String message,
        String query, String regex, String unless, String notInside, String inside, FixTemplate fix,
        List<Example> examples, String source) {

    public static final String ANALYZER = "rules";

    public RuleDefinition {
        cwe = cwe == null ? List.of() : List.copyOf(cwe);
        tags = tags == null ? List.of() : List.copyOf(tags);
        languages = List.copyOf(languages);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    public Language primaryLanguage() {
        return languages.get(0);
    }

    public boolean usesQuery() {
        return query != null;
    }

    public RuleDescriptor descriptor() {
        return new RuleDescriptor(id, title, description, severity, category, cwe, tags, ANALYZER);
    }

    /** A proposed replacement for the matched code; {@code {{name}}} placeholders as in the message. */
    public record FixTemplate(String description, String replacement) {
    }

    /** Code that must ({@code positive}) or must not make the rule fire, parsed as {@code language}. */
    public record Example(String code, Language language, boolean positive) {
    }
}
