package dev.aicoder.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import dev.aicoder.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProviderKeyTest {

    static final String KEY = "sk-test-" + UUID.randomUUID().toString().replace("-", "") + "wxyz";

    @Test
    void keyIsWriteOnlyAndMaskedOnRead() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/openai/key").then()
                .statusCode(200)
                .body("configured", equalTo(true))
                .body("last4", equalTo("wxyz"))
                .body(not(containsString(KEY.substring(0, 20))));
        Api.as(admin.token()).get("/api/v1/providers/openai/key").then()
                .statusCode(200)
                .body("configured", equalTo(true))
                .body("last4", equalTo("wxyz"))
                .body("backend", equalTo("embedded"))
                .body(not(containsString(KEY.substring(0, 20))));
    }

    @Test
    void storedValueIsCiphertextBoundToItsTenant() throws Exception {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/anthropic/key").then().statusCode(200);
        try (Connection c = PostgresResource.postgres().getPostgresDatabase().getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT ciphertext FROM secret_entry WHERE tenant_id = ? AND name = ?")) {
            st.setObject(1, admin.tenantId());
            st.setString(2, "providers/anthropic/api-key");
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
                assertThat(stored).doesNotContain(KEY).doesNotContain("wxyz");
            }
        }
        var other = Api.newTenant();
        Api.as(other.token()).get("/api/v1/providers/anthropic/key").then()
                .statusCode(200).body("configured", equalTo(false)).body("last4", nullValue());
    }

    @Test
    void deleteRemovesTheKey() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/gemini/key").then().statusCode(200);
        Api.as(admin.token()).delete("/api/v1/providers/gemini/key").then().statusCode(204);
        Api.as(admin.token()).get("/api/v1/providers/gemini/key").then().body("configured", equalTo(false));
        Api.as(admin.token()).delete("/api/v1/providers/gemini/key").then().statusCode(404);
    }

    @Test
    void onlyAdminsWriteKeysAndUnknownProvidersAre404() {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        Api.as(member.token()).body(Map.of("key", KEY)).put("/api/v1/providers/openai/key").then().statusCode(403);
        Api.as(member.token()).delete("/api/v1/providers/openai/key").then().statusCode(403);
        Api.as(member.token()).get("/api/v1/providers/openai/key").then().statusCode(200)
                .body("configured", equalTo(false));
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/not-a-provider/key").then()
                .statusCode(404);
        Api.as(admin.token()).body(Map.of("key", "has space in it")).put("/api/v1/providers/openai/key").then()
                .statusCode(422);
    }
}
