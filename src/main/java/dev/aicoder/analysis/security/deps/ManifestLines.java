package dev.aicoder.analysis.security.deps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A manifest's lines, split once, with an index from each name-like word (lower case) to the lines that hold it,
 * so locating a package is a lookup rather than a scan. Words are the pieces between quotes, spaces and operators;
 * {@code node_modules/qs}, {@code @babel/core@^7.0.0} and {@code org.yaml:snakeyaml:1.33} also index {@code qs},
 * {@code @babel/core} / {@code core} and {@code snakeyaml}. Not thread-safe.
 */
final class ManifestLines {

    private static final Pattern DELIMITERS = Pattern.compile("[\\s\"'`=:,;()\\[\\]{}<>!~^|]+");
    private static final int MAX_LINES_PER_WORD = 64;

    private final String[] lines;
    private final Map<String, List<Integer>> index = new HashMap<>();

    ManifestLines(String content) {
        this.lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String token : DELIMITERS.split(lines[i])) {
                if (!token.isEmpty()) {
                    indexToken(token.toLowerCase(Locale.ROOT), i);
                }
            }
        }
    }

    private void indexToken(String token, int line) {
        add(token, line);
        int at = token.indexOf('@', 1);
        if (at > 0) {
            add(token.substring(0, at), line);
        }
        for (int slash = token.indexOf('/'); slash >= 0; slash = token.indexOf('/', slash + 1)) {
            String rest = token.substring(slash + 1);
            add(rest, line);
            int restAt = rest.indexOf('@', 1);
            if (restAt > 0) {
                add(rest.substring(0, restAt), line);
            }
        }
    }

    private void add(String word, int line) {
        List<Integer> at = index.computeIfAbsent(word, k -> new ArrayList<>(2));
        if (at.size() < MAX_LINES_PER_WORD && (at.isEmpty() || at.get(at.size() - 1) != line)) {
            at.add(line);
        }
    }

    /** The first line naming the package and its version, else the first naming the package; 0 if none. */
    int lineOf(Dependency d) {
        String shortName = d.name().contains(":") ? d.name().substring(d.name().indexOf(':') + 1) : d.name();
        List<Integer> candidates = index.getOrDefault(shortName.toLowerCase(Locale.ROOT), List.of());
        if (candidates.isEmpty()) {
            return 0;
        }
        if (d.version() != null) {
            for (int i : candidates) {
                if (lines[i].contains(d.version())) {
                    return i + 1;
                }
            }
        }
        return candidates.get(0) + 1;
    }

    String snippet(Dependency d) {
        int line = lineOf(d);
        if (line == 0) {
            return null;
        }
        String text = lines[line - 1].strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
