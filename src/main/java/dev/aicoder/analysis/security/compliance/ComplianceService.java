package dev.aicoder.analysis.security.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.security.compliance.ComplianceReport.ControlResult;
import dev.aicoder.analysis.security.compliance.ComplianceReport.FindingRef;
import dev.aicoder.analysis.security.compliance.ComplianceReport.Status;

/**
 * Maps a scan's findings onto a standard's controls. A control fails when an unsuppressed finding carries one of
 * its CWE ids; passes when none does and at least one of its CWE ids was checked (some rule that ran can report
 * it); otherwise it was not checked. Plain Java: the server endpoint and the CLI call the same code.
 */
public final class ComplianceService {

    private final ComplianceCatalog catalog;

    public ComplianceService(ComplianceCatalog catalog) {
        this.catalog = catalog;
    }

    public ComplianceCatalog catalog() {
        return catalog;
    }

    /** The report for one standard; empty when the standard id is unknown. */
    public Optional<ComplianceReport> evaluate(String standardId, Collection<Finding> findings,
            Collection<RuleDescriptor> rulesRan) {
        return catalog.standard(standardId).map(s -> evaluate(s, findings, rulesRan));
    }

    public ComplianceReport evaluate(Standard standard, Collection<Finding> findings,
            Collection<RuleDescriptor> rulesRan) {
        Set<Integer> covered = new HashSet<>();
        rulesRan.forEach(r -> covered.addAll(r.cwe()));
        findings.forEach(f -> covered.addAll(f.cwe())); // a rule that reported a CWE evidently checks it
        List<ControlResult> results = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        for (Standard.Control c : standard.controls()) {
            List<FindingRef> hits = findings.stream().filter(f -> !f.suppressed())
                    .filter(f -> f.cwe().stream().anyMatch(c.cwe()::contains)).map(ComplianceService::ref).toList();
            List<Integer> checked = c.cwe().stream().filter(covered::contains).sorted().toList();
            List<Integer> unchecked = c.cwe().stream().filter(w -> !covered.contains(w)).sorted().toList();
            Status status = !hits.isEmpty() ? Status.FAIL : checked.isEmpty() ? Status.NOT_CHECKED : Status.PASS;
            passed += status == Status.PASS ? 1 : 0;
            failed += status == Status.FAIL ? 1 : 0;
            results.add(new ControlResult(c.id(), c.title(), c.source(), c.basis(), status, hits, checked, unchecked));
        }
        ComplianceReport.Summary summary = new ComplianceReport.Summary(results.size(), passed, failed,
                results.size() - passed - failed);
        return new ComplianceReport(standard.id(), standard.title(), standard.version(), standard.source(), summary,
                results);
    }

    private static FindingRef ref(Finding f) {
        return new FindingRef(f.ruleId(), f.title(), f.severity().id(), f.path(), f.startLine(), f.cwe(),
                f.fingerprint());
    }
}
