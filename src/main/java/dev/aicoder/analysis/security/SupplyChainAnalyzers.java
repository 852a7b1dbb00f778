package dev.aicoder.analysis.security;

import java.util.List;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.security.deps.DependencyAnalyzer;
import dev.aicoder.analysis.security.secrets.GitHistorySecretsAnalyzer;
import dev.aicoder.analysis.security.secrets.SecretsAnalyzer;

/**
 * The public factory of the secrets and dependency analyzers (issue 4), for the scan engine's analyzer catalog:
 * <ul>
 * <li>{@code secrets} ({@link SecretsAnalyzer}, per file): provider key formats and generic assignments, masked;</li>
 * <li>{@code secrets-history} ({@link GitHistorySecretsAnalyzer}, workspace): every commit of the git history,
 * only when the scan sets {@code secrets.history=true};</li>
 * <li>{@code dependencies} ({@link DependencyAnalyzer}, workspace): manifests and lockfiles of seven ecosystems
 * matched against OSV advisories; publishes the {@code dependencies} inventory.</li>
 * </ul>
 * Compliance mapping is not an analyzer: see {@code compliance.ComplianceService}.
 */
public final class SupplyChainAnalyzers {

    private SupplyChainAnalyzers() {
    }

    public static List<Analyzer> create(SupplyChainSetup setup) {
        return List.of(new SecretsAnalyzer(setup.secrets()), new GitHistorySecretsAnalyzer(setup.secrets()),
                new DependencyAnalyzer(setup.advisories()));
    }
}
