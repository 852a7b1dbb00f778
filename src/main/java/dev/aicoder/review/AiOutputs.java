package dev.aicoder.review;

import java.util.List;

/**
 * Typed outputs of the AI services. Component names are single words on purpose: the JSON the model is asked
 * for uses them verbatim, whatever naming strategy the HTTP API's JSON uses.
 */
public final class AiOutputs {

    private AiOutputs() {
    }

    /**
     * One problem the model found. {@code file} is the path as given in the prompt, {@code line} a line number
     * from the numbered code, {@code severity} critical|high|medium|low|info, {@code category}
     * security|quality|performance|maintainability|standards, {@code cwe} a CWE number or 0.
     */
    public record AiFinding(String file, int line, String severity, String category, int cwe, String title,
            String rationale, String suggestion) {
    }

    public record ReviewOutput(List<AiFinding> findings) {
    }

    /** A refactoring proposal: where, what, why, and the changed code. */
    public record Refactoring(int line, String title, String rationale, String suggestion) {
    }

    public record RefactorOutput(List<Refactoring> suggestions) {
    }

    /** What code does: a summary, the steps it takes, and risks worth knowing. */
    public record Explanation(String summary, List<String> steps, List<String> risks) {
    }

    /** Generated documentation: {@code style} is docstring, javadoc, jsdoc or readme; {@code text} the docs. */
    public record Documentation(String style, String text) {
    }

    /** A model's explanation of one architecture suggestion, by the suggestion's {@code key}. */
    public record SuggestionNote(String key, String explanation) {
    }

    public record SuggestionNotes(List<SuggestionNote> notes) {
    }
}
