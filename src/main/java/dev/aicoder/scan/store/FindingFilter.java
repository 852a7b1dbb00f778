package dev.aicoder.scan.store;

import java.util.List;

/**
 * Filters of a findings listing; null or empty means no filter. {@code file} is an exact path, or a prefix when it
 * ends with {@code /} or {@code *}.
 */
public record FindingFilter(List<String> severities, List<String> categories, List<String> languages,
        List<String> rules, String file, Boolean suppressed) {

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null, null, null);
    }
}
