package dev.aicoder.platform.logging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log: known secret values that passed through the application, plus the
 * shapes of credentials (JWTs, our API tokens, provider keys, bearer headers, password-like assignments).
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";
    private static final int MIN_KNOWN_LENGTH = 6;
    private static final int MAX_KNOWN_VALUES = 10_000;
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
            Pattern.compile("\\baic_[A-Za-z0-9_-]{16,}"),
            Pattern.compile("\\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{30,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{30,}"),
            Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)"));

    /** {@code key=value}, {@code "key": "value"} and {@code Authorization: Bearer x} forms; group 2 is the value. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)((?:\"|\\b)(?:password|passwd|pwd|secret|client_secret|api[_-]?key|access[_-]?token|refresh[_-]?token"
                    + "|token|authorization|x-api-key|private[_-]?key)\"?\\s*[:=]\\s*\"?(?:bearer\\s+|basic\\s+)?)"
                    + "([^\"\\s,;}&]{3,})");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)([A-Za-z0-9._~+/=-]{8,})");

    private Redactor() {
    }

    /** Remembers a secret value so that it is masked wherever it shows up later. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= MIN_KNOWN_LENGTH && KNOWN.size() < MAX_KNOWN_VALUES) {
            KNOWN.add(secret);
        }
    }

    public static void forget(String secret) {
        if (secret != null) {
            KNOWN.remove(secret);
        }
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : KNOWN) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        for (Pattern shape : SHAPES) {
            result = shape.matcher(result).replaceAll(MASK);
        }
        result = replaceGroup(ASSIGNMENT, result);
        return replaceGroup(BEARER, result);
    }

    private static String replaceGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String value = m.group(2);
            String replacement = value.equals(MASK) || value.startsWith("[REDACTED") ? m.group() : m.group(1) + MASK;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
