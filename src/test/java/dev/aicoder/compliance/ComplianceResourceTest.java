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
}
