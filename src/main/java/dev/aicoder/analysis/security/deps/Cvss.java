package dev.aicoder.analysis.security.deps;

import java.util.HashMap;
import java.util.Map;

/** CVSS v3.x base score from a vector string (FIRST's specification, section 7.1), for advisories without a label. */
final class Cvss {

    private Cvss() {
    }

    /** The base score 0.0..10.0, or -1 when the vector is not a complete CVSS v3 base vector. */
    static double baseScore(String vector) {
        if (vector == null || !vector.startsWith("CVSS:3")) {
            return -1;
        }
        Map<String, String> m = new HashMap<>();
        for (String part : vector.split("/")) {
            String[] kv = part.split(":");
            if (kv.length == 2) {
                m.put(kv[0], kv[1]);
            }
        }
        try {
            boolean changed = "C".equals(m.get("S"));
            double av = Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2).get(m.get("AV"));
            double ac = Map.of("L", 0.77, "H", 0.44).get(m.get("AC"));
            double pr = switch (m.get("PR")) {
                case "N" -> 0.85;
                case "L" -> changed ? 0.68 : 0.62;
                case "H" -> changed ? 0.5 : 0.27;
                default -> throw new IllegalArgumentException();
            };
            double ui = Map.of("N", 0.85, "R", 0.62).get(m.get("UI"));
            Map<String, Double> cia = Map.of("H", 0.56, "L", 0.22, "N", 0.0);
            double iss = 1 - (1 - cia.get(m.get("C"))) * (1 - cia.get(m.get("I"))) * (1 - cia.get(m.get("A")));
            double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
            double exploitability = 8.22 * av * ac * pr * ui;
            if (impact <= 0) {
                return 0;
            }
            double raw = changed ? Math.min(1.08 * (impact + exploitability), 10) : Math.min(impact + exploitability, 10);
            return roundUp(raw);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The specification's Roundup: the smallest number with one decimal that is >= the input. */
    private static double roundUp(double value) {
        long i = Math.round(value * 100000);
        return i % 10000 == 0 ? i / 100000.0 : (Math.floor(i / 10000.0) + 1) / 10.0;
    }
}
