package dev.aicoder.analysis.quality.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {{name}}} placeholders in messages and fix templates. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");
    private static final int MAX_TEXT = 80;

    private Placeholders() {
    }

    static Set<String> names(String template) {
        Set<String> out = new LinkedHashSet<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Replaces each placeholder with {@code lookup(name)}; unknown names stay as written. */
    static String fill(String template, Function<String, String> lookup, boolean shorten) {
        if (template == null || template.indexOf("{{") < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = lookup.apply(m.group(1));
            value = value == null ? m.group() : shorten ? shorten(value) : value;
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shorten(String value) {
        String line = value.strip().split("\\R", 2)[0];
        boolean cut = line.length() > MAX_TEXT || line.length() < value.strip().length();
        return cut ? line.substring(0, Math.min(line.length(), MAX_TEXT)) + "…" : line;
    }
}
