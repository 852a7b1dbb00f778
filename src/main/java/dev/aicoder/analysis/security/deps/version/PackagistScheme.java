package dev.aicoder.analysis.security.deps.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composer constraints: {@code ||} (or {@code |}) between alternatives, spaces or commas for "and", operators
 * {@code = == != < <= > >=}, caret {@code ^1.2.3} (next significant release), tilde {@code ~1.2} (next major when
 * one dot, else next minor), wildcards {@code 1.2.*} and hyphen ranges {@code 1.0 - 2.0}.
 */
final class PackagistScheme extends ParsedScheme<ComposerVersion> {

    private static final Pattern CLAUSE = Pattern.compile("^(==|=|!=|<>|<=|>=|<|>|\\^|~)?\\s*v?([0-9][0-9a-zA-Z.*\\-]*)$");

    PackagistScheme() {
        super("Composer");
    }

    @Override
    ComposerVersion parse(String version) {
        return ComposerVersion.parse(version);
    }

    @Override
    public boolean satisfies(String version, String constraint) {
        ComposerVersion v = require(version);
        for (String alternative : constraint.split("\\|\\|?")) {
            if (conjunction(v, alternative.trim())) {
                return true;
            }
        }
        return false;
    }

    private boolean conjunction(ComposerVersion v, String text) {
        Matcher hyphen = Pattern.compile("^(\\S+)\\s+-\\s+(\\S+)$").matcher(text);
        if (hyphen.matches()) {
            return v.compareTo(require(hyphen.group(1))) >= 0 && upperOfPartial(hyphen.group(2), v);
        }
        String normalized = text.replaceAll("(==|=|!=|<>|<=|>=|<|>|\\^|~)\\s+", "$1");
        for (String clause : normalized.split("[\\s,]+")) {
            if (!clause.isEmpty() && !clause(v, clause)) {
                return false;
            }
        }
        return true;
    }

    private boolean clause(ComposerVersion v, String clause) {
        if (clause.equals("*")) {
            return true;
        }
        Matcher m = CLAUSE.matcher(clause);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid Composer constraint: " + clause);
        }
        String op = m.group(1) == null ? "=" : m.group(1);
        String target = m.group(2);
        if (target.endsWith(".*") || target.endsWith(".x")) {
            long[] prefix = numbers(target.substring(0, target.length() - 2));
            return v.compareTo(ComposerVersion.of(prefix).lowest()) >= 0 && v.compareTo(next(prefix, prefix.length - 1)) < 0;
        }
        ComposerVersion t = require(target);
        long[] n = numbers(target.replaceAll("[-_]?[a-zA-Z].*$", ""));
        int c = v.compareTo(t);
        return switch (op) {
            case "=", "==" -> c == 0;
            case "!=", "<>" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "^" -> c >= 0 && v.compareTo(next(n, caretIndex(n))) < 0;
            default -> c >= 0 && v.compareTo(next(n, n.length == 1 ? 0 : n.length - 2)) < 0;
        };
    }

    /** The first non-zero part for caret ranges ({@code ^0.3} -> below 0.4, {@code ^0.0.3} -> below 0.0.4). */
    private static int caretIndex(long[] n) {
        for (int i = 0; i < n.length - 1; i++) {
            if (n[i] != 0) {
                return i;
            }
        }
        return n.length - 1;
    }

    /** {@code 1.2.3} bumped at index 1 is {@code 1.3.0.0-dev}: the lowest version of the next step. */
    private static ComposerVersion next(long[] n, int index) {
        long[] p = new long[index + 1];
        System.arraycopy(n, 0, p, 0, index + 1);
        p[index]++;
        return ComposerVersion.of(p).lowest();
    }

    /** The end of a hyphen range: a partial {@code 2.0} includes all of 2.0.*, a full version is inclusive. */
    private boolean upperOfPartial(String upper, ComposerVersion v) {
        long[] n = numbers(upper);
        return n.length < 3 ? v.compareTo(next(n, n.length - 1)) < 0 : v.compareTo(require(upper)) <= 0;
    }

    private static long[] numbers(String text) {
        String[] parts = text.replaceFirst("^v", "").split("\\.");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        return out;
    }

}
