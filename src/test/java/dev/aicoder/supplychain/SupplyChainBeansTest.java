package dev.aicoder.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.security.SupplyChainAnalyzers;
import dev.aicoder.analysis.security.SupplyChainSetup;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SupplyChainBeansTest {

    @Inject
    SupplyChainSetup setup;

    @Test
    void theServerSetupReadsAdvisoriesFromPostgresWithVerificationOff() {
        assertThat(setup.advisories().describe()).isEqualTo("postgres");
        assertThat(setup.secrets().verifiers()).isEmpty();
        assertThat(setup.secrets().historyMaxCommits()).isEqualTo(10_000);
        assertThat(SupplyChainAnalyzers.create(setup)).extracting(Analyzer::id).containsExactly("secrets",
                "secrets-history", "dependencies");
    }
}
