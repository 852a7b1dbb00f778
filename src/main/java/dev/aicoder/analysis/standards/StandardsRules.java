package dev.aicoder.analysis.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;

/** Descriptors of the standards rules (the severity actually used comes from the profile). */
public final class StandardsRules {

    public static final String ANALYZER = "standards";

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            text("standards.line-length", "Line longer than the profile allows",
                    "Long lines are hard to read side by side and in reviews. **Fix:** wrap the line."),
            text("standards.trailing-whitespace", "Trailing whitespace",
                    "Invisible characters that make noisy diffs. **Fix:** removed automatically."),
            text("standards.tab-indent", "Indented with tabs", "The profile indents with spaces. **Fix:** automatic."),
            text("standards.space-indent", "Indented with spaces",
                    "The profile (gofmt) indents with tabs. **Fix:** automatic for whole indentation units."),
            text("standards.crlf", "Windows line endings", "The profile uses LF. **Fix:** automatic."),
            text("standards.final-newline", "No newline at end of file",
                    "Tools and diffs expect a final newline. **Fix:** automatic."),
            text("standards.java.format", "File not formatted as the profile requires",
                    "google-java-format would change the file. **Fix:** automatic (google-java-format)."),
            text("standards.java.unused-import", "Unused import", "**Fix:** the import is removed automatically."),
            text("standards.java.import-order", "Imports out of order", "**Fix:** imports are sorted automatically."),
            text("standards.java.wildcard-import", "Wildcard import",
                    "Hides where names come from and breaks when a new class appears. **Fix:** import by name."),
            text("standards.java.naming", "Name does not follow the Java naming conventions",
                    "**Fix:** rename (UpperCamelCase types, lowerCamelCase members, UPPER_SNAKE_CASE constants)."),
            text("standards.java.braces", "Body of if/else/loop without braces",
                    "An added line silently falls outside the body. **Fix:** braces added automatically."),
            text("standards.java.missing-javadoc", "Public API without Javadoc", "**Fix:** document it."),
            text("standards.java.modifier-order", "Modifiers out of order", "**Fix:** automatic (OpenRewrite)."),
            text("standards.java.long-literal-suffix", "Lower-case literal suffix",
                    "`1l` reads as `11`. **Fix:** automatic (OpenRewrite)."),
            text("standards.java.one-variable-per-declaration", "Several variables in one declaration",
                    "**Fix:** automatic (OpenRewrite)."),
            text("standards.java.redundant-initialization", "Field initialised to its default value",
                    "**Fix:** automatic (OpenRewrite)."),
            text("standards.java.default-comes-last", "default case not last", "**Fix:** automatic (OpenRewrite)."),
            text("standards.java.final-parameters", "Parameter not final", "**Fix:** automatic (OpenRewrite)."),
            text("standards.java.utility-class-constructor", "Utility class with a visible constructor",
                    "**Fix:** a private constructor is added automatically (OpenRewrite)."),
            text("standards.java.extra-semicolons", "Unnecessary semicolon", "**Fix:** automatic (OpenRewrite)."),
            text("standards.java.unnecessary-parentheses", "Unnecessary parentheses",
                    "**Fix:** automatic (OpenRewrite)."));

    private StandardsRules() {
    }

    private static Map.Entry<String, String[]> text(String id, String title, String description) {
        return Map.entry(id, new String[] {title, description});
    }

    public static RuleDescriptor descriptor(String id) {
        String[] t = TEXTS.getOrDefault(id, new String[] {id, ""});
        return new RuleDescriptor(id, t[0], t[1], Severity.LOW, Category.STANDARDS, List.of(), List.of("style"),
                ANALYZER);
    }

    public static List<RuleDescriptor> all() {
        List<RuleDescriptor> out = new ArrayList<>();
        TEXTS.keySet().stream().sorted().forEach(id -> out.add(descriptor(id)));
        return out;
    }
}
