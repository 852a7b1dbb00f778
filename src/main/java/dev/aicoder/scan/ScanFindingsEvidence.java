package dev.aicoder.scan;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.aicoder.compliance.ScanEvidence;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.scan.store.ScanStore;
import io.smallrye.mutiny.Uni;

/** A stored scan's findings and the rules its analyzers ran, for the compliance endpoint (tenant-scoped). */
@ApplicationScoped
public class ScanFindingsEvidence implements ScanEvidence {

    @Inject
    ScanStore store;

    @Override
    public Uni<Optional<Evidence>> load(Caller caller, UUID scanId) {
        UUID tenant = caller.tenantId();
        return store.find(tenant, scanId).flatMap(scan -> scan.isEmpty()
                ? Uni.createFrom().item(Optional.<Evidence>empty())
                : store.allFindings(tenant, scanId).flatMap(findings -> store.rules(tenant, scanId)
                        .map(rules -> Optional.of(new Evidence(findings, rules)))));
    }
}
