package dev.aicoder.analysis.security.deps.version;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Composer (Packagist) version normalised as Composer does: up to four numeric parts (missing ones are 0), then
 * a stability: {@code dev < alpha < beta < RC < stable < patch}, each with an optional number. Branch names such as
 * {@code dev-main} are not versions.
 */
record ComposerVersion(long[] parts, int stability, long stabilityNumber) implements Comparable<ComposerVersion> {

    static final int DEV = 0;
    static final int ALPHA = 1;
    static final int BETA = 2;
    static final int RC = 3;
    static final int STABLE = 4;
    static final int PATCH = 5;
    private static final Pattern PATTERN = Pattern.compile(
            "^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[._-]?(stable|beta|b|rc|alpha|a|patch|pl|p|dev)"
                    + "(?:[.-]?(\\d+))?)?(?:[.-]?dev)?$");

    static ComposerVersion parse(String text) {
        Matcher m = PATTERN.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long[] parts = new long[4];
        for (int i = 0; i < 4; i++) {
            parts[i] = m.group(i + 1) == null ? 0 : Long.parseLong(m.group(i + 1));
        }
        int stability = m.group(5) == null ? STABLE : switch (m.group(5)) {
            case "dev" -> DEV;
            case "alpha", "a" -> ALPHA;
            case "beta", "b" -> BETA;
            case "rc" -> RC;
            case "patch", "pl", "p" -> PATCH;
            default -> STABLE;
        };
        if (text.toLowerCase(Locale.ROOT).endsWith("-dev") && stability == STABLE) {
            stability = DEV;
        }
        return new ComposerVersion(parts, stability, m.group(6) == null ? 0 : Long.parseLong(m.group(6)));
    }

    static ComposerVersion of(long... parts) {
        long[] p = new long[4];
        System.arraycopy(parts, 0, p, 0, Math.min(4, parts.length));
        return new ComposerVersion(p, STABLE, 0);
    }

    /** The lowest version at this numeric prefix: {@code 2.0.0.0-dev}, the bound of {@code <2.0}. */
    ComposerVersion lowest() {
        return new ComposerVersion(parts, DEV, 0);
    }

    @Override
    public int compareTo(ComposerVersion o) {
        for (int i = 0; i < 4; i++) {
            int c = Long.compare(parts[i], o.parts[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(stability, o.stability);
        return c != 0 ? c : Long.compare(stabilityNumber, o.stabilityNumber);
    }
}
