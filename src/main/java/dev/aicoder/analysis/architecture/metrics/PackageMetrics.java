package dev.aicoder.analysis.architecture.metrics;

/**
 * Robert C. Martin's package metrics.
 *
 * @param ca afferent coupling: units outside the package that depend on units inside
 * @param ce efferent coupling: units inside the package that depend on units outside
 * @param instability Ce / (Ca + Ce), 0 when the package is isolated
 * @param abstractness abstract units (interfaces, abstract classes) / all units
 * @param distance |A + I − 1|, the distance from the main sequence
 */
public record PackageMetrics(String name, int units, int abstractUnits, int lines, int ca, int ce,
        double instability, double abstractness, double distance) {

    /** Concrete and stable: hard to change, yet everybody depends on it. */
    public boolean zoneOfPain() {
        return abstractness < 0.5 && instability < 0.5;
    }
}
