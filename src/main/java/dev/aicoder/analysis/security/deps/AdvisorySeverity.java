package dev.aicoder.analysis.security.deps;

import java.util.Locale;

import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;

/** An advisory's severity: the database's label (GitHub's {@code database_specific.severity}) or its CVSS score. */
final class AdvisorySeverity {

    record Rated(Severity severity, String cvss, double score) {
    }

    private AdvisorySeverity() {
    }

    static Rated of(OsvAdvisory a) {
        String vector = null;
        double score = -1;
        for (OsvAdvisory.Severity s : a.severity()) {
            double v = Cvss.baseScore(s.score());
            if (v > score) {
                score = v;
                vector = s.score();
            }
        }
        Object label = a.databaseSpecific().get("severity");
        if (label instanceof String text && !text.isBlank()) {
            Severity fromLabel = switch (text.toUpperCase(Locale.ROOT)) {
                case "CRITICAL" -> Severity.CRITICAL;
                case "HIGH" -> Severity.HIGH;
                case "MODERATE", "MEDIUM" -> Severity.MEDIUM;
                case "LOW" -> Severity.LOW;
                default -> null;
            };
            if (fromLabel != null) {
                return new Rated(fromLabel, vector, score);
            }
        }
        if (score < 0) {
            return new Rated(Severity.MEDIUM, null, -1);
        }
        Severity s = score >= 9 ? Severity.CRITICAL : score >= 7 ? Severity.HIGH : score >= 4 ? Severity.MEDIUM
                : score > 0 ? Severity.LOW : Severity.INFO;
        return new Rated(s, vector, score);
    }
}
