package dev.aicoder.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import dev.aicoder.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EmbeddedSecretStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    EmbeddedSecretStore store;

    @Test
    void roundTripsAndOverwrites() {
        UUID tenant = Api.newTenant().tenantId();
        SecretRef ref = new SecretRef(tenant, "git/github/token");
        store.put(ref, "first-value-123").await().atMost(WAIT);
        store.put(ref, "second-value-456").await().atMost(WAIT);
        assertThat(store.get(ref).await().atMost(WAIT)).contains("second-value-456");
        assertThat(store.delete(ref).await().atMost(WAIT)).isTrue();
        assertThat(store.get(ref).await().atMost(WAIT)).isEmpty();
    }

    @Test
    void ciphertextCopiedToAnotherTenantDoesNotDecrypt() throws Exception {
        UUID a = Api.newTenant().tenantId();
        UUID b = Api.newTenant().tenantId();
        store.put(new SecretRef(a, "providers/openai/api-key"), "tenant-a-secret").await().atMost(WAIT);
        try (Connection c = PostgresResource.postgres().getPostgresDatabase().getConnection();
                PreparedStatement st = c.prepareStatement("""
                        INSERT INTO secret_entry (tenant_id, name, ciphertext, nonce, key_id)
                        SELECT ?, name, ciphertext, nonce, key_id FROM secret_entry WHERE tenant_id = ?""")) {
            st.setObject(1, b);
            st.setObject(2, a);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertThatThrownBy(() -> store.get(new SecretRef(b, "providers/openai/api-key")).await().atMost(WAIT))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageNotContaining("tenant-a-secret");
    }

    @Test
    void refusesPathTricksInNames() {
        assertThatThrownBy(() -> new SecretRef(UUID.randomUUID(), "../other-tenant/key"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretRef(UUID.randomUUID(), "a/../../b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
