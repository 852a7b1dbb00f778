package dev.aicoder.analysis.security.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a secret may appear outside the scanner: never in full. A masked value keeps a short, known prefix (at most
 * 4 characters, and at most a quarter of the value) so a reader can tell which key it is, then its length.
 */
public final class Masking {

    private static final int MAX_SNIPPET = 240;
    private static final Pattern LONG_RUN = Pattern.compile("[A-Za-z0-9+/=_\\-]{32,}");

    private Masking() {
    }

    /** {@code ghp_****…(40 chars)}: at most 4 leading characters and at most a quarter of the value. */
    public static String mask(String value) {
        int keep = Math.min(4, value.length() / 4);
        return value.substring(0, keep) + "****(" + value.length() + " chars)";
    }

    /**
     * The line with every occurrence of the value masked, and every other long base64-like run too (key material
     * that follows a PEM header on the same line, a second copy in another form), trimmed and cut to length.
     */
    public static String maskLine(String line, String value) {
        String masked = value.isEmpty() ? line : line.replace(value, mask(value));
        masked = LONG_RUN.matcher(masked).replaceAll(r -> Matcher.quoteReplacement(mask(r.group())));
        masked = masked.strip();
        if (masked.length() > MAX_SNIPPET) {
            masked = masked.substring(0, MAX_SNIPPET) + "…";
        }
        return masked;
    }

    /**
     * A short stable id of a secret for baselines and de-duplication: 16 hex digits of SHA-256 over the rule id and
     * the value. It cannot be reversed, though a weak password could be guessed against it by brute force.
     */
    public static String secretHash(String ruleId, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ruleId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
