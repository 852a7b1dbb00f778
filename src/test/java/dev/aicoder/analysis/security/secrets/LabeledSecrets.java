package dev.aicoder.analysis.security.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labeled lines of {@code security/secrets/labeled.tsv} and the scanner's score on them. */
final class LabeledSecrets {

    record Case(boolean secret, String path, String line) {
    }

    record Score(int tp, int fp, int fn, int tn, List<String> misses) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "secrets labeled set: %d cases (%d secrets), TP=%d FP=%d FN=%d TN=%d precision=%.3f recall=%.3f",
                    tp + fp + fn + tn, tp + fn, tp, fp, fn, tn, precision(), recall());
        }
    }

    private LabeledSecrets() {
    }

    static List<Case> load() throws IOException {
        try (InputStream in = LabeledSecrets.class.getResourceAsStream("/security/secrets/labeled.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            for (String row : text.split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t", 3);
                cases.add(new Case(cols[0].equals("1"), cols[1], cols[2]));
            }
            return cases;
        }
    }

    static Score score(SecretScanner scanner, List<Case> cases) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<SecretHit> hits = scanner.scan(c.path(), c.line());
            boolean reported = !hits.isEmpty();
            if (c.secret() && reported) {
                tp++;
            } else if (c.secret()) {
                fn++;
                misses.add("missed " + c.path());
            } else if (reported) {
                fp++;
                misses.add("false alarm " + c.path() + " " + hits);
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn, misses);
    }
}
