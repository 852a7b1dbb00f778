package dev.aicoder.analysis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.source.SourceFile;

/** The factory as the CLI uses it: files only, no database. */
class SupplyChainAnalyzersTest {

    @Test
    void offlineSetupFindsSecretsAndVulnerableDependencies(@TempDir Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        ws.write("requirements.txt", "PyYAML==5.3\n");
        ws.write("settings.py", "STRIPE_KEY = \"sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc\"\n");
        List<Analyzer> analyzers = SupplyChainAnalyzers.create(SupplyChainSetup.offline(
                Path.of("src/test/resources/security/deps/osv"), null, null, null));
        assertThat(analyzers).extracting(Analyzer::id).containsExactly("secrets", "secrets-history", "dependencies");

        RecordingContext context = new RecordingContext(Map.of());
        List<Finding> findings = new java.util.ArrayList<>();
        for (Analyzer a : analyzers) {
            if (a instanceof FileAnalyzer f) {
                for (SourceFile file : ws.files()) {
                    if (f.supports(file)) {
                        findings.addAll(f.analyze(file, ws.read(file), context));
                    }
                }
            } else {
                findings.addAll(((WorkspaceAnalyzer) a).analyze(ws, context));
            }
        }
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder("secrets/stripe-secret-key",
                "deps/TEST-PYPI-0004");
        assertThat(analyzers).allSatisfy(a -> assertThat(a.rules()).isNotEmpty());
    }

    @Test
    void badFilesGiveOneReadableLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SupplyChainSetup.offline(dir.resolve("missing.zip"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("OSV advisories not found: ");
        Path empty = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{not json");
        assertThatThrownBy(() -> SupplyChainSetup.offline(empty, null, null, null))
                .hasMessageContaining("no valid OSV advisory").hasMessageContaining("not valid JSON");
        Path allow = java.nio.file.Files.writeString(dir.resolve("allow.yaml"), "paths: ['(unclosed']\n");
        assertThatThrownBy(() -> SupplyChainSetup.offline(null, null, allow, null))
                .hasMessageContaining("allow-list paths: bad regex");
    }
}
