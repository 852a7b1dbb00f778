package dev.aicoder.analysis.architecture;

import dev.aicoder.analysis.ScanOptions;

/**
 * Thresholds of the architecture checks, read from the scan's settings ({@code architecture.<name>}), with the
 * published defaults (Lanza and Marinescu's god class thresholds, Martin's main sequence).
 *
 * @param godClassWmc god class: weighted methods per class at least this
 * @param godClassAtfd god class: access to foreign data above this
 * @param godClassTcc god class: tight class cohesion below this
 * @param srpMinMethods SRP: classes with fewer methods are not checked
 * @param ispMinMethods ISP: interfaces with fewer abstract methods are not checked
 * @param maxDistance main sequence: packages farther than this are reported
 * @param minPackageUnits main sequence: packages with fewer units are not reported
 * @param includeTests analyse test sources too
 * @param maxSuggestions how many ranked suggestions to keep
 */
public record ArchitectureSettings(int godClassWmc, int godClassAtfd, double godClassTcc, int srpMinMethods,
        int ispMinMethods, double maxDistance, int minPackageUnits, boolean includeTests, int maxSuggestions) {

    public static ArchitectureSettings defaults() {
        return from(ScanOptions.defaults());
    }

    public static ArchitectureSettings from(ScanOptions o) {
        return new ArchitectureSettings(num(o, "god-class.wmc", 47), num(o, "god-class.atfd", 5),
                dbl(o, "god-class.tcc", 1.0 / 3), num(o, "srp.min-methods", 7), num(o, "isp.min-methods", 5),
                dbl(o, "distance.max", 0.7), num(o, "distance.min-units", 5),
                Boolean.parseBoolean(o.setting("architecture.include-tests", "false")),
                num(o, "suggestions.max", 50));
    }

    private static int num(ScanOptions o, String key, int fallback) {
        try {
            return Integer.parseInt(o.setting("architecture." + key, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double dbl(ScanOptions o, String key, double fallback) {
        try {
            return Double.parseDouble(o.setting("architecture." + key, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
