package dev.aicoder.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.deps.DependencyAnalyzer;
import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;

/** The import endpoint and the PostgreSQL advisory store, on the real embedded PostgreSQL. */
@QuarkusTest
class AdvisoryImportTest {

    static final Path OSV = Path.of("src/test/resources/security/deps/osv");

    @Inject
    AdvisoryIndex index;

    @Test
    void importedAdvisoriesDriveTheServerSideDependencyAnalyzer() throws IOException {
        String admin = Api.platformAdminToken();
        Api.as(admin).contentType("application/zip").body(zip(OSV)).post("/api/v1/advisories/import")
                .then().statusCode(200).body("received", equalTo(24)).body("imported", equalTo(24))
                .body("invalid", equalTo(2))
                .body("errors", hasItems("osv/broken.json: not valid JSON", "osv/no-modified.json: missing \"modified\""));
        // the same archive again changes nothing
        Api.as(admin).contentType("application/zip").body(zip(OSV)).post("/api/v1/advisories/import")
                .then().statusCode(200).body("imported", equalTo(0)).body("unchanged", equalTo(24));

        List<Finding> findings = new DependencyAnalyzer(index).analyze(
                new DirectoryWorkspace(Path.of("src/test/resources/security/deps/project")), new RecordingContext(Map.of()));
        assertThat(findings).hasSize(25);
        assertThat(findings).extracting(f -> f.properties().get("advisory_id")).contains("GHSA-jfh8-c2jp-5v3q",
                "TEST-PYPI-0004", "TEST-GEM-0001", "TEST-PHP-0001", "TEST-CRATES-0001", "TEST-GO-0001")
                .doesNotContain("TEST-NPM-0006", "TEST-MAVEN-0003");

        // a newer revision replaces the stored one; an older one does not
        String newer = Files.readString(OSV.resolve("TEST-CRATES-0001.json"))
                .replace("2024-05-01T00:00:00Z", "2025-01-01T00:00:00Z").replace("\"1.6.1\"", "\"1.6.2\"");
        Api.as(admin).body(newer).post("/api/v1/advisories/import").then().statusCode(200).body("imported", equalTo(1));
        String viewer = Api.newUser(Api.newTenant(), "viewer").token();
        Api.as(viewer).get("/api/v1/advisories/TEST-CRATES-0001").then().statusCode(200)
                .body("affected[0].ranges[0].events[1].fixed", equalTo("1.6.2"));
        Api.as(admin).body(Files.readString(OSV.resolve("TEST-CRATES-0001.json"))).post("/api/v1/advisories/import")
                .then().statusCode(200).body("imported", equalTo(0));
        Api.as(viewer).get("/api/v1/advisories/NOPE-1").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyPlatformAdminsImportAndHostileUploadsAreRefused() throws IOException {
        Api.TenantAdmin tenantAdmin = Api.newTenant();
        Api.as(tenantAdmin.token()).body("[]").post("/api/v1/advisories/import").then().statusCode(403);

        String admin = Api.platformAdminToken();
        Api.as(admin).body("{\"id\": \"X-1\", \"summary\": ").post("/api/v1/advisories/import").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("body: not valid JSON"));
        Api.as(admin).contentType("application/zip").body(new byte[] {'P', 'K', 3, 4, 9, 9, 9})
                .post("/api/v1/advisories/import").then().statusCode(422).contentType("application/problem+json");
        // a small archive that would expand to 40 MiB: the entry is cut at its limit and refused
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("big.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(200_000);
        Api.as(admin).contentType("application/zip").body(bomb.toByteArray()).post("/api/v1/advisories/import")
                .then().statusCode(422).body("detail", containsString("big.json: larger than"));
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out); Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("osv/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
