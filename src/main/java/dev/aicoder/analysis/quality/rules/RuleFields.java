package dev.aicoder.analysis.quality.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of one YAML mapping that record a {@link RuleProblem} for every field that is missing or wrong. */
final class RuleFields {

    private final JsonNode node;
    private final String file;
    private final String ruleId;
    private final List<RuleProblem> problems;

    RuleFields(JsonNode node, String file, String ruleId, List<RuleProblem> problems) {
        this.node = node;
        this.file = file;
        this.ruleId = ruleId;
        this.problems = problems;
    }

    void problem(String message) {
        problems.add(new RuleProblem(file, ruleId, message));
    }

    /** Reports every key not in {@code allowed}, suggesting the closest allowed one. */
    void rejectUnknown(Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                String hint = closest(key, allowed);
                problem("unknown field '" + key + "' in " + where + (hint == null ? "" : " (did you mean '" + hint
                        + "'?)") + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    String text(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem("missing required field '" + field + "'");
            }
            return null;
        }
        if (!v.isValueNode() || v.isBoolean()) {
            problem("field '" + field + "' must be a string, not " + kind(v));
            return null;
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            problem("field '" + field + "' must not be empty");
            return null;
        }
        return s;
    }

    <T> T choice(String field, boolean required, T fallback, Function<String, T> parse, String allowed) {
        String s = text(field, required);
        if (s == null) {
            return fallback;
        }
        try {
            return parse.apply(s.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(field + " '" + s + "' is not one of " + allowed);
            return fallback;
        }
    }

    /** A list of strings; a single string is accepted as a list of one. */
    List<String> texts(String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            problem("field '" + field + "' must be a list, not " + kind(v));
            return out;
        }
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull()) {
                problem("field '" + field + "' must hold strings only, found " + kind(item));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    /** CWE ids as numbers; {@code 79}, {@code "79"} and {@code "CWE-79"} are all accepted. */
    List<Integer> cwe() {
        List<Integer> out = new ArrayList<>();
        for (String s : texts("cwe")) {
            String digits = s.trim().toUpperCase(Locale.ROOT).replaceFirst("^CWE-", "");
            try {
                int id = Integer.parseInt(digits);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                out.add(id);
            } catch (NumberFormatException e) {
                problem("cwe '" + s + "' is not a CWE id (write 79 or CWE-79)");
            }
        }
        return out;
    }

    /** Reads of a nested mapping, reporting problems against the same file and rule. */
    RuleFields nested(JsonNode child) {
        return new RuleFields(child, file, ruleId, problems);
    }

    JsonNode child(String field) {
        return node.get(field);
    }

    static String kind(JsonNode v) {
        if (v == null || v.isNull()) {
            return "nothing";
        }
        return v.isArray() ? "a list" : v.isObject() ? "a mapping" : v.isBoolean() ? "a boolean"
                : v.isNumber() ? "a number" : "a string";
    }

    private static String closest(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
