package dev.aicoder.analysis.architecture.solid;

import java.util.List;

import dev.aicoder.analysis.Severity;

/**
 * A design problem found by a heuristic, with the evidence that supports it (each item a sentence a reviewer can
 * check in the code).
 *
 * @param rule the finding's rule id, e.g. {@code architecture.god-class}
 * @param principle {@code SRP}, {@code OCP}, {@code ISP}, {@code DIP}, or empty for non-SOLID checks
 * @param target the class (unit id) or package concerned
 */
public record Violation(String rule, String principle, String target, String path, int line, Severity severity,
        String message, List<String> evidence) {

    public Violation {
        evidence = List.copyOf(evidence);
    }
}
