package dev.aicoder.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class UserAdministrationTest {

    @Test
    void adminCreatesUsersInOwnTenantOnly() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        Api.as(member.token()).get("/api/v1/users/me").then()
                .statusCode(200)
                .body("user.tenant_id", equalTo(admin.tenantId().toString()))
                .body("roles", not(hasItem("admin")));
        Api.as(admin.token()).get("/api/v1/users").then()
                .statusCode(200)
                .body("items.email", hasItem(member.email()))
                .body("total", equalTo(2));
    }

    @Test
    void duplicateEmailIsAConflict() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("email", admin.email(), "password", Api.PASSWORD, "role", "member"))
                .post("/api/v1/users").then()
                .statusCode(409)
                .body("type", equalTo("https://aicoder.dev/problems/email-taken"));
    }

    @Test
    void memberAndViewerCannotCallAdminEndpoints() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        var viewer = Api.newUser(admin, "viewer");
        for (String token : new String[] { member.token(), viewer.token() }) {
            Api.as(token).get("/api/v1/users").then().statusCode(403)
                    .contentType("application/problem+json");
            Api.as(token).body(Map.of("email", Api.unique("x") + "@example.com", "password", Api.PASSWORD))
                    .post("/api/v1/users").then().statusCode(403);
            Api.as(token).body(Map.of("role", "admin")).patch("/api/v1/users/" + member.id()).then().statusCode(403);
        }
        Api.as(admin.token()).get("/api/v1/users/" + member.id()).then().body("role", equalTo("member"));
    }

    @Test
    void tenantAdminCannotCreateTenants() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("name", "x", "slug", Api.unique("s"),
                "admin", Map.of("email", Api.unique("a") + "@example.com", "password", Api.PASSWORD)))
                .post("/api/v1/tenants").then().statusCode(403);
        Api.as(admin.token()).get("/api/v1/tenants").then().statusCode(403);
        Api.as(admin.token()).get("/api/v1/tenants/current").then().statusCode(200)
                .body("slug", equalTo(admin.slug()));
    }

    @Test
    void anotherTenantsUserIsNotFoundAndStaysUnchanged() {
        var a = Api.newTenant();
        var b = Api.newTenant();
        var victim = Api.newUser(a, "member");
        String path = "/api/v1/users/" + victim.id();
        Api.as(b.token()).get(path).then().statusCode(404)
                .body("type", equalTo("https://aicoder.dev/problems/not-found"));
        Api.as(b.token()).body(Map.of("role", "viewer", "disabled", true)).patch(path).then().statusCode(404);
        Api.as(b.token()).delete(path).then().statusCode(404);
        Api.as(a.token()).get(path).then().statusCode(200)
                .body("role", equalTo("member"))
                .body("disabled", equalTo(false));
        Api.login(victim.email(), Api.PASSWORD);
    }

    @Test
    void roleChangeTakesEffectOnNextLogin() {
        var admin = Api.newTenant();
        var user = Api.newUser(admin, "viewer");
        Api.as(admin.token()).body(Map.of("role", "admin")).patch("/api/v1/users/" + user.id()).then()
                .statusCode(200).body("role", equalTo("admin"));
        String fresh = Api.login(user.email(), Api.PASSWORD);
        Api.as(fresh).get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void lastAdminCannotBeDemotedDisabledOrDeletedAndNobodyDeletesThemselves() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("role", "member")).patch("/api/v1/users/" + admin.userId()).then()
                .statusCode(409).body("type", equalTo("https://aicoder.dev/problems/last-admin"));
        Api.as(admin.token()).body(Map.of("disabled", true)).patch("/api/v1/users/" + admin.userId()).then()
                .statusCode(409);
        Api.as(admin.token()).delete("/api/v1/users/" + admin.userId()).then()
                .statusCode(409).body("type", equalTo("https://aicoder.dev/problems/cannot-delete-self"));
        Api.as(admin.token()).get("/api/v1/users/me").then().body("user.role", equalTo("admin"));
    }

    @Test
    void adminDeletesAUser() {
        var admin = Api.newTenant();
        var user = Api.newUser(admin, "member");
        Api.as(admin.token()).delete("/api/v1/users/" + user.id()).then().statusCode(204);
        Api.as(admin.token()).get("/api/v1/users/" + user.id()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", Api.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        var admin = Api.newTenant();
        var user = Api.newUser(admin, "member");
        Api.as(user.token()).body(Map.of("current_password", "wrong-password", "new_password", "another-long-pass"))
                .put("/api/v1/users/me/password").then().statusCode(422)
                .body("type", equalTo("https://aicoder.dev/problems/wrong-password"));
        Api.as(user.token()).body(Map.of("current_password", Api.PASSWORD, "new_password", "another-long-pass"))
                .put("/api/v1/users/me/password").then().statusCode(204);
        Api.login(user.email(), "another-long-pass");
    }

    @Test
    void weakPasswordsAndBadRolesAreValidationErrors() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("email", "not-an-email", "password", "short", "role", "superuser"))
                .post("/api/v1/users").then()
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("email", "password", "role"));
    }

    @Test
    void paginationIsClamped() {
        Api.as(Api.platformAdminToken()).queryParam("size", 100000).queryParam("page", -3)
                .get("/api/v1/tenants").then()
                .statusCode(200)
                .body("size", equalTo(200))
                .body("page", equalTo(0));
    }
}
