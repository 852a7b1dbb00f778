package dev.aicoder.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every error is RFC 7807 problem+json with a stable type, the request id, and no stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void malformedJsonIs400WithPositionAndNoEcho() {
        var admin = Api.newTenant();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + admin.token())
                .body("{\"email\": \"x@example.com\", \"password\": \"sk-secret-in-broken-json")
                .post("/api/v1/users").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aicoder.dev/problems/malformed-json"))
                .body("detail", not(containsString("sk-secret")))
                .body("request_id", notNullValue());
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("email", Api.unique("u") + "@example.com", "password", Api.PASSWORD,
                "role", "member", "is_superuser", true))
                .post("/api/v1/users").then()
                .statusCode(400)
                .body("type", equalTo("https://aicoder.dev/problems/unknown-field"))
                .body("errors.field", hasItem("is_superuser"));
        Api.as(admin.token()).get("/api/v1/users").then().body("total", equalTo(1));
    }

    @Test
    void wrongTypeIs400() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("disabled", Map.of("nested", 1)))
                .patch("/api/v1/users/" + admin.userId()).then()
                .statusCode(400)
                .body("type", equalTo("https://aicoder.dev/problems/invalid-json"))
                .body("errors.field", hasItem("disabled"));
    }

    @Test
    void oversizedBodyIs413ProblemAndNothingIsStored() {
        var admin = Api.newTenant();
        String huge = "x".repeat(3 * 1024 * 1024);
        Api.as(admin.token()).body(Map.of("email", Api.unique("big") + "@example.com", "password", Api.PASSWORD,
                "display_name", huge))
                .post("/api/v1/users").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aicoder.dev/problems/payload-too-large"));
        Api.as(admin.token()).get("/api/v1/users").then().body("total", equalTo(1));
    }

    @Test
    void unknownRouteIs404Problem() {
        given().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void malformedIdIs404Problem() {
        var admin = Api.newTenant();
        Api.as(admin.token()).get("/api/v1/users/not-a-uuid").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void requestIdIsEchoedInHeaderAndBody() {
        given().header("X-Request-Id", "trace-abc-123").get("/api/v1/users/me").then()
                .statusCode(401)
                .header("X-Request-Id", "trace-abc-123")
                .body("request_id", equalTo("trace-abc-123"))
                .body("instance", equalTo("/api/v1/users/me"));
    }

    @Test
    void insaneRequestIdIsReplaced() {
        given().header("X-Request-Id", "<script>alert(1)</script>").get("/api/v1/users/me").then()
                .statusCode(401)
                .header("X-Request-Id", not(containsString("<")));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().put("/api/v1/auth/login").then()
                .statusCode(405)
                .contentType("application/problem+json");
    }
}
