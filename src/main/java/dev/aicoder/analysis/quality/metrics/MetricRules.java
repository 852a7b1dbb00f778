package dev.aicoder.analysis.quality.metrics;

import java.util.List;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;

/** The rules the metrics analyzers report, with help text for SARIF and the catalogue. */
public final class MetricRules {

    public static final String ANALYZER = "metrics";

    public static final RuleDescriptor COMPLEXITY = rule("metrics.complexity", "Function too complex",
            "Cyclomatic complexity counts the independent paths through a function (1 + each `if`, loop, `case`, "
                    + "`catch`, `&&`, `||` and ternary). Above the limit a function is hard to understand and needs "
                    + "many tests to cover.\n**Fix:** extract well-named helper functions, replace nested conditions "
                    + "with early returns, and use lookup tables or polymorphism instead of long `switch`/`if` chains. "
                    + "Limit: `metrics.max-complexity` (default 15).", Severity.MEDIUM);
    public static final RuleDescriptor FUNCTION_LENGTH = rule("metrics.function-length", "Function too long",
            "Long functions do several things at once, hide bugs and are hard to review.\n**Fix:** split the "
                    + "function into steps with descriptive names. Limit: `metrics.max-function-lines` (default 80).",
            Severity.LOW);
    public static final RuleDescriptor NESTING = rule("metrics.nesting", "Control flow nested too deeply",
            "Each nested `if`/loop/`try` multiplies the states a reader must keep in mind; deep nesting is a strong "
                    + "predictor of defects.\n**Fix:** return early for edge cases, invert conditions, and move inner "
                    + "blocks into functions. Limit: `metrics.max-nesting` (default 4).", Severity.MEDIUM);
    public static final RuleDescriptor PARAMETERS = rule("metrics.parameters", "Too many parameters",
            "Many parameters make calls easy to get wrong (swapped arguments) and signal that the function does too "
                    + "much.\n**Fix:** group related values into a parameter object or record, or split the function. "
                    + "Limit: `metrics.max-parameters` (default 7).", Severity.LOW);
    public static final RuleDescriptor FILE_LENGTH = rule("metrics.file-length", "File too long",
            "Very long files mix responsibilities and are hard to navigate and review.\n**Fix:** split the file by "
                    + "responsibility into smaller modules or classes. Limit: `metrics.max-file-lines` code lines "
                    + "(default 1000).", Severity.LOW);
    public static final RuleDescriptor DUPLICATION = rule("metrics.duplicated-block", "Duplicated code",
            "Copy-pasted blocks must be changed in every copy; fixes applied to one copy and forgotten in the other "
                    + "are a classic source of bugs.\n**Fix:** extract the shared code into a function, class or "
                    + "module used by both places. Minimum size: `metrics.duplicate-min-tokens` (default 100) and "
                    + "`metrics.duplicate-min-lines` (default 6).", Severity.LOW);

    public static final List<RuleDescriptor> FILE_RULES = List.of(COMPLEXITY, FUNCTION_LENGTH, NESTING, PARAMETERS,
            FILE_LENGTH);

    private MetricRules() {
    }

    private static RuleDescriptor rule(String id, String title, String description, Severity severity) {
        return new RuleDescriptor(id, title, description, severity, Category.MAINTAINABILITY, List.of(),
                List.of("metrics"), ANALYZER);
    }
}
