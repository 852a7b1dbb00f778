package dev.aicoder.analysis.security.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.analysis.security.deps.parse.ManifestParser;
import dev.aicoder.analysis.security.deps.parse.ManifestParsers;

/** Broken or malicious manifests: a clear error per file, the rest of the workspace still analysed. */
class HostileManifestsTest {

    @Test
    void malformedFilesAreReportedAndTheOthersStillRead(@TempDir Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        ws.write("a/package-lock.json", "{\"lockfileVersion\": 3, \"packages\": ");
        ws.write("b/poetry.lock", "[[package]\nname = ");
        ws.write("c/pnpm-lock.yaml", "packages: [unclosed");
        ws.write("d/composer.lock", "{\"no\": \"packages\"}");
        ws.write("e/pom.xml", "<project><dependencies><dependency>");
        ws.write("f/gradle.lockfile", "not-a-coordinate\n");
        ws.write("g/Cargo.lock", "[[package]]\nname = \"x\"\nversion = ");
        ws.write("h/Gemfile.lock", "garbage only\n");
        ws.write("ok/requirements.txt", "flask==2.0.0\n");
        RecordingContext context = new RecordingContext(Map.of());

        new DependencyAnalyzer(AdvisoryIndex.empty()).analyze(ws, context);

        DependencyInventory inventory = (DependencyInventory) context.published.get("dependencies");
        assertThat(inventory.manifests()).containsExactly("ok/requirements.txt");
        assertThat(inventory.components()).extracting(DependencyInventory.Component::name).containsExactly("flask");
        assertThat(inventory.errors()).hasSize(8).anySatisfy(e -> assertThat(e).startsWith("a/package-lock.json is "
                + "not valid JSON")).anySatisfy(e -> assertThat(e).startsWith("e/pom.xml is not well-formed XML"))
                .anySatisfy(e -> assertThat(e).startsWith("f/gradle.lockfile: not a lockfile entry"));
    }

    @Test
    void externalEntitiesInAPomAreRefused(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY x SYSTEM \"file://" + dir.resolve("secret.txt")
                + "\">]><project><dependencies><dependency><groupId>&x;</groupId><artifactId>a</artifactId>"
                + "<version>1</version></dependency></dependencies></project>";
        ManifestParser pom = ManifestParsers.forPath("pom.xml").orElseThrow();
        assertThatThrownBy(() -> pom.parse("pom.xml", xxe, ManifestParser.Siblings.none()))
                .isInstanceOf(ManifestParser.ManifestException.class).hasMessageContaining("DTD")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void siblingsCannotEscapeTheWorkspace(@TempDir Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir.resolve("ws"));
        ws.write("pom.xml", "<project><parent><groupId>g</groupId><artifactId>evil</artifactId><version>1</version>"
                + "<relativePath>../../etc/pom.xml</relativePath></parent><dependencies/></project>");
        var siblings = DependencyAnalyzer.siblings(ws, "pom.xml");
        assertThat(siblings.read("../outside.xml")).isEmpty();
        assertThat(siblings.read("/etc/passwd")).isEmpty();
        List<Dependency> deps = ManifestParsers.forPath("pom.xml").orElseThrow().parse("pom.xml",
                ws.read(ws.file("pom.xml").orElseThrow()), siblings);
        assertThat(deps).isEmpty();
    }
}
