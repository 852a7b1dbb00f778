package dev.aicoder.analysis.security.deps.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RubyGems version ({@code Gem::Version}): dot-separated segments where letters start a new segment
 * ({@code 1.0.a1} is {@code [1, 0, "a", 1]}), a letter segment marks a pre-release, numbers sort above letters,
 * trailing zeros do not count, and {@code -} means {@code .pre.}.
 */
record GemVersion(List<Object> segments) implements Comparable<GemVersion> {

    private static final Pattern VALID = Pattern.compile("^[0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z\\-.]+)?$");
    private static final Pattern PIECE = Pattern.compile("[0-9]+|[a-z]+", Pattern.CASE_INSENSITIVE);

    static GemVersion parse(String text) {
        String t = text.trim();
        if (!VALID.matcher(t).matches()) {
            return null;
        }
        Matcher m = PIECE.matcher(t.replace("-", ".pre."));
        List<Object> segments = new ArrayList<>();
        while (m.find()) {
            String s = m.group();
            segments.add(Character.isDigit(s.charAt(0)) ? (Object) Long.parseLong(s) : s);
        }
        return new GemVersion(canonical(segments));
    }

    /** Drops zeros that do not change the order: trailing ones, and ones right before a letter segment. */
    private static List<Object> canonical(List<Object> in) {
        List<Object> s = new ArrayList<>(in);
        int firstLetter = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i) instanceof String) {
                firstLetter = i;
                break;
            }
        }
        if (firstLetter > 0) {
            int i = firstLetter - 1;
            while (i > 0 && Long.valueOf(0).equals(s.get(i))) {
                s.remove(i--);
            }
        }
        while (s.size() > 1 && Long.valueOf(0).equals(s.get(s.size() - 1))) {
            s.remove(s.size() - 1);
        }
        return List.copyOf(s);
    }

    boolean isPreRelease() {
        return segments.stream().anyMatch(String.class::isInstance);
    }

    /** The release this pre-release leads to: segments before the first letter. */
    GemVersion release() {
        List<Object> out = new ArrayList<>();
        for (Object o : segments) {
            if (o instanceof String) {
                break;
            }
            out.add(o);
        }
        return new GemVersion(List.copyOf(out));
    }

    /** {@code ~>} upper bound: {@code 2.3.1} -> {@code 2.4}, {@code 2.3} -> {@code 3}. */
    GemVersion bump() {
        List<Object> r = new ArrayList<>(release().segments());
        if (r.size() > 1) {
            r.remove(r.size() - 1);
        }
        r.set(r.size() - 1, (Long) r.get(r.size() - 1) + 1);
        return new GemVersion(List.copyOf(r));
    }

    @Override
    public int compareTo(GemVersion o) {
        int n = Math.max(segments.size(), o.segments.size());
        for (int i = 0; i < n; i++) {
            Object a = i < segments.size() ? segments.get(i) : 0L;
            Object b = i < o.segments.size() ? o.segments.get(i) : 0L;
            int c;
            if (a instanceof Long x && b instanceof Long y) {
                c = Long.compare(x, y);
            } else if (a instanceof String x && b instanceof String y) {
                c = x.compareTo(y);
            } else {
                c = a instanceof String ? -1 : 1;
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
