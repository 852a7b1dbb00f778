package dev.aicoder.analysis.syntax;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treesitter.TSLanguage;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryException;

import dev.aicoder.source.Language;

/**
 * A compiled tree-sitter query for one language. Compiled queries are immutable and shared between threads (each
 * run uses its own cursor); {@link #compile} keeps them in a bounded cache so a rule's query is compiled once.
 */
public final class SyntaxQuery {

    private static final int CACHE_LIMIT = 4096;
    private static final Map<Key, SyntaxQuery> CACHE = new ConcurrentHashMap<>();
    private static final Pattern ERROR = Pattern.compile("TSQueryError(\\w+) at offset (\\d+)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

    private final Language language;
    private final String source;
    private final TSQuery query;
    private final String[] captureNames;
    private final int[] patternStarts;

    private SyntaxQuery(Language language, String source, TSQuery query) {
        this.language = language;
        this.source = source;
        this.query = query;
        this.captureNames = new String[query.getCaptureCount()];
        for (int i = 0; i < captureNames.length; i++) {
            captureNames[i] = query.getCaptureNameForId(i);
        }
        this.patternStarts = new int[query.getPatternCount()];
        for (int i = 0; i < patternStarts.length; i++) {
            patternStarts[i] = query.getStartByteForPattern(i);
        }
    }

    /**
     * Compiles (or takes from the cache) {@code source} for {@code language}.
     *
     * @throws InvalidQueryException if the query does not compile, or the language has no grammar here
     */
    public static SyntaxQuery compile(Language language, String source) {
        Key key = new Key(language, source);
        SyntaxQuery cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear(); // tenants' rules come and go; a full reset is cheap compared to unbounded growth
        }
        // One compilation per query even when every worker thread asks at once: big merged queries take seconds.
        return CACHE.computeIfAbsent(key, k -> compileUncached(language, source));
    }

    private static SyntaxQuery compileUncached(Language language, String source) {
        var grammar = Grammars.grammar(language).orElseThrow(() -> new InvalidQueryException(
                "no tree-sitter grammar for " + language.id() + " on this machine; use a regex rule", 0, 0));
        if (source == null || source.isBlank()) {
            throw new InvalidQueryException("the query is empty", 0, 0);
        }
        try {
            return new SyntaxQuery(language, source, new TSQuery(grammar, source));
        } catch (TSQueryException e) {
            throw explain(language, grammar, source, e);
        }
    }

    /**
     * Turns tree-sitter's error (a kind and a byte offset) into words. The kind names printed by the Java binding
     * are shifted by one against the C enum, so the kind is worked out from the query text and the grammar instead.
     */
    private static InvalidQueryException explain(Language language, TSLanguage grammar, String source,
            TSQueryException e) {
        Matcher m = ERROR.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return new InvalidQueryException("invalid query: " + e.getMessage(), 0, 0);
        }
        SourceText text = new SourceText(source);
        int offset = text.charOffset(Integer.parseInt(m.group(2)));
        int line = text.lineOf(offset);
        int column = text.columnOf(offset);
        String near = source.substring(offset, Math.min(source.length(), offset + 30)).split("\\R", 2)[0];
        String what = describe(language, grammar, source, offset, near);
        return new InvalidQueryException(what + " at line " + line + ", column " + column
                + (near.isBlank() ? " (end of query)" : " near `" + near.strip() + "`"), line, column);
    }

    private static String describe(Language language, TSLanguage grammar, String source, int offset, String near) {
        if (near.startsWith("@") || offset > 0 && source.charAt(offset - 1) == '@') {
            return "unknown capture '@" + near.replaceFirst("^@", "").split("[^\\w.-]", 2)[0]
                    + "' used in a predicate";
        }
        if (near.startsWith("\"")) {
            String literal = near.length() > 1 ? near.substring(1).split("\"", 2)[0] : "";
            return grammar.symbolForName(literal, false) == 0
                    ? "unknown token \"" + literal + "\" in the " + language.id() + " grammar"
                    : "impossible pattern: token \"" + literal + "\" cannot appear there";
        }
        String body = near.startsWith("(") ? near.substring(1).stripLeading() : near;
        Matcher word = NAME.matcher(body);
        if (!word.lookingAt()) {
            return "query syntax error (unbalanced parentheses or quotes, or a stray character)";
        }
        String name = word.group();
        if (body.substring(name.length()).stripLeading().startsWith(":")) {
            return grammar.fieldIdForName(name) == 0
                    ? "unknown field '" + name + "' in the " + language.id() + " grammar"
                    : "impossible pattern: field '" + name + "' does not belong to that node";
        }
        return grammar.symbolForName(name, true) == 0
                ? "unknown node type '" + name + "' in the " + language.id() + " grammar"
                : "impossible pattern: '" + name + "' cannot appear there";
    }

    public Language language() {
        return language;
    }

    public String source() {
        return source;
    }

    public int patternCount() {
        return query.getPatternCount();
    }

    TSQuery handle() {
        return query;
    }

    String captureName(int index) {
        return captureNames[index];
    }

    /** The capture names used in the query, without {@code @}. */
    public java.util.List<String> captureNames() {
        return java.util.List.of(captureNames);
    }

    /** Byte offset in {@link #source()} where pattern {@code index} starts (to map patterns back to rules). */
    public int patternStart(int index) {
        return patternStarts[index];
    }

    private record Key(Language language, String source) {
        Key {
            Objects.requireNonNull(language, "language");
        }
    }
}
