package dev.aicoder.analysis.security.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.aicoder.analysis.Severity;

/**
 * One provider key format, as read from {@code security/secrets/rules.yaml}.
 *
 * @param keywords lower-case strings of which a line must contain one before the regex runs (a cheap pre-filter)
 * @param keywordContext when non-empty, the line must also contain one of these (for formats too common alone)
 * @param minEntropy minimum Shannon entropy, in bits per character, of the captured value
 * @param placeholderCheck drop values that look like placeholders ({@code changeme}, {@code ${VAR}}...)
 * @param verify name of a live verifier that can check this kind of key, or null
 */
public record SecretRule(String id, String title, String provider, Pattern pattern, int group,
        List<String> keywords, List<String> keywordContext, Severity severity, double minEntropy, int cwe,
        boolean privateKey, boolean jwt, boolean placeholderCheck, String verify) {

    public SecretRule {
        keywords = keywords == null ? List.of() : keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        keywordContext = keywordContext == null ? List.of()
                : keywordContext.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    }

    /** The finding rule id: {@code secrets/<id>}. */
    public String ruleId() {
        return "secrets/" + id;
    }

    /** Whether the lower-cased line may hold this kind of secret; false skips the regex. */
    public boolean mayMatch(String lowerLine) {
        return contains(lowerLine, keywords) && (keywordContext.isEmpty() || contains(lowerLine, keywordContext));
    }

    private static boolean contains(String line, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (line.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
