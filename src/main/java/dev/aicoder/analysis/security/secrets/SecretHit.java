package dev.aicoder.analysis.security.secrets;

import dev.aicoder.analysis.Severity;

/**
 * A secret found on one line. It carries the raw {@code value} only so that callers can mask it, hash it or verify
 * it; it must never be logged or stored, which is why {@link #toString()} masks it.
 *
 * @param column 1-based column of the value's first character; {@code endColumn} is the column after its last
 * @param score 0..1, how sure the scanner is that this is a live secret
 */
public record SecretHit(String ruleId, String title, String provider, Severity severity, int cwe, int line,
        int column, int endColumn, String value, double score, String verifier) {

    public String masked() {
        return Masking.mask(value);
    }

    public String hash() {
        return Masking.secretHash(ruleId, value);
    }

    public SecretHit withScore(double newScore) {
        return new SecretHit(ruleId, title, provider, severity, cwe, line, column, endColumn, value, newScore,
                verifier);
    }

    @Override
    public String toString() {
        return "SecretHit[" + ruleId + " line " + line + " " + masked() + " score " + score + "]";
    }
}
