package dev.aicoder.analysis.security.deps.version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python version per PEP 440, with the spec's normalisations ({@code 1.0-alpha1} = {@code 1.0a1},
 * {@code 1.0-1} = {@code 1.0.post1}, {@code v1.0} = {@code 1.0}). Ordering: epoch, release (trailing zeros
 * ignored), then dev &lt; pre &lt; final &lt; post, then local labels.
 */
record Pep440Version(int epoch, long[] release, String preLabel, long preNumber, long post, long dev,
        String local) implements Comparable<Pep440Version> {

    static final long NONE = -1;
    private static final Pattern PATTERN = Pattern.compile("^v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
            + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?"
            + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
            + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
            + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$");

    static Pep440Version parse(String text) {
        Matcher m = PATTERN.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long[] release = Arrays.stream(m.group(2).split("\\.")).mapToLong(Long::parseLong).toArray();
        String pre = m.group(3) == null ? null : switch (m.group(3)) {
            case "alpha" -> "a";
            case "beta" -> "b";
            case "c", "pre", "preview" -> "rc";
            default -> m.group(3);
        };
        long preN = pre == null ? NONE : number(m.group(4));
        long post = m.group(5) != null ? Long.parseLong(m.group(5)) : m.group(6) != null ? number(m.group(7)) : NONE;
        long dev = m.group(8) != null ? number(m.group(9)) : NONE;
        return new Pep440Version(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), release, pre, preN, post, dev,
                m.group(10));
    }

    private static long number(String s) {
        return s == null ? 0 : Long.parseLong(s);
    }

    boolean isPreRelease() {
        return preLabel != null || dev != NONE;
    }

    boolean isPostRelease() {
        return post != NONE;
    }

    /** The public version with everything after the release dropped ({@code 1.2.3rc1.post2} -> {@code 1.2.3}). */
    Pep440Version base() {
        return new Pep440Version(epoch, release, null, NONE, NONE, NONE, null);
    }

    Pep440Version withoutLocal() {
        return new Pep440Version(epoch, release, preLabel, preNumber, post, dev, null);
    }

    @Override
    public int compareTo(Pep440Version o) {
        int c = Integer.compare(epoch, o.epoch);
        if (c != 0) {
            return c;
        }
        int n = Math.max(release.length, o.release.length);
        for (int i = 0; i < n; i++) {
            c = Long.compare(i < release.length ? release[i] : 0, i < o.release.length ? o.release[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        c = compareKeys(preKey(), o.preKey());
        if (c != 0) {
            return c;
        }
        c = Long.compare(post, o.post);
        if (c != 0) {
            return c;
        }
        c = Long.compare(dev == NONE ? Long.MAX_VALUE : dev, o.dev == NONE ? Long.MAX_VALUE : o.dev);
        return c != 0 ? c : compareLocal(local, o.local);
    }

    /** A dev release without a pre-release sorts before all pre-releases; no pre-release sorts after them. */
    private long[] preKey() {
        if (preLabel == null) {
            return dev != NONE && post == NONE ? new long[] {-1, 0} : new long[] {4, 0};
        }
        long label = switch (preLabel) {
            case "a" -> 1;
            case "b" -> 2;
            default -> 3;
        };
        return new long[] {label, preNumber};
    }

    private static int compareKeys(long[] a, long[] b) {
        int c = Long.compare(a[0], b[0]);
        return c != 0 ? c : Long.compare(a[1], b[1]);
    }

    /** No local label sorts first; numeric segments sort after alphanumeric ones and by value. */
    private static int compareLocal(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        List<String> x = new ArrayList<>(Arrays.asList(a.split("[-_.]")));
        List<String> y = new ArrayList<>(Arrays.asList(b.split("[-_.]")));
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean pn = p.matches("\\d+");
            boolean qn = q.matches("\\d+");
            int c = pn && qn ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                    : pn != qn ? (pn ? 1 : -1) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pep440Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return epoch;
    }
}
