package dev.aicoder.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test helpers that go through the real API: log in, create tenants and users. Every created name is unique, so
 * tests share one database without seeing each other's data.
 */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    public static final String PASSWORD = "correct-horse-battery";

    private Api() {
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String platformAdminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh tenant with its admin; returns the admin's credentials and ids. */
    public static TenantAdmin newTenant() {
        String slug = unique("t");
        String email = slug + "-admin@example.com";
        Map<String, Object> body = Map.of("name", "Tenant " + slug, "slug", slug,
                "admin", Map.of("email", email, "password", PASSWORD));
        var response = as(platformAdminToken()).body(body).post("/api/v1/tenants").then().statusCode(201).extract();
        return new TenantAdmin(UUID.fromString(response.path("tenant.id")), slug, email,
                UUID.fromString(response.path("admin.id")), login(email, PASSWORD));
    }

    /** A user with the given role in the admin's tenant; returns the user's token. */
    public static User newUser(TenantAdmin admin, String role) {
        String email = unique(role) + "@example.com";
        String id = as(admin.token()).body(Map.of("email", email, "password", PASSWORD, "role", role))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
        return new User(UUID.fromString(id), email, login(email, PASSWORD));
    }

    public record TenantAdmin(UUID tenantId, String slug, String email, UUID userId, String token) {
    }

    public record User(UUID id, String email, String token) {
    }
}
