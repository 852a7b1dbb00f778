package dev.aicoder.compliance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.platform.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * What {@code GET /api/v1/scans/{id}/compliance} needs of a stored scan. The scan capability implements it as a
 * CDI bean; until one exists every scan id answers 404.
 */
public interface ScanEvidence {

    /**
     * The scan's findings (with their suppressions) and the rules of the analyzers that ran, when the scan exists
     * in the caller's tenant; empty otherwise (another tenant's scan is absent, never forbidden).
     */
    Uni<Optional<Evidence>> load(Caller caller, UUID scanId);

    record Evidence(List<Finding> findings, List<RuleDescriptor> rulesRan) {
    }
}
