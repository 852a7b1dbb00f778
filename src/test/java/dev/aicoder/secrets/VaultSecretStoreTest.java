package dev.aicoder.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.aicoder.llm.LlmStubServer;
import dev.aicoder.testing.Api;
import dev.aicoder.testing.FakeVaultServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The production backend through the real quarkus-vault client against a server speaking Vault's KV v2 API. */
@QuarkusTest
@TestProfile(VaultSecretStoreTest.VaultProfile.class)
class VaultSecretStoreTest {

    public static class VaultProfile implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(FakeVaultServer.class));
        }
    }

    static final String KEY = "sk-vault-" + UUID.randomUUID().toString().replace("-", "") + "v4lt";

    @AfterEach
    void heal() {
        FakeVaultServer.FAIL.set(false);
    }

    @Test
    void providerKeyLivesInVaultAndIsNeverReadBack() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/openai/key").then()
                .statusCode(200).body("backend", equalTo("vault")).body("last4", equalTo("v4lt"));

        String path = "aicoder/" + admin.tenantId() + "/providers/openai/api-key";
        assertThat(FakeVaultServer.SECRETS).containsKey(path);
        assertThat(FakeVaultServer.SECRETS.get(path).getString("value")).isEqualTo(KEY);

        Api.as(admin.token()).get("/api/v1/providers/openai/key").then()
                .statusCode(200).body("configured", equalTo(true)).body(not(containsString(KEY.substring(0, 20))));

        Api.as(admin.token()).delete("/api/v1/providers/openai/key").then().statusCode(204);
        assertThat(FakeVaultServer.SECRETS).doesNotContainKey(path);
        Api.as(admin.token()).get("/api/v1/providers/openai/key").then().body("configured", equalTo(false));
    }

    @Test
    void vaultOutageIs503WithoutTheValue() {
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/anthropic/key").then().statusCode(200);
        FakeVaultServer.FAIL.set(true);
        Api.as(admin.token()).get("/api/v1/providers/anthropic/key").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aicoder.dev/problems/secret-store-unavailable"))
                .body(not(containsString(KEY)));
    }

    @Test
    void anLlmCallUsesTheKeyHeldInVaultAndAVaultOutageNeverLeaksIt() {
        LlmStubServer stub = LlmStubServer.get();
        stub.reset();
        var admin = Api.newTenant();
        Api.as(admin.token()).body(Map.of("key", KEY)).put("/api/v1/providers/openai/key").then().statusCode(200)
                .body("backend", equalTo("vault"));
        stub.byDefault("openai", body -> "{\"summary\":\"adds one\",\"steps\":[],\"risks\":[]}");
        Api.as(admin.token()).body(Map.of("code", "def inc(x):\n    return x + 1\n", "language", "python"))
                .post("/api/v1/explain").then().statusCode(200).body("mode", equalTo("ai"))
                .body("result.summary", equalTo("adds one")).body(not(containsString(KEY)));
        assertThat(stub.received("openai")).singleElement().satisfies(r -> assertThat(r.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("authorization")).flatMap(h -> h.getValue().stream()))
                .containsExactly("Bearer " + KEY));

        FakeVaultServer.FAIL.set(true);
        String failed = Api.as(admin.token()).body(Map.of("code", "def dec(x):\n    return x - 1\n", "language",
                "python")).post("/api/v1/explain").then().statusCode(503).contentType("application/problem+json")
                .extract().asString();
        assertThat(failed).doesNotContain(KEY);
        assertThat(stub.received("openai")).hasSize(1);
    }
}
