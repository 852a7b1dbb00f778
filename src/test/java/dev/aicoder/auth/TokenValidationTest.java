package dev.aicoder.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Tokens that must be refused, each with a 401 problem document. */
@QuarkusTest
class TokenValidationTest {

    private static final String ISSUER = "https://aicoder.local";

    @Test
    void noTokenIsRejected() {
        given().get("/api/v1/users/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void garbageTokenIsRejected() {
        rejected("not-a-jwt");
    }

    @Test
    void expiredTokenIsRejected() {
        var admin = Api.newTenant();
        String token = Jwt.issuer(ISSUER).subject(admin.userId().toString()).upn(admin.email())
                .groups(Set.of("admin", "member", "viewer")).claim("tenant", admin.tenantId().toString())
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        rejected(token);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        var admin = Api.newTenant();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        String token = Jwt.issuer(ISSUER).subject(admin.userId().toString()).upn(admin.email())
                .groups(Set.of("admin")).claim("tenant", admin.tenantId().toString()).sign(other.getPrivate());
        rejected(token);
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        var admin = Api.newTenant();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + admin.userId() + "\",\"upn\":\""
                + admin.email() + "\",\"groups\":[\"admin\"],\"tenant\":\"" + admin.tenantId() + "\",\"exp\":" + exp
                + "}");
        rejected(header + "." + payload + ".");
    }

    @Test
    void tokenWithoutTenantClaimIsRejected() {
        var admin = Api.newTenant();
        String token = Jwt.issuer(ISSUER).subject(admin.userId().toString()).upn(admin.email())
                .groups(Set.of("admin", "member", "viewer")).sign();
        rejected(token);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        var admin = Api.newTenant();
        String token = Jwt.issuer("https://evil.example").subject(admin.userId().toString()).upn(admin.email())
                .groups(Set.of("admin")).claim("tenant", admin.tenantId().toString()).sign();
        rejected(token);
    }

    @Test
    void validSelfSignedTokenIsAcceptedSoTheRejectionsAboveMeanSomething() {
        var admin = Api.newTenant();
        String token = Jwt.issuer(ISSUER).subject(admin.userId().toString()).upn(admin.email())
                .groups(Set.of("admin", "member", "viewer")).claim("tenant", admin.tenantId().toString()).sign();
        Api.as(token).get("/api/v1/users/me").then().statusCode(200).body("user.email", equalTo(admin.email()));
    }

    private static void rejected(String token) {
        Api.as(token).get("/api/v1/users/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", equalTo("https://aicoder.dev/problems/unauthorized"));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

}
