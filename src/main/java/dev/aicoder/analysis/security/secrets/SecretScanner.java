package dev.aicoder.analysis.security.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in text: provider key formats (data-driven, see {@link SecretRuleSet}) first, then generic
 * assignments scored by {@link GenericAssignments}. Thread-safe and free of I/O; the same scanner serves the
 * file analyzer, the git history scan and the labeled benchmark.
 */
public final class SecretScanner {

    /** Hits scoring below this are dropped. */
    public static final double THRESHOLD = 0.5;
    /** Lines longer than this are cut before scanning (generated or minified content). */
    static final int MAX_LINE = 20_000;
    private static final List<String> INLINE_ALLOW = List.of("gitleaks:allow", "aicoder:allow-secret",
            "pragma: allowlist secret", "nosecret", "detect-secrets:allow");
    private static final Pattern BASE64_LINE = Pattern.compile("^[\\s\"']*([A-Za-z0-9+/=]{40,})");

    private final List<SecretRule> rules;
    private final SecretAllowList allowList;

    public SecretScanner(List<SecretRule> rules, SecretAllowList allowList) {
        this.rules = List.copyOf(rules);
        this.allowList = allowList == null ? SecretAllowList.EMPTY : allowList;
    }

    /** The built-in rules with no allow-list. */
    public static SecretScanner standard() {
        return new SecretScanner(SecretRuleSet.builtIn(), SecretAllowList.EMPTY);
    }

    public List<SecretRule> rules() {
        return rules;
    }

    /** All secrets in a file's content; empty for paths that only hold hashes (lockfiles, source maps). */
    public List<SecretHit> scan(String path, String content) {
        PathContext context = PathContext.of(path);
        if (context.skip() || allowList.allowsPath(path)) {
            return List.of();
        }
        String[] lines = content.split("\r?\n", -1);
        List<SecretHit> hits = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            hits.addAll(scanLine(lines[i], next, i + 1, context));
        }
        return hits;
    }

    /**
     * Secrets on one line. {@code nextLine} lets a private-key header be confirmed by the key body that follows.
     */
    public List<SecretHit> scanLine(String rawLine, String nextLine, int lineNo, PathContext context) {
        String line = rawLine.length() > MAX_LINE ? rawLine.substring(0, MAX_LINE) : rawLine;
        String lower = line.toLowerCase(Locale.ROOT);
        for (String marker : INLINE_ALLOW) {
            if (lower.contains(marker)) {
                return List.of();
            }
        }
        List<SecretHit> hits = new ArrayList<>();
        for (SecretRule rule : rules) {
            if (rule.mayMatch(lower)) {
                Matcher m = rule.pattern().matcher(line);
                while (m.find()) {
                    SecretHit hit = formatHit(rule, m, line, nextLine, lineNo, context);
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
        }
        for (SecretHit generic : GenericAssignments.find(line, lower, lineNo, context)) {
            if (hits.stream().noneMatch(h -> overlaps(h, generic))) {
                hits.add(generic);
            }
        }
        hits.removeIf(h -> h.score() < THRESHOLD || allowList.allows(h.ruleId(), h.value()));
        return hits;
    }

    private SecretHit formatHit(SecretRule rule, Matcher m, String line, String nextLine, int lineNo,
            PathContext context) {
        String value = m.group(rule.group());
        if (value == null) {
            return null;
        }
        if (rule.minEntropy() > 0 && Entropy.shannon(value) < rule.minEntropy()) {
            return null;
        }
        if (rule.placeholderCheck() ? Placeholders.isPlaceholder(value) : Placeholders.looksFake(value)) {
            return null;
        }
        double score = 0.9;
        if (rule.privateKey()) {
            String body = privateKeyBody(line, m.end(rule.group()), nextLine);
            if (body == null) {
                return null;
            }
            value = value + body; // the header alone is the same for every key: identify the key by its material
        }
        if (rule.jwt()) {
            Double jwtScore = Jwts.score(value);
            if (jwtScore == null) {
                return null;
            }
            score = jwtScore;
        }
        if (context.test() || context.example() || context.kind() == PathContext.Kind.DOCS) {
            score -= 0.2;
        }
        int start = m.start(rule.group());
        return new SecretHit(rule.ruleId(), rule.title(), rule.provider(), rule.severity(), rule.cwe(), lineNo,
                start + 1, m.end(rule.group()) + 1, value, score, rule.verify());
    }

    /**
     * A PEM header is a secret only when key material follows (same line, escaped, or the next line); answers the
     * first run of it, or null.
     */
    private static String privateKeyBody(String line, int headerEnd, String nextLine) {
        String rest = line.substring(headerEnd).replace("\\n", "\n").replace("\\r", "").strip();
        Matcher inline = BASE64_LINE.matcher(rest);
        if (inline.find()) {
            return inline.group(1);
        }
        Matcher next = BASE64_LINE.matcher(nextLine);
        return next.find() ? next.group(1) : null;
    }

    private static boolean overlaps(SecretHit a, SecretHit b) {
        return a.line() == b.line() && a.column() < b.endColumn() && b.column() < a.endColumn()
                || a.value().contains(b.value()) || b.value().contains(a.value());
    }
}
