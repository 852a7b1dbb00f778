package dev.aicoder.secrets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.aicoder.platform.db.EmbeddedDefaults;
import dev.aicoder.platform.logging.Redactor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The default store: AES-256-GCM ciphertexts in PostgreSQL. The tenant and name are bound in as associated data,
 * so a ciphertext copied to another row or tenant does not decrypt.
 */
@ApplicationScoped
public class EmbeddedSecretStore implements SecretStore {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pool pool;

    @Inject
    SecretsConfig config;

    private volatile SecretKey key;

    @Override
    public String backend() {
        return "embedded";
    }

    @Override
    public Uni<Void> put(SecretRef ref, String value) {
        Redactor.register(value);
        SecretKey k = key();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, k, nonce, ref, value.getBytes(StandardCharsets.UTF_8));
        return pool.preparedQuery("""
                INSERT INTO secret_entry (tenant_id, name, ciphertext, nonce, key_id, updated_at)
                VALUES ($1, $2, $3, $4, $5, now())
                ON CONFLICT (tenant_id, name) DO UPDATE
                SET ciphertext = EXCLUDED.ciphertext, nonce = EXCLUDED.nonce, key_id = EXCLUDED.key_id,
                    updated_at = now()""")
                .execute(Tuple.of(ref.tenantId(), ref.name(), io.vertx.core.buffer.Buffer.buffer(ciphertext),
                        io.vertx.core.buffer.Buffer.buffer(nonce), k.id()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Optional<String>> get(SecretRef ref) {
        return pool.preparedQuery("SELECT ciphertext, nonce, key_id FROM secret_entry WHERE tenant_id = $1 AND name = $2")
                .execute(Tuple.of(ref.tenantId(), ref.name()))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(decrypt(ref, rows.iterator().next())));
    }

    @Override
    public Uni<Boolean> delete(SecretRef ref) {
        return pool.preparedQuery("DELETE FROM secret_entry WHERE tenant_id = $1 AND name = $2")
                .execute(Tuple.of(ref.tenantId(), ref.name()))
                .map(rows -> rows.rowCount() > 0);
    }

    private String decrypt(SecretRef ref, Row row) {
        SecretKey k = key();
        if (!k.id().equals(row.getString("key_id"))) {
            throw new SecretStoreException("Secret " + ref.name() + " was stored under another encryption key ("
                    + row.getString("key_id") + "); restore that key or store the secret again");
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, k, row.getBuffer("nonce").getBytes(), ref,
                row.getBuffer("ciphertext").getBytes());
        String value = new String(plain, StandardCharsets.UTF_8);
        Redactor.register(value);
        return value;
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, SecretRef ref, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((ref.tenantId() + "/" + ref.name()).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("Secret " + ref.name() + " could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted (tampered with, or moved between tenants)"));
        }
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = config.key().map(SecretKey::fromBase64).orElseGet(() -> SecretKey.fromFile(config.keyFile()
                            .map(Path::of)
                            .orElseGet(() -> EmbeddedDefaults.dataHome(ConfigProvider.getConfig())
                                    .resolve("secret.key"))));
                }
                k = key;
            }
        }
        return k;
    }
}
