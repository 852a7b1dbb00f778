package dev.aicoder.analysis;

import java.util.List;

/**
 * What a rule checks, for reports (SARIF {@code rules}, HTML help) and the rules catalogue: {@code description}
 * says why it matters and how to fix it, in Markdown.
 */
public record RuleDescriptor(String id, String title, String description, Severity severity, Category category,
        List<Integer> cwe, List<String> tags, String analyzer) {

    public RuleDescriptor {
        cwe = cwe == null ? List.of() : List.copyOf(cwe);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
