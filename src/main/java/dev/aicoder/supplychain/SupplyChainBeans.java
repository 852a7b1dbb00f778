package dev.aicoder.supplychain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.aicoder.analysis.security.SupplyChainSetup;
import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.analysis.security.secrets.SecretsSettings;
import dev.aicoder.analysis.security.secrets.verify.GitHubTokenVerifier;

/**
 * The server's {@link SupplyChainSetup}: the scan engine injects it and calls
 * {@code SupplyChainAnalyzers.create(setup)}. Advisories come from PostgreSQL (and the OSV API when configured);
 * live verification is available only when {@code aicoder.secret-scan.verify.enabled=true}.
 */
@ApplicationScoped
public class SupplyChainBeans {

    @Produces
    @Singleton
    SupplyChainSetup setup(AdvisoryIndex advisories, SecretScanConfig config) {
        SecretsSettings secrets = new SecretsSettings(null, null, null, config.historyMaxCommits());
        if (config.verify().enabled()) {
            secrets = secrets.withVerifiers(List.of(
                    new GitHubTokenVerifier(config.verify().githubUrl(), config.verify().timeout())));
        }
        return new SupplyChainSetup(advisories, secrets);
    }
}
