package dev.aicoder.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.aicoder.analysis.security.compliance.ComplianceCatalog;
import dev.aicoder.analysis.security.compliance.ComplianceService;

/** The compliance service as a CDI bean, for the compliance endpoints and the scan reports. */
@ApplicationScoped
public class ComplianceBeans {

    @Produces
    @Singleton
    ComplianceService complianceService() {
        return new ComplianceService(ComplianceCatalog.builtIn());
    }
}
