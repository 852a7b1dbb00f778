package dev.aicoder.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LoginTest {

    @Test
    void bootstrapAdminGetsJwtWithTenantAndRoles() {
        String token = Api.platformAdminToken();
        Api.as(token).get("/api/v1/users/me").then()
                .statusCode(200)
                .body("user.email", equalTo(Api.ADMIN_EMAIL))
                .body("user.role", equalTo("admin"))
                .body("tenant.platform", equalTo(true))
                .body("roles", hasItems("admin", "member", "viewer", "platform-admin"));
    }

    @Test
    void loginResponseIsOAuthShaped() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Api.ADMIN_EMAIL.toUpperCase(), "password", Api.ADMIN_PASSWORD))
                .post("/api/v1/auth/login").then()
                .statusCode(200)
                .body("access_token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600));
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        var admin = Api.newTenant();
        String wrong = given().contentType(ContentType.JSON)
                .body(Map.of("email", admin.email(), "password", "not-the-password"))
                .post("/api/v1/auth/login").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aicoder.dev/problems/invalid-credentials"))
                .extract().path("detail");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + admin.slug() + "@example.com", "password", "whatever-pass"))
                .post("/api/v1/auth/login").then()
                .statusCode(401)
                .body("detail", equalTo(wrong));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        var admin = Api.newTenant();
        for (int i = 0; i < 4; i++) {
            attempt(admin.email(), "wrong-" + i).then().statusCode(401);
        }
        attempt(admin.email(), "wrong-5").then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://aicoder.dev/problems/account-locked"));
        attempt(admin.email(), Api.PASSWORD).then()
                .statusCode(429)
                .body("detail", containsString("locked"));
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        var admin = Api.newTenant();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3; i++) {
                attempt(admin.email(), "wrong").then().statusCode(401);
            }
            attempt(admin.email(), Api.PASSWORD).then().statusCode(200);
        }
    }

    @Test
    void disabledUserCannotLogIn() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        Api.as(admin.token()).body(Map.of("disabled", true)).patch("/api/v1/users/" + member.id())
                .then().statusCode(200).body("disabled", equalTo(true));
        attempt(member.email(), Api.PASSWORD).then().statusCode(401);
    }

    @Test
    void missingFieldsAreValidationErrors() {
        given().contentType(ContentType.JSON).body(Map.of("email", ""))
                .post("/api/v1/auth/login").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("email", "password"));
    }

    private static io.restassured.response.Response attempt(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }
}
