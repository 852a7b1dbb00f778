package dev.aicoder.compliance;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import dev.aicoder.platform.security.Caller;
import dev.aicoder.scan.ScanFindingsEvidence;
import io.smallrye.mutiny.Uni;

/**
 * Test evidence for the compliance endpoint: scans registered by a test answer from here (tenant-checked); any
 * other id goes to the stored scans ({@link ScanFindingsEvidence}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RegisteredScanEvidence implements ScanEvidence {

    record Registered(UUID tenantId, Evidence evidence) {
    }

    static final Map<UUID, Registered> SCANS = new ConcurrentHashMap<>();

    @Inject
    ScanFindingsEvidence stored;

    @Override
    public Uni<Optional<Evidence>> load(Caller caller, UUID scanId) {
        Registered r = SCANS.get(scanId);
        if (r != null) {
            return Uni.createFrom().item(r.tenantId().equals(caller.tenantId()) ? Optional.of(r.evidence())
                    : Optional.empty());
        }
        return stored.load(caller, scanId);
    }
}
