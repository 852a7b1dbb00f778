package dev.aicoder.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Secrets flow through the app (login, JWT and API-token headers in the access log, provider keys, exceptions
 * logged with secrets in their message) and the log file the real handlers wrote must not contain any of them.
 */
@QuarkusTest
class LogRedactionTest {

    private static final Logger LOG = Logger.getLogger("dev.aicoder.leaky");
    private static final Path LOG_FILE = Path.of("target/quarkus-test.log");

    @Test
    void noSecretReachesTheLogFile() throws Exception {
        var admin = Api.newTenant();
        String providerKey = "sk-live-" + UUID.randomUUID().toString().replace("-", "");
        String apiToken = Api.as(admin.token()).body(Map.of("name", "ci")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        Api.as(admin.token()).body(Map.of("key", providerKey)).put("/api/v1/providers/openai/key").then()
                .statusCode(200);
        Api.as(apiToken).get("/api/v1/users/me").then().statusCode(200);
        String oddKey = "zz" + UUID.randomUUID().toString().replace("-", "") + "qq";
        Api.as(admin.token()).body(Map.of("key", oddKey)).put("/api/v1/providers/gemini/key").then().statusCode(200);

        String marker = "leak-check-" + UUID.randomUUID();
        LOG.infof("%s provider key %s, token %s, jwt %s, password=%s", marker, providerKey, apiToken, admin.token(),
                Api.PASSWORD);
        LOG.infof("%s odd-shaped key %s", marker, oddKey);
        LOG.error(marker + " failure", new IllegalStateException("call failed with key " + providerKey,
                new RuntimeException("Authorization: Bearer " + admin.token())));

        String log = Files.readString(LOG_FILE);
        assertThat(log).contains(marker).contains("[REDACTED]");
        assertThat(log).doesNotContain(providerKey)
                .doesNotContain(oddKey)
                .doesNotContain(apiToken)
                .doesNotContain(admin.token())
                .doesNotContain(Api.PASSWORD)
                .doesNotContain(Api.ADMIN_PASSWORD);
        assertThat(log).contains("auth=Bearer [REDACTED]");
    }
}
