package dev.aicoder.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.platform.db.EmbeddedDefaults;
import dev.aicoder.platform.security.JwtKeyFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded defaults of a single machine: data that survives restarts, keys that are private. */
class EmbeddedDefaultsTest {

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedDefaults.start(data, 0);
                Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE survivor (name text)");
            st.execute("INSERT INTO survivor VALUES ('still here')");
        }
        try (EmbeddedPostgres pg = EmbeddedDefaults.start(data, 0);
                Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void jwtPrivateKeyIsOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
        JwtKeyFiles first = JwtKeyFiles.createIfMissing(dir.resolve("jwt"));
        String privatePem = Files.readString(first.privateKey());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKey())))
                .isEqualTo("rw-------");
        JwtKeyFiles second = JwtKeyFiles.createIfMissing(dir.resolve("jwt"));
        assertThat(Files.readString(second.privateKey())).isEqualTo(privatePem);
    }
}
