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
    /**
     * Rules whose fix may re-flow comments: google-java-format rewraps Javadoc, drops its {@code *} margins and
     * redundant {@code </p>}/{@code </li>}. For them code tokens are compared outside comments and, inside
     * comments, only the words must all still be there.
     */
    private static final Set<String> COMMENT_REFLOWERS = Set.of("standards.java.format");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_$]+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

    private TokenGuard() {
    }

    /** True when every token missing from {@code fixed} may be removed by one of {@code rules}. */
    static boolean keepsCode(String original, String fixed, Set<String> rules) {
        if (rules.stream().anyMatch(COMMENT_REFLOWERS::contains)) {
            JavaText before = JavaText.split(original);
            JavaText after = JavaText.split(fixed);
            return lost(count(WORD, prose(before.comments())), count(WORD, prose(after.comments()))).isEmpty()
                    && keeps(before.code(), after.code(), rules);
        }
        return keeps(original, fixed, rules);
    }

    private static boolean keeps(String original, String fixed, Set<String> rules) {
        Map<String, Integer> lost = lost(count(TOKEN, original), count(TOKEN, fixed));
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

    /** The words of comments without their HTML tags (the formatter closes or drops {@code </p>}, {@code </li>}). */
    private static String prose(String comments) {
        return HTML_TAG.matcher(comments).replaceAll(" ");
    }

    private static Map<String, Integer> lost(Map<String, Integer> before, Map<String, Integer> after) {
        after.forEach((t, n) -> before.computeIfPresent(t, (k, m) -> m - n > 0 ? m - n : null));
        return before;
    }

    private static Map<String, Integer> count(Pattern pattern, String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    private static Set<String> importTokens(String text) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("import ")) {
                out.addAll(count(TOKEN, line).keySet());
            }
        }
        return out;
    }

    /** Java source split into its code (comments replaced by a space) and the text of its comments. */
    record JavaText(String code, String comments) {

        static JavaText split(String source) {
            StringBuilder code = new StringBuilder(source.length());
            StringBuilder comments = new StringBuilder();
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end + 3;
                    code.append(source, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    int end = Math.min(n, j + 1);
                    code.append(source, i, end);
                    i = end;
                } else if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    comments.append(source, i + 2, end).append('\n');
                    code.append(' ');
                    i = end;
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    comments.append(source, i + 2, Math.max(i + 2, end - 2)).append('\n');
                    code.append(' ');
                    i = end;
                } else {
                    code.append(c);
                    i++;
                }
            }
            return new JavaText(code.toString(), comments.toString());
        }
    }
}
