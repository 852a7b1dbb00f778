package dev.aicoder.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplianceResourceTest {

    @Test
    void standardsAreListedWithTheirControls() {
        String viewer = Api.newUser(Api.newTenant(), "viewer").token();
        Api.as(viewer).get("/api/v1/compliance/standards").then().statusCode(200).body("$", hasSize(8))
                .body("id", hasItems("owasp-top10-2021", "cwe-top25", "owasp-asvs", "nist-800-53", "iso-27001",
                        "soc2", "hipaa", "pci-dss"));
        Api.as(viewer).get("/api/v1/compliance/standards/owasp-top10-2021").then().statusCode(200)
                .body("controls", hasSize(10)).body("controls[9].id", equalTo("A10:2021"))
                .body("controls[9].cwe", hasItems(918))
                .body("controls[9].source", containsString("owasp.org/Top10/A10_2021"));
        Api.as(viewer).get("/api/v1/compliance/standards/sox").then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("unknown-standard"))
                .body("detail", containsString("owasp-top10-2021"));
        io.restassured.RestAssured.given().get("/api/v1/compliance/standards").then().statusCode(401);
    }

    @Test
    void scanComplianceValidatesTheStandardAndAnswers404ForUnknownScans() {
        String viewer = Api.newUser(Api.newTenant(), "viewer").token();
        String scan = java.util.UUID.randomUUID().toString();
        Api.as(viewer).get("/api/v1/scans/" + scan + "/compliance").then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("standard-required"));
        Api.as(viewer).get("/api/v1/scans/" + scan + "/compliance?standard=sox").then().statusCode(400)
                .body("type", containsString("unknown-standard"));
        for (String standard : java.util.List.of("owasp-top10-2021", "cwe-top25", "owasp-asvs", "nist-800-53",
                "iso-27001", "soc2", "hipaa", "pci-dss")) {
            Api.as(viewer).get("/api/v1/scans/" + scan + "/compliance?standard=" + standard).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        Api.as(viewer).get("/api/v1/scans/not-a-uuid/compliance?standard=soc2").then().statusCode(404);
    }

    @Test
    void aScanIsMappedControlByControl() {
        Api.TenantAdmin tenant = Api.newTenant();
        String viewer = Api.newUser(tenant, "viewer").token();
        java.util.UUID scan = java.util.UUID.randomUUID();
        var sqli = dev.aicoder.analysis.Finding.builder("taint/sql-injection").title("SQL injection").cwe(89)
                .severity(dev.aicoder.analysis.Severity.HIGH).path("src/Dao.java").line(12).fingerprint("fp1").build();
        var rule = new dev.aicoder.analysis.RuleDescriptor("taint/sql-injection", "SQL injection", "d",
                dev.aicoder.analysis.Severity.HIGH, dev.aicoder.analysis.Category.SECURITY, java.util.List.of(89, 79),
                java.util.List.of(), "taint-java");
        RegisteredScanEvidence.SCANS.put(scan, new RegisteredScanEvidence.Registered(tenant.tenantId(),
                new ScanEvidence.Evidence(java.util.List.of(sqli), java.util.List.of(rule))));

        Api.as(viewer).get("/api/v1/scans/" + scan + "/compliance?standard=owasp-top10-2021").then().statusCode(200)
                .body("standard", equalTo("owasp-top10-2021")).body("summary.failed", equalTo(1))
                .body("summary.not_checked", equalTo(9))
                .body("controls.find { it.id == 'A03:2021' }.status", equalTo("fail"))
                .body("controls.find { it.id == 'A03:2021' }.findings[0].path", equalTo("src/Dao.java"))
                .body("controls.find { it.id == 'A03:2021' }.checked_cwe", hasItems(79, 89))
                .body("controls.find { it.id == 'A10:2021' }.status", equalTo("not_checked"))
                .body("controls.find { it.id == 'A10:2021' }.not_checked_cwe", hasItems(918));
        // the same scan id from another tenant does not exist
        String stranger = Api.newUser(Api.newTenant(), "viewer").token();
        Api.as(stranger).get("/api/v1/scans/" + scan + "/compliance?standard=owasp-top10-2021").then().statusCode(404);
    }
}
