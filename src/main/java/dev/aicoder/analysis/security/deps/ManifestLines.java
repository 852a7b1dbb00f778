package dev.aicoder.analysis.security.deps;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A manifest's lines, split once, with the line declaring each package remembered. Not thread-safe. */
final class ManifestLines {

    private final String[] lines;
    private final Map<String, Integer> memo = new HashMap<>();

    ManifestLines(String content) {
        this.lines = content.split("\r?\n", -1);
    }

    /** The first line naming the package and its version, else the first naming the package; 0 if none. */
    int lineOf(Dependency d) {
        return memo.computeIfAbsent(d.coordinates(), k -> find(d));
    }

    String snippet(Dependency d) {
        int line = lineOf(d);
        if (line == 0) {
            return null;
        }
        String text = lines[line - 1].strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private int find(Dependency d) {
        String shortName = d.name().contains(":") ? d.name().substring(d.name().indexOf(':') + 1) : d.name();
        if (shortName.isEmpty()) {
            return 0;
        }
        // the name as a whole word: "qs" must not match inside "requests"
        Pattern name = Pattern.compile("(?<![A-Za-z0-9_.\\-])" + Pattern.quote(shortName) + "(?![A-Za-z0-9_\\-])",
                Pattern.CASE_INSENSITIVE);
        int nameOnly = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(shortName.substring(0, 1)) && name.matcher(lines[i]).find()) {
                if (d.version() != null && lines[i].contains(d.version())) {
                    return i + 1;
                }
                if (nameOnly == 0) {
                    nameOnly = i + 1;
                }
            }
        }
        return nameOnly;
    }
}
