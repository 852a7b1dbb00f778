package dev.aicoder.analysis.security.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.deps.osv.InMemoryAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvFiles;

/** Sample lockfiles of every supported format against a small OSV set (src/test/resources/security/deps). */
class DependencyAnalyzerTest {

    static final Path PROJECT = Path.of("src/test/resources/security/deps/project");
    static final Path OSV = Path.of("src/test/resources/security/deps/osv");

    static OsvFiles.Result osv;
    static List<Finding> findings;
    static DependencyInventory inventory;

    @BeforeAll
    static void scan() throws IOException {
        osv = OsvFiles.read(OSV, OsvFiles.Limits.defaults());
        RecordingContext context = new RecordingContext(Map.of());
        findings = new DependencyAnalyzer(osv.index("osv-files:test")).analyze(new DirectoryWorkspace(PROJECT),
                context);
        inventory = (DependencyInventory) context.published.get("dependencies");
    }

    @Test
    void everyFormatProducesItsAdvisories() {
        assertThat(findings).extracting(Finding::path, f -> f.properties().get("package"),
                f -> f.properties().get("installed_version"), f -> f.properties().get("advisory_id"),
                f -> f.properties().get("fixed_version")).containsExactlyInAnyOrder(
                        tuple("java/app/pom.xml", "com.fasterxml.jackson.core:jackson-databind", "2.9.8",
                                "TEST-MAVEN-0001", "2.9.9"),
                        tuple("java/app/pom.xml", "org.apache.logging.log4j:log4j-core", "2.14.1",
                                "GHSA-jfh8-c2jp-5v3q", "2.15.0"),
                        tuple("gradle/gradle.lockfile", "org.yaml:snakeyaml", "1.33", "TEST-MAVEN-0002", "2.0"),
                        tuple("npm-v1/package-lock.json", "lodash", "4.17.15", "TEST-NPM-0001", "4.17.19"),
                        tuple("npm-v1/package-lock.json", "lodash", "4.17.15", "TEST-NPM-0002", "4.17.21"),
                        tuple("npm-v1/package-lock.json", "qs", "6.5.1", "TEST-NPM-0003", "6.5.3"),
                        tuple("npm-v3/package-lock.json", "qs", "6.7.0", "TEST-NPM-0003", "6.7.3"),
                        tuple("npm-v3/package-lock.json", "minimist", "1.2.5", "TEST-NPM-0004", null),
                        tuple("yarn-v1/yarn.lock", "lodash", "4.17.11", "TEST-NPM-0001", "4.17.19"),
                        tuple("yarn-v1/yarn.lock", "lodash", "4.17.11", "TEST-NPM-0002", "4.17.21"),
                        tuple("yarn-berry/yarn.lock", "lodash", "4.17.20", "TEST-NPM-0002", "4.17.21"),
                        tuple("pnpm/pnpm-lock.yaml", "lodash", "4.17.20", "TEST-NPM-0002", "4.17.21"),
                        tuple("pnpm6/pnpm-lock.yaml", "minimist", "1.2.5", "TEST-NPM-0004", null),
                        tuple("python/requirements.txt", "Django", "3.2.0", "TEST-PYPI-0001", "3.2.4"),
                        tuple("python/requirements.txt", "jinja2", "2.10", "TEST-PYPI-0002", "2.10.1"),
                        tuple("poetry/poetry.lock", "urllib3", "1.26.4", "TEST-PYPI-0003", "1.26.5"),
                        tuple("pipenv/Pipfile.lock", "pyyaml", "5.3", "TEST-PYPI-0004", "5.3.1"),
                        tuple("uv/uv.lock", "pillow", "8.0.0", "TEST-PYPI-0005", null),
                        tuple("go/go.mod", "golang.org/x/text", "v0.3.6", "TEST-GO-0001", "0.3.7"),
                        tuple("go/go.mod", "github.com/gin-gonic/gin", "v1.6.0", "TEST-GO-0002", "1.7.7"),
                        tuple("rust/Cargo.lock", "smallvec", "1.6.0", "TEST-CRATES-0001", "1.6.1"),
                        tuple("ruby/Gemfile.lock", "rack", "2.2.3", "TEST-GEM-0001", "2.2.3.1"),
                        tuple("ruby/Gemfile.lock", "nokogiri", "1.13.3", "TEST-GEM-0002", "1.13.4"),
                        tuple("php/composer.lock", "guzzlehttp/psr7", "2.1.0", "TEST-PHP-0001", "2.1.1"),
                        tuple("php/composer.lock", "guzzlehttp/guzzle", "7.4.0", "TEST-PHP-0002", "7.4.1"));
    }

    @Test
    void findingsNameAdvisoryAliasesFixAndPath() {
        Finding log4j = one("GHSA-jfh8-c2jp-5v3q");
        assertThat(log4j.ruleId()).isEqualTo("deps/GHSA-jfh8-c2jp-5v3q");
        assertThat(log4j.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(log4j.cwe()).containsExactly(1395, 502, 917);
        assertThat(log4j.message()).contains("CVE-2021-44228").contains("Upgrade org.apache.logging.log4j:log4j-core "
                + "to 2.15.0");
        assertThat(log4j.properties()).containsEntry("purl", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
                .containsEntry("direct", "true");

        Finding qs = findings.stream().filter(f -> f.path().startsWith("npm-v3") && f.properties().get("package")
                .equals("qs")).findFirst().orElseThrow();
        assertThat(qs.properties()).containsEntry("dependency_path", "express@4.17.1 > qs@6.7.0")
                .containsEntry("direct", "false");
        assertThat(qs.message()).contains("Reached through express@4.17.1 > qs@6.7.0");
        assertThat(qs.startLine()).isGreaterThan(0);
        assertThat(qs.snippet()).contains("qs").doesNotContain("requests");
        Finding pyyaml = one("TEST-PYPI-0004");
        assertThat(pyyaml.startLine()).isGreaterThan(0);
        assertThat(pyyaml.snippet()).isEqualTo("\"pyyaml\": {");

        Finding nested = findings.stream().filter(f -> f.path().startsWith("npm-v1") && f.properties().get("package")
                .equals("qs")).findFirst().orElseThrow();
        assertThat(nested.properties()).containsEntry("dependency_path", "express@4.16.0 > qs@6.5.1");
        assertThat(one("TEST-PYPI-0003").properties()).containsEntry("dependency_path",
                "requests@2.25.1 > urllib3@1.26.4");
        assertThat(one("TEST-PHP-0001").properties()).containsEntry("dependency_path",
                "guzzlehttp/guzzle@7.4.0 > guzzlehttp/psr7@2.1.0");
        // CVSS 3.1 AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H is 9.8
        assertThat(one("TEST-MAVEN-0001").properties()).containsEntry("cvss_score", "9.8");
        assertThat(one("TEST-MAVEN-0001").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(one("TEST-NPM-0004").message()).contains("No fixed version");
    }

    @Test
    void inventoryListsEveryComponentWithPurlAndScope() {
        assertThat(inventory.manifests()).hasSize(18);
        assertThat(inventory.errors()).isEmpty();
        assertThat(inventory.components()).extracting(DependencyInventory.Component::ecosystem).containsOnly("Maven",
                "npm", "PyPI", "Go", "crates.io", "RubyGems", "Packagist");
        assertThat(inventory.components()).filteredOn(c -> c.name().equals("org.springframework:spring-web"))
                .singleElement().satisfies(c -> {
                    assertThat(c.version()).isNull(); // managed by an imported BOM, which needs a repository
                });
        assertThat(inventory.components()).filteredOn(c -> c.name().equals("com.acme:acme-model")).singleElement()
                .satisfies(c -> assertThat(c.version()).isEqualTo("1.0.0"));
        assertThat(inventory.components()).filteredOn(c -> c.name().equals("junit:junit")).singleElement()
                .satisfies(c -> assertThat(c.scope()).isEqualTo("test"));
        assertThat(inventory.components()).filteredOn(c -> c.name().equals("requests")
                && c.manifest().endsWith("requirements.txt")).singleElement()
                .satisfies(c -> assertThat(c.constraint()).isEqualTo(">=2.0"));
        assertThat(inventory.components()).filteredOn(c -> c.name().equals("minimist")
                && c.manifest().startsWith("npm-v3")).singleElement()
                .satisfies(c -> assertThat(c.scope()).isEqualTo("dev"));
        assertThat(inventory.components()).extracting(DependencyInventory.Component::name).doesNotContain("ui", "app",
                "imgsvc", "php");
        assertThat(inventory.components()).filteredOn(c -> c.name().equals("golang.org/x/text")).singleElement()
                .satisfies(c -> assertThat(c.direct()).isFalse());
    }

    @Test
    void osvFilesReportBadDocumentsAndSkipWithdrawnOnes() {
        assertThat(osv.advisories()).hasSize(24);
        assertThat(osv.errors()).containsExactlyInAnyOrder("broken.json: not valid JSON",
                "no-modified.json: missing \"modified\"");
        InMemoryAdvisoryIndex index = osv.index("x");
        assertThat(index.size()).isEqualTo(23); // the withdrawn one is left out
    }

    @Test
    void zipArchivesLoadTheSameAdvisories(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("osv.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(OSV)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("all/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        OsvFiles.Result fromZip = OsvFiles.read(zip, OsvFiles.Limits.defaults());
        assertThat(fromZip.advisories()).hasSize(24);
        assertThat(fromZip.errorCount()).isEqualTo(2);
        // an archive that expands beyond the limit is refused as a whole (zip bomb guard)
        assertThatThrownBy(() -> OsvFiles.read(zip, new OsvFiles.Limits(2_000, 1 << 20, 100)))
                .isInstanceOf(IOException.class).hasMessageContaining("expands to more than 2000 bytes");
        assertThatThrownBy(() -> OsvFiles.read(zip, new OsvFiles.Limits(1 << 30, 1 << 20, 3)))
                .hasMessageContaining("more than 3 JSON entries");
    }

    private static Finding one(String advisory) {
        return findings.stream().filter(f -> advisory.equals(f.properties().get("advisory_id"))).findFirst()
                .orElseThrow();
    }
}
