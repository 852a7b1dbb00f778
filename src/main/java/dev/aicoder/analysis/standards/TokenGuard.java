package dev.aicoder.analysis.standards;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style fix must not lose code: every token of the original must still be in the fixed text, except the tokens
 * the fix's rule exists to remove (a redundant semicolon, parentheses, a default initialiser, an unused import...).
 * Parsing alone does not catch a fix that drops a statement: OpenRewrite's DefaultComesLast once deleted a
 * {@code default: return x;} branch, which still parsed but no longer compiled.
 */
final class TokenGuard {

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|[\\p{L}_$][\\p{L}\\p{N}_$]*|\\p{N}[\\p{L}\\p{N}_.]*|\\S");
    private static final Pattern DEFAULT_VALUE = Pattern.compile("=|0[lLfFdD]?|0\\.0[fFdD]?|false|null|'\\\\u0000'");
    private static final Pattern LOWER_LONG = Pattern.compile("\\p{N}[\\p{N}_xXa-fA-F.]*l");
    private static final Map<String, Predicate<String>> REMOVABLE = Map.of(
            "standards.java.extra-semicolons", t -> t.equals(";"),
            "standards.java.unnecessary-parentheses", t -> t.equals("(") || t.equals(")"),
            "standards.java.redundant-initialization", t -> DEFAULT_VALUE.matcher(t).matches(),
            "standards.java.one-variable-per-declaration", t -> t.equals(","),
            "standards.java.long-literal-suffix", t -> LOWER_LONG.matcher(t).matches());
    private static final Set<String> IMPORT_EDITORS = Set.of("standards.java.unused-import",
            "standards.java.import-order", "standards.java.format");

    private TokenGuard() {
    }

    /** True when every token missing from {@code fixed} may be removed by one of {@code rules}. */
    static boolean keepsCode(String original, String fixed, Set<String> rules) {
        Map<String, Integer> lost = count(original);
        count(fixed).forEach((t, n) -> lost.computeIfPresent(t, (k, m) -> m - n > 0 ? m - n : null));
        if (lost.isEmpty()) {
            return true;
        }
        Set<String> importTokens = rules.stream().anyMatch(IMPORT_EDITORS::contains) ? importTokens(original)
                : Set.of();
        for (String token : lost.keySet()) {
            boolean allowed = importTokens.contains(token)
                    || rules.stream().map(REMOVABLE::get).anyMatch(p -> p != null && p.test(token));
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    private static Set<String> importTokens(String text) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("import ")) {
                out.addAll(count(line).keySet());
            }
        }
        return out;
    }
}
