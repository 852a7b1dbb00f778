package dev.aicoder.analysis.security.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy and character-class measures of candidate secret values. */
public final class Entropy {

    private Entropy() {
    }

    /** Bits per character: 0 for a repeated character, about 4 for hex, about 5.2 for random base64. */
    public static double shannon(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < value.length(); i++) {
            counts.merge(value.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int c : counts.values()) {
            double p = (double) c / value.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }

    /** How many of lower-case, upper-case, digit and other characters the value uses (0..4). */
    public static int characterClasses(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isLowerCase(ch)) {
                lower = true;
            } else if (Character.isUpperCase(ch)) {
                upper = true;
            } else if (Character.isDigit(ch)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
