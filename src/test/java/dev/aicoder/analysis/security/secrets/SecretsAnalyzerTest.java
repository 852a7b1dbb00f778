package dev.aicoder.analysis.security.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.github.tomakehurst.wiremock.WireMockServer;

import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.secrets.verify.GitHubTokenVerifier;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

class SecretsAnalyzerTest {

    // Random values made for this test; not live credentials.
    static final String GITHUB = "ghp_" + "Zk3J9qLw0XbT7mNc2VfR8sYd4HgP1aEuKo6i";
    static final String STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dcK9vPm2Qx";
    static final String AWS_ID = "AKIA" + "Q3EGRZ7V2X5KJW4M";
    static final String DB_PASSWORD = "Zq8!rT2#vLm9pX";

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static List<Finding> analyze(SecretsAnalyzer analyzer, String path, String content,
            Map<String, String> settings) {
        SourceFile file = new SourceFile(path, Language.TEXT, content.length(), "");
        return analyzer.analyze(file, content, new RecordingContext(settings));
    }

    private static List<Finding> analyze(String path, String content) {
        return analyze(new SecretsAnalyzer(SecretsSettings.defaults()), path, content, Map.of());
    }

    @Test
    void theRawValueAppearsNowhereInTheSerializedFinding() throws Exception {
        String content = String.join("\n", "GITHUB_TOKEN=" + GITHUB, "STRIPE=" + STRIPE,
                "aws_access_key_id = " + AWS_ID, "DB_PASSWORD=" + DB_PASSWORD, "url: postgres://app:" + DB_PASSWORD
                        + "x@db:5432/app");
        List<Finding> findings = analyze("deploy/.env", content);

        assertThat(findings).extracting(Finding::ruleId).contains("secrets/github-token",
                "secrets/stripe-secret-key", "secrets/aws-access-key-id", "secrets/generic-password",
                "secrets/connection-string-password");
        String serialized = JSON.writeValueAsString(findings);
        for (String secret : List.of(GITHUB, STRIPE, AWS_ID, DB_PASSWORD)) {
            assertThat(serialized).doesNotContain(secret);
            // not even a long piece of it: only a prefix of at most four characters is ever shown
            for (int i = 0; i + 6 <= secret.length(); i++) {
                assertThat(serialized).doesNotContain(secret.substring(i, i + 6));
            }
        }
        Finding github = findings.stream().filter(f -> f.ruleId().equals("secrets/github-token")).findFirst()
                .orElseThrow();
        assertThat(github.snippet()).isEqualTo("GITHUB_TOKEN=ghp_****(40 chars)");
        assertThat(github.message()).contains("ghp_****(40 chars)");
        assertThat(github.cwe()).containsExactly(798);
        assertThat(github.startLine()).isEqualTo(1);
        assertThat(github.startColumn()).isEqualTo("GITHUB_TOKEN=".length() + 1);
        assertThat(github.properties()).containsEntry(SecretFindings.HASH,
                Masking.secretHash("secrets/github-token", GITHUB));
        assertThat(String.valueOf(github)).doesNotContain(GITHUB);
    }

    @Test
    void placeholdersAndVariablesAreNotSecrets() {
        String content = String.join("\n", "DB_PASSWORD=${DB_PASSWORD}", "password: changeme",
                "api_key: <your-api-key>", "token = os.environ[\"TOKEN\"]", "GITHUB_TOKEN=ghp_"
                        + "x".repeat(36), "secret: \"{{ vault_secret }}\"", "password: '********'");
        assertThat(analyze("config/app.env", content)).isEmpty();
    }

    @Test
    void testsAndExamplesLowerTheConfidence() {
        String line = "GITHUB_TOKEN=" + GITHUB;
        Finding prod = analyze("deploy/.env", line).get(0);
        Finding test = analyze("src/test/resources/fixture.env", line).get(0);
        assertThat(prod.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(test.confidence()).isEqualTo(Confidence.MEDIUM);
        // a generic password in a test is dropped, the same line in configuration is reported
        assertThat(analyze("src/test/java/LoginTest.java", "String password = \"Summer2024\";")).isEmpty();
        assertThat(analyze("src/main/java/Login.java", "String password = \"Summer2024!x\";")).hasSize(1);
    }

    @Test
    void allowListBaselineAndInlineMarkers(@TempDir Path dir) throws Exception {
        Path allow = dir.resolve("allow.yaml");
        Files.writeString(allow, "paths: ['^third_party/']\nvalues: ['^sk_live_4eC39']\nrules: [aws-access-key-id]\n");
        SecretAllowList allowList = SecretAllowList.read(allow);
        SecretsAnalyzer allowing = new SecretsAnalyzer(new SecretsSettings(allowList, null, null, 0));
        String content = "a=" + GITHUB + "\nb=" + STRIPE + "\nc=" + AWS_ID + "\n";
        assertThat(analyze(allowing, "app/.env", content, Map.of())).extracting(Finding::ruleId)
                .containsExactly("secrets/github-token");
        assertThat(analyze(allowing, "third_party/lib/.env", content, Map.of())).isEmpty();

        List<Finding> first = analyze("app/.env", content);
        Path baselineFile = dir.resolve("baseline.json");
        SecretBaseline.of(first.subList(0, 1)).write(baselineFile);
        assertThat(Files.readString(baselineFile)).doesNotContain(GITHUB).contains("secrets/github-token");
        SecretsAnalyzer baselined = new SecretsAnalyzer(
                new SecretsSettings(null, SecretBaseline.read(baselineFile), null, 0));
        List<Finding> again = analyze(baselined, "app/.env", content, Map.of());
        assertThat(again).filteredOn(Finding::suppressed).extracting(Finding::ruleId)
                .containsExactly("secrets/github-token");
        assertThat(again).filteredOn(f -> !f.suppressed()).hasSize(2);

        assertThat(analyze("app/.env", "a=" + GITHUB + " # gitleaks:allow")).isEmpty();
    }

    @Test
    void liveVerificationIsOffByDefaultAndUsesTheProviderApiWhenOn() {
        WireMockServer github = new WireMockServer(options().dynamicPort());
        github.start();
        try {
            github.stubFor(get(urlEqualTo("/user")).withHeader("Authorization", equalTo("Bearer " + GITHUB))
                    .willReturn(aResponse().withStatus(200).withBody("{\"login\":\"octocat\"}")));
            github.stubFor(get(urlEqualTo("/user")).atPriority(10)
                    .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
            SecretsSettings settings = SecretsSettings.defaults().withVerifiers(List.of(
                    new GitHubTokenVerifier(URI.create(github.baseUrl()), Duration.ofSeconds(5))));
            SecretsAnalyzer analyzer = new SecretsAnalyzer(settings);
            String other = "ghp_" + "Pq7Wn2Lk9Xc4Vb1Mz8As3Df6Gh0Jk5Ll2Qwe";

            Finding off = analyze(analyzer, "a/.env", "T=" + GITHUB, Map.of()).get(0);
            assertThat(off.properties()).doesNotContainKey("verified");
            github.verify(0, getRequestedFor(urlEqualTo("/user")));

            Map<String, String> on = Map.of(SecretsAnalyzer.VERIFY_SETTING, "true");
            Finding live = analyze(analyzer, "a/.env", "T=" + GITHUB, on).get(0);
            Finding dead = analyze(analyzer, "a/.env", "T=" + other, on).get(0);
            assertThat(live.properties()).containsEntry("verified", "valid");
            assertThat(live.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(dead.properties()).containsEntry("verified", "invalid");
            assertThat(dead.severity()).isEqualTo(Severity.LOW);
            github.verify(2, getRequestedFor(urlEqualTo("/user")));
        } finally {
            github.stop();
        }
    }

    @Test
    void jwtsAndPrivateKeysNeedRealContent() throws Exception {
        String header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
        String payload = "eyJzdWIiOiI0MiIsImV4cCI6NDEwMjQ0NDgwMH0";
        assertThat(analyze("src/api.js", "const t = \"" + header + "." + payload + ".c2lnbmF0dXJlc2lnbmF0dXJlMTIz\";"))
                .extracting(Finding::ruleId).containsExactly("secrets/jwt");
        assertThat(analyze("src/api.js", "const t = \"eyJub3Rqc29u.eyJub3Rqc29u.c2lnbmF0dXJlc2lnbmF0dXJl\";"))
                .isEmpty();
        String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7" + "Vq3xZ";
        assertThat(analyze("keys/k.pem", "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"))
                .extracting(Finding::ruleId, Finding::cwe).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("secrets/private-key", List.of(321)));
        assertThat(analyze("docs/keys.md", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----")).isEmpty();
        // a key inside one JSON line: the key material is masked in the snippet, and two keys are told apart
        String other = "MIIEpAIBAAKCAQEAx9Lq3ZkTw8pVn2RbYc5HjU0sM4gFaE7tK1oWdXyPiQlN6vC" + "2sJ";
        List<Finding> json = analyze("keys/sa.json", "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + body
                + "\\n-----END PRIVATE KEY-----\\n\"}\n{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + other
                + "\\n-----END PRIVATE KEY-----\\n\"}");
        assertThat(json).hasSize(2);
        assertThat(json.get(0).properties().get(SecretFindings.HASH))
                .isNotEqualTo(json.get(1).properties().get(SecretFindings.HASH));
        String serialized = JSON.writeValueAsString(json);
        for (int i = 0; i + 8 <= body.length(); i++) {
            assertThat(serialized).doesNotContain(body.substring(i, i + 8));
        }
    }

    @Test
    void lockfilesAreNotScannedAndBadRulesFailClearly() {
        assertThat(new SecretsAnalyzer(SecretsSettings.defaults())
                .supports(new SourceFile("web/package-lock.json", Language.JSON, 10, ""))).isFalse();
        String bad = "rules:\n  - id: broken\n    title: Broken\n    provider: X\n    regex: '(unclosed'\n";
        assertThatThrownBy(() -> SecretRuleSet.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("secret rule broken");
        assertThat(SecretRuleSet.builtIn()).extracting(SecretRule::id).doesNotHaveDuplicates()
                .contains("aws-access-key-id", "gcp-api-key", "azure-storage-account-key", "github-token",
                        "gitlab-token", "stripe-secret-key", "slack-token", "twilio-api-key", "sendgrid-api-key",
                        "openai-api-key", "anthropic-api-key", "private-key", "jwt", "connection-string-password");
        assertThat(Pattern.compile("x").pattern()).isEqualTo("x");
    }
}
