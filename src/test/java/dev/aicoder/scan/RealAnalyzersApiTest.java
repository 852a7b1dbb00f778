package dev.aicoder.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.source.Archives;
import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The server with its real analyzer catalogue (the other API tests use small test analyzers): an uploaded
 * multi-language project gets rule, PMD, secret and dependency findings (advisories imported through the API into
 * PostgreSQL), a valid SARIF report, and a compliance report for every standard.
 */
@QuarkusTest
@TestProfile(RealAnalyzersApiTest.RealAnalyzers.class)
public class RealAnalyzersApiTest {

    public static class RealAnalyzers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", TestServerAnalyzers.class.getName());
        }
    }

    static final String JAVA = """
            package shop;

            public class OrderDao {
                public java.sql.ResultSet find(java.sql.Connection c, String id) throws Exception {
                    return c.createStatement().executeQuery("SELECT * FROM orders WHERE id = '" + id + "'");
                }

                public void quietly(java.io.Closeable c) {
                    try {
                        c.close();
                    } catch (java.io.IOException e) {
                    }
                }
            }
            """;
    static final String LOCK = """
            { "name": "shop", "lockfileVersion": 3, "packages": {
                "": { "name": "shop", "dependencies": { "minimist": "1.2.0" } },
                "node_modules/minimist": { "version": "1.2.0" } } }
            """;
    static final String ADVISORY = """
            { "id": "GHSA-xvch-5gv4-984h", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2021-44906"],
              "summary": "Prototype Pollution in minimist",
              "affected": [ { "package": { "ecosystem": "npm", "name": "minimist" },
                "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "0" }, { "fixed": "1.2.6" } ] } ] } ],
              "database_specific": { "severity": "CRITICAL", "cwe_ids": ["CWE-1321"] } }
            """;

    private static final String SERVLET = """
            package shop;

            import javax.servlet.http.*;

            public class FileServlet extends HttpServlet {
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
                    String name = request.getParameter("file");
                    response.getOutputStream().write(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/srv/files/" + name)));
                }
            }
            """;

    @Test
    void aRealProjectGetsFindingsFromEveryCapabilityAReportAndComplianceForEveryStandard() throws IOException {
        var admin = Api.newTenant();
        Api.as(Api.platformAdminToken()).body(ADVISORY).post("/api/v1/advisories/import").then().statusCode(200)
                .body("imported", equalTo(1));
        Path zip = Archives.of().file("shop/src/main/java/shop/OrderDao.java", JAVA)
                .file("shop/tools/report.py", "def run(expr):\n    return eval(expr)\n")
                .file("shop/src/main/java/shop/FileServlet.java", SERVLET)
                .file("shop/package-lock.json", LOCK)
                .file("shop/.env.production", "STRIPE_KEY=sk_live_" + "51HqT9kLmN3pQ7rS2tU8vW4xY6zA0bC\n")
                .zip(ScanApiTest.tmp());
        String id = ScanApiTest.upload(admin.token(), zip, Map.of()).statusCode(202).extract().path("id");
        ScanApiTest.awaitStatus(admin.token(), id, "succeeded");

        List<String> rules = Api.as(admin.token()).queryParam("size", 200).get("/api/v1/scans/" + id + "/findings")
                .then().statusCode(200).extract().path("items.rule_id");
        assertThat(rules).contains("java.sql-string-building", "python.eval-exec", "deps/GHSA-xvch-5gv4-984h",
                "java.taint.path-traversal")
                .anyMatch(r -> r.startsWith("secrets/stripe"));
        assertThat(rules).as("the standards analyzer of the catalogue").contains("standards.java.format");
        // OrderDao builds SQL from a method parameter no request reaches: a pattern match taint did not confirm
        Api.as(admin.token()).queryParam("rule", "java.sql-string-building").get("/api/v1/scans/" + id + "/findings")
                .then().statusCode(200).body("items[0].confidence", equalTo("low"))
                .body("items[0].properties.taint_unconfirmed", org.hamcrest.Matchers.startsWith("the taint analysis"));
        List<String> confident = Api.as(admin.token()).queryParam("size", 200).queryParam("min_confidence", "medium")
                .get("/api/v1/scans/" + id + "/findings").then().statusCode(200).extract().path("items.rule_id");
        assertThat(confident).contains("java.taint.path-traversal", "python.eval-exec")
                .doesNotContain("java.sql-string-building");
        Api.as(admin.token()).queryParam("min_confidence", "sure").get("/api/v1/scans/" + id + "/findings").then()
                .statusCode(400).body("detail", equalTo("min_confidence must be high, medium or low"));
        Api.as(admin.token()).queryParam("rule", "deps/GHSA-xvch-5gv4-984h").get("/api/v1/scans/" + id + "/findings")
                .then().statusCode(200).body("items[0].severity", equalTo("critical"))
                .body("items[0].message", org.hamcrest.Matchers.containsString("1.2.6"));
        String secrets = Api.as(admin.token()).queryParam("category", "security").queryParam("size", 200)
                .get("/api/v1/scans/" + id + "/findings").then().statusCode(200).extract().asString();
        assertThat(secrets).doesNotContain("51HqT9kLmN3pQ7rS2tU8vW4xY6zA0bC");

        String sarif = Api.as(admin.token()).get("/api/v1/scans/" + id + "/report?format=sarif").then()
                .statusCode(200).extract().asString();
        assertThat(SarifSchema.errors(sarif)).isEmpty();
        assertThat(sarif).doesNotContain("51HqT9kLmN3pQ7rS2tU8vW4xY6zA0bC");
        Api.as(admin.token()).get("/api/v1/scans/" + id + "/report?format=html").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("class=\"compliance\""));

        Api.as(admin.token()).get("/api/v1/scans/" + id + "/compliance?standard=owasp-top10-2021").then()
                .statusCode(200).body("controls.find { it.id == 'A03:2021' }.status", equalTo("fail"))
                .body("controls.find { it.id == 'A06:2021' }.status", equalTo("fail"));
        List<String> standards = Api.as(admin.token()).get("/api/v1/compliance/standards").then().statusCode(200)
                .extract().path("id");
        assertThat(standards).hasSizeGreaterThanOrEqualTo(8);
        for (String standard : standards) {
            Api.as(admin.token()).get("/api/v1/scans/" + id + "/compliance?standard=" + standard).then()
                    .statusCode(200).body("controls.status", hasItem(org.hamcrest.Matchers.anyOf(equalTo("fail"),
                            equalTo("pass"), equalTo("not_checked"))));
        }
        var other = Api.newTenant();
        Api.as(other.token()).get("/api/v1/scans/" + id + "/compliance?standard=owasp-top10-2021").then()
                .statusCode(404);
        Api.as(admin.token()).get("/api/v1/scans/" + id + "/findings?language=java&size=200").then().statusCode(200)
                .body("items.analyzer", hasItems("rules", "pmd"));
    }
}
