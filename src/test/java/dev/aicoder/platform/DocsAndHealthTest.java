package dev.aicoder.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public, unauthenticated surface: docs, health, metrics. */
@QuarkusTest
class DocsAndHealthTest {

    @Test
    void openApiDescribesTheApiAndItsBearerScheme() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/auth/login'.post", org.hamcrest.Matchers.notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiAndRedocRender() {
        given().get("/docs/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/redoc").then().statusCode(200)
                .body(containsString("<redoc"))
                .body(containsString("/q/openapi"));
        given().get("/webjars/redoc/2.1.4/bundles/redoc.standalone.js").then().statusCode(200);
    }

    @Test
    void healthAtBothPaths() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
