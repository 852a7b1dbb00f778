package dev.aicoder.analysis.security.deps.version;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 version specifiers: {@code ==}, {@code !=} (both with {@code .*} prefix matching), {@code <=},
 * {@code >=}, {@code <}, {@code >}, {@code ~=}, {@code ===}, comma-separated (all must hold). Exclusive bounds
 * follow the spec: {@code <V} excludes pre-releases of V, {@code >V} excludes post-releases of V.
 */
final class Pep440Scheme extends ParsedScheme<Pep440Version> {

    private static final Pattern CLAUSE = Pattern.compile("^(===|~=|==|!=|<=|>=|<|>)?\\s*(.+)$");

    Pep440Scheme() {
        super("PEP 440");
    }

    @Override
    Pep440Version parse(String version) {
        return Pep440Version.parse(version);
    }

    @Override
    public boolean satisfies(String version, String constraint) {
        Pep440Version v = require(version);
        for (String clause : constraint.split(",")) {
            if (!clause.isBlank() && !clause(v, version.trim(), clause.trim())) {
                return false;
            }
        }
        return true;
    }

    private boolean clause(Pep440Version v, String raw, String clause) {
        Matcher m = CLAUSE.matcher(clause);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid PEP 440 specifier: " + clause);
        }
        String op = m.group(1) == null ? "==" : m.group(1);
        String target = m.group(2).trim();
        if (op.equals("===")) {
            return raw.equalsIgnoreCase(target);
        }
        if (target.endsWith(".*")) {
            if (!op.equals("==") && !op.equals("!=")) {
                throw new IllegalArgumentException("a wildcard is only allowed with == and !=: " + clause);
            }
            boolean prefix = prefixMatch(v, require(target.substring(0, target.length() - 2)));
            return op.equals("==") == prefix;
        }
        Pep440Version t = require(target);
        int c = (t.local() == null ? v.withoutLocal() : v).compareTo(t);
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<=" -> c <= 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0 && !(!t.isPreRelease() && v.isPreRelease() && v.base().equals(t.base()));
            case ">" -> c > 0 && !(!t.isPostRelease() && v.isPostRelease() && v.base().equals(t.base()));
            case "~=" -> compatible(v, t);
            default -> throw new IllegalArgumentException("invalid PEP 440 operator: " + op);
        };
    }

    /** {@code ~=2.2.1} is {@code >=2.2.1, ==2.2.*}; it needs at least two release segments. */
    private static boolean compatible(Pep440Version v, Pep440Version t) {
        if (t.release().length < 2) {
            throw new IllegalArgumentException("~= needs at least two release segments");
        }
        Pep440Version prefix = new Pep440Version(t.epoch(), Arrays.copyOf(t.release(), t.release().length - 1), null,
                Pep440Version.NONE, Pep440Version.NONE, Pep440Version.NONE, null);
        return v.withoutLocal().compareTo(t) >= 0 && prefixMatch(v, prefix);
    }

    /** Release-segment prefix match with zero padding, as {@code ==1.1.*} matches {@code 1.1.0rc1}. */
    private static boolean prefixMatch(Pep440Version v, Pep440Version prefix) {
        if (v.epoch() != prefix.epoch()) {
            return false;
        }
        long[] p = prefix.release();
        for (int i = 0; i < p.length; i++) {
            long segment = i < v.release().length ? v.release()[i] : 0;
            if (segment != p[i]) {
                return false;
            }
        }
        return true;
    }

}
