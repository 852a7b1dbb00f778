package dev.aicoder.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiTokenTest {

    @Test
    void tokenIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        var admin = Api.newTenant();
        var created = Api.as(admin.token()).body(Map.of("name", "ci", "role", "viewer"))
                .post("/api/v1/tokens").then().statusCode(201)
                .body("token", startsWith("aic_"))
                .body("role", equalTo("viewer"))
                .extract();
        String token = created.path("token");
        String id = created.path("id");

        Api.as(token).get("/api/v1/users/me").then().statusCode(200)
                .body("user.email", equalTo(admin.email()))
                .body("roles", not(org.hamcrest.Matchers.hasItem("admin")));
        Api.as(token).get("/api/v1/users").then().statusCode(403);

        Api.as(admin.token()).get("/api/v1/tokens").then().statusCode(200)
                .body("", everyItem(not(hasKey("token"))))
                .body("find { it.id == '" + id + "' }.prefix", equalTo(token.substring(0, 10)))
                .body("find { it.id == '" + id + "' }.last_used_at", notNullValue());

        Api.as(admin.token()).delete("/api/v1/tokens/" + id).then().statusCode(200)
                .body("revoked_at", notNullValue());
        Api.as(token).get("/api/v1/users/me").then().statusCode(401);
    }

    @Test
    void tokenCannotOutrankItsOwner() {
        var admin = Api.newTenant();
        var viewer = Api.newUser(admin, "viewer");
        Api.as(viewer.token()).body(Map.of("name", "sneaky", "role", "admin"))
                .post("/api/v1/tokens").then().statusCode(403);
    }

    @Test
    void demotedOwnerLimitsTheToken() {
        var admin = Api.newTenant();
        var user = Api.newUser(admin, "admin");
        String token = Api.as(user.token()).body(Map.of("name", "ci")).post("/api/v1/tokens").then()
                .statusCode(201).body("role", equalTo("admin")).extract().path("token");
        Api.as(token).get("/api/v1/users").then().statusCode(200);
        Api.as(admin.token()).body(Map.of("role", "viewer")).patch("/api/v1/users/" + user.id()).then()
                .statusCode(200);
        Api.as(token).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void unknownTokenIsRejected() {
        Api.as("aic_" + "A".repeat(43)).get("/api/v1/users/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void otherUsersTokensCannotBeRevoked() {
        var admin = Api.newTenant();
        var other = Api.newTenant();
        String id = Api.as(admin.token()).body(Map.of("name", "ci")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("id");
        Api.as(other.token()).delete("/api/v1/tokens/" + id).then().statusCode(404);
        Api.as(admin.token()).get("/api/v1/tokens").then()
                .body("find { it.id == '" + id + "' }.revoked_at", org.hamcrest.Matchers.nullValue());
    }
}
