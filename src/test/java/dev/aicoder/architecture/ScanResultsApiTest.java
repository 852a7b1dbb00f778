package dev.aicoder.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.aicoder.llm.LlmStubServer;
import dev.aicoder.review.SuggestionExplanations;
import dev.aicoder.scan.RealAnalyzersApiTest;
import dev.aicoder.source.Archives;
import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The results of issue 7 through the API, with the real analyzer catalogue: the architecture of a realistic
 * multi-package project (a known package cycle, the most coupled package, Mermaid and DOT renderings), suggestions
 * approved and rejected, tenant isolation and bad input.
 */
@QuarkusTest
@TestProfile(RealAnalyzersApiTest.RealAnalyzers.class)
class ScanResultsApiTest {

    static final String SERVICE = "com.acme.inventory.service";
    static final String EVENTS = "com.acme.inventory.events";

    @Test
    void architectureShowsTheKnownCycleAndRendersSuggestionsCanBeDecidedOtherTenantsSeeNothing() throws IOException {
        var admin = Api.newTenant();
        String id = scan(admin.token(), Path.of("src/test/resources/architecture-sample"));

        var report = Api.as(admin.token()).get("/api/v1/scans/" + id + "/architecture").then().statusCode(200)
                .body("scan_id", equalTo(id)).body("summary.package_cycles", equalTo(1)).extract();
        List<List<String>> cycles = report.path("package_cycles.members");
        assertThat(cycles).containsExactly(List.of(EVENTS, SERVICE));
        List<String> mostCoupled = report.path("summary.most_coupled");
        assertThat(mostCoupled.get(0)).isEqualTo(SERVICE);
        List<String> metrics = report.path("package_metrics.name");
        assertThat(metrics).contains(SERVICE, EVENTS, "com.acme.inventory.model", "com.acme.inventory.web");
        String mermaid = report.path("renderings.mermaid");
        assertThat(mermaid).startsWith("graph LR").contains(SERVICE).contains(EVENTS);
        String dot = report.path("renderings.dot");
        assertThat(dot).startsWith("digraph").contains("\"" + EVENTS + "\" -> \"" + SERVICE + "\" [label=\"3\", color=\"#d62728\"")
                .contains("\"" + SERVICE + "\" -> \"" + EVENTS + "\" [label=\"5\", color=\"#d62728\"");
        Api.as(admin.token()).queryParam("rendering", "dot").get("/api/v1/scans/" + id + "/architecture").then()
                .statusCode(200).contentType(startsWith("text/plain")).body(equalTo(dot));

        List<Map<String, Object>> suggestions = report.path("suggestions");
        assertThat(suggestions).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("id")).isNotNull();
            assertThat(s.get("status")).isEqualTo("pending");
            assertThat((String) s.get("explanation")).isNotBlank();
        });
        Map<String, Object> first = suggestions.get(0);
        assertThat((String) first.get("kind")).isIn("invert-dependency", "move-class");
        assertThat(first.get("evidence").toString()).containsAnyOf(SERVICE, EVENTS);

        List<String> rules = Api.as(admin.token()).queryParam("size", 200).get("/api/v1/scans/" + id + "/findings")
                .then().statusCode(200).extract().path("items.rule_id");
        assertThat(rules).contains("architecture.package-cycle").anyMatch(r -> r.startsWith("standards."));

        // reading the report again keeps the stored suggestions (same ids)
        List<String> again = Api.as(admin.token()).get("/api/v1/scans/" + id + "/architecture").then()
                .statusCode(200).extract().path("suggestions.id");
        assertThat(again).containsExactlyElementsOf(suggestions.stream().map(s -> (String) s.get("id")).toList());

        String approved = (String) first.get("id");
        Api.as(admin.token()).body(Map.of("reason", "cut the cycle this sprint"))
                .post("/api/v1/suggestions/" + approved + "/approve").then().statusCode(200)
                .body("status", equalTo("approved")).body("reason", equalTo("cut the cycle this sprint"))
                .body("suggestion.key", equalTo(first.get("key")));
        List<String> approvedIds = Api.as(admin.token()).queryParam("status", "approved").get("/api/v1/suggestions")
                .then().statusCode(200).extract().path("items.id");
        assertThat(approvedIds).containsExactly(approved);
        if (suggestions.size() > 1) {
            String rejected = (String) suggestions.get(1).get("id");
            Api.as(admin.token()).body("{}").post("/api/v1/suggestions/" + rejected + "/reject").then()
                    .statusCode(200).body("status", equalTo("rejected"));
            Api.as(admin.token()).queryParam("status", "approved").get("/api/v1/suggestions").then()
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(rejected)));
        }
        Api.as(admin.token()).get("/api/v1/scans/" + id + "/architecture").then()
                .body("suggestions[0].status", equalTo("approved"));

        var fixes = Api.as(admin.token()).get("/api/v1/scans/" + id + "/fixes").then().statusCode(200)
                .body("scan_id", equalTo(id)).extract();
        List<String> fixedFiles = fixes.path("files.path");
        assertThat(fixedFiles).contains("src/main/java/com/acme/inventory/service/InventoryService.java");
        List<String> fileDiffs = fixes.path("files.diff");
        assertThat(fileDiffs).allSatisfy(d -> assertThat(d).startsWith("--- a/").contains("\n+++ b/").contains("@@"));
        List<String> findingDiffs = fixes.path("findings.diff");
        List<String> fingerprints = fixes.path("findings.fingerprint");
        assertThat(findingDiffs).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("--- a/"));
        assertThat(fingerprints).doesNotContainNull();
        Api.as(admin.token()).queryParam("file", "src/main/java/com/acme/inventory/model/Item.java")
                .get("/api/v1/scans/" + id + "/fixes").then().statusCode(200)
                .body("files.path", org.hamcrest.Matchers.everyItem(equalTo(
                        "src/main/java/com/acme/inventory/model/Item.java")));

        var perf = Api.as(admin.token()).get("/api/v1/scans/" + id + "/performance").then().statusCode(200)
                .body("scan_id", equalTo(id)).body("summary.by_rule.'java.perf.string-concat-in-loop'", equalTo(2))
                .extract();
        List<Map<String, Object>> all = perf.path("summary.hot_spots");
        assertThat(all).extracting(s -> s.get("rank")).startsWith(1, 2);
        List<Map<String, Object>> spots = all.stream()
                .filter(s -> s.get("rule_id").equals("java.perf.string-concat-in-loop")).toList();
        assertThat(spots).extracting(s -> s.get("path")).containsExactly(
                "src/main/java/com/acme/inventory/service/InventoryService.java",
                "src/main/java/com/acme/inventory/web/InventoryController.java");
        assertThat(spots.get(0).get("function")).isEqualTo("report");
        assertThat((Integer) spots.get(0).get("call_sites")).isGreaterThan((Integer) spots.get(1).get("call_sites"));
        assertThat((Integer) spots.get(0).get("complexity")).isGreaterThanOrEqualTo(2);
        assertThat(((Number) spots.get(0).get("score")).doubleValue())
                .isGreaterThan(((Number) spots.get(1).get("score")).doubleValue());
        Api.as(admin.token()).queryParam("limit", 1).get("/api/v1/scans/" + id + "/performance").then()
                .statusCode(200).body("summary.hot_spots.size()", equalTo(1))
                .body("summary.hot_spots[0].rank", equalTo(1));
        Api.as(admin.token()).queryParam("limit", 0).get("/api/v1/scans/" + id + "/performance").then()
                .statusCode(400).contentType("application/problem+json");

        var other = Api.newTenant();
        Api.as(other.token()).get("/api/v1/scans/" + id + "/performance").then().statusCode(404);
        Api.as(other.token()).get("/api/v1/scans/" + id + "/architecture").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(other.token()).get("/api/v1/scans/" + id + "/fixes").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(other.token()).get("/api/v1/suggestions/" + approved).then().statusCode(404);
        Api.as(other.token()).body("{}").post("/api/v1/suggestions/" + approved + "/reject").then().statusCode(404);
        Api.as(other.token()).queryParam("scan_id", id).get("/api/v1/suggestions").then().statusCode(404);
        Api.as(other.token()).get("/api/v1/suggestions").then().statusCode(200).body("total", equalTo(0));
        Api.as(admin.token()).get("/api/v1/suggestions/" + approved).then().statusCode(200)
                .body("status", equalTo("approved"));

        Api.as(admin.token()).get("/api/v1/scans/not-a-scan/architecture").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(admin.token()).queryParam("rendering", "svg").get("/api/v1/scans/" + id + "/architecture").then()
                .statusCode(400).contentType("application/problem+json").body("type", org.hamcrest.Matchers
                        .containsString("invalid-rendering"));
        Api.as(admin.token()).queryParam("status", "maybe").get("/api/v1/suggestions").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(admin.token()).body("{}").post("/api/v1/suggestions/12/approve").then().statusCode(404)
                .contentType("application/problem+json");
    }

    static final String PACK = """
            rules:
              - id: acme.no-system-exit
                title: System.exit in library code
                description: |
                  Library code must not stop the JVM.
                  **Fix:** throw an exception instead.
                severity: medium
                category: quality
                regex: 'System\\.exit\\('
                examples:
                  positive:
                    - "System.exit(1);"
                  negative:
                    - 'System.out.println("exit");'
            """;

    @Test
    void uploadedRulePacksAreValidatedAndRunOnlyInTheirTenantsScans() throws IOException {
        var admin = Api.newTenant();
        var other = Api.newTenant();
        String failingExample = PACK.replace("acme.no-system-exit", "acme.bad-example")
                .replace("\"System.exit(1);\"", "\"Runtime.getRuntime().halt(1);\"");
        Api.as(admin.token()).body(Map.of("name", "broken", "language", "java", "yaml", failingExample))
                .post("/api/v1/rules").then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.containsString("invalid-rule-pack"))
                .body("detail", org.hamcrest.Matchers.startsWith("rule acme.bad-example: "))
                .body("errors[0].field", equalTo("acme.bad-example"));
        String badQuery = PACK.replace("regex: 'System\\.exit\\('", "query: '(method_invocation name: (nope) @m)'");
        assertThat(badQuery).contains("query:");
        Api.as(admin.token()).body(Map.of("name", "badquery", "language", "java", "yaml", badQuery))
                .post("/api/v1/rules").then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("acme.no-system-exit"));
        Api.as(admin.token()).body(Map.of("name", "clash", "language", "java",
                "yaml", PACK.replace("acme.no-system-exit", "java.sql-string-building"))).post("/api/v1/rules")
                .then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("built-in"));
        Api.as(admin.token()).body(Map.of("name", "../evil", "language", "java", "yaml", PACK))
                .post("/api/v1/rules").then().statusCode(422).contentType("application/problem+json");
        Api.as(admin.token()).body(Map.of("name", "x", "language", "klingon", "yaml", PACK))
                .post("/api/v1/rules").then().statusCode(422).body("type", org.hamcrest.Matchers
                        .containsString("unknown-language"));
        Api.as(admin.token()).body(Map.of("name", "x", "language", "java", "yaml", "rules: [: nope")).post(
                "/api/v1/rules").then().statusCode(422).contentType("application/problem+json");

        var created = Api.as(admin.token()).contentType("application/yaml").queryParam("name", "house-rules")
                .queryParam("language", "java").body(PACK.getBytes(StandardCharsets.UTF_8)).post("/api/v1/rules").then().statusCode(201)
                .body("rules", equalTo(List.of("acme.no-system-exit"))).extract();
        String packId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/rules/" + packId);
        Api.as(admin.token()).get("/api/v1/rules").then().statusCode(200).body("name", equalTo(List.of("house-rules")))
                .body("[0].id", equalTo(packId));
        Api.as(admin.token()).contentType("application/yaml").queryParam("name", "house-rules")
                .queryParam("language", "java").body(PACK.getBytes(StandardCharsets.UTF_8)).post("/api/v1/rules").then().statusCode(409);
        Api.as(other.token()).get("/api/v1/rules").then().statusCode(200).body("size()", equalTo(0));
        Api.as(other.token()).get("/api/v1/rules/" + packId).then().statusCode(404);
        Api.as(other.token()).delete("/api/v1/rules/" + packId).then().statusCode(404)
                .contentType("application/problem+json");

        Path project = Files.createTempDirectory("rules-project");
        Files.createDirectories(project.resolve("src/tool"));
        Files.writeString(project.resolve("src/tool/Main.java"), """
                package tool;

                public class Main {
                    public static void main(String[] args) {
                        System.exit(args.length);
                    }
                }
                """);
        String mine = scan(admin.token(), project);
        String theirs = scan(other.token(), project);
        List<String> mineRules = Api.as(admin.token()).queryParam("size", 200)
                .get("/api/v1/scans/" + mine + "/findings").then().extract().path("items.rule_id");
        List<String> theirRules = Api.as(other.token()).queryParam("size", 200)
                .get("/api/v1/scans/" + theirs + "/findings").then().extract().path("items.rule_id");
        assertThat(mineRules).contains("acme.no-system-exit");
        assertThat(theirRules).isNotEmpty().doesNotContain("acme.no-system-exit");

        Api.as(admin.token()).delete("/api/v1/rules/" + packId).then().statusCode(204);
        Api.as(admin.token()).get("/api/v1/rules").then().statusCode(200).body("size()", equalTo(0));
        String after = scan(admin.token(), project);
        List<String> afterRules = Api.as(admin.token()).queryParam("size", 200)
                .get("/api/v1/scans/" + after + "/findings").then().extract().path("items.rule_id");
        assertThat(afterRules).doesNotContain("acme.no-system-exit");
    }

    @Test
    void aTenantsStandardsProfileAppliesToItsScansUnlessTheRepositoryChoosesAnother() throws IOException {
        var admin = Api.newTenant();
        var other = Api.newTenant();
        Api.as(admin.token()).get("/api/v1/standards/profiles").then().statusCode(200)
                .body("selected.size()", equalTo(0))
                .body("profiles.find { it.language == 'java' && it.built_in_default }.name", equalTo("google"));
        Api.as(admin.token()).body(Map.of("java", "pep8")).put("/api/v1/standards/profiles").then().statusCode(422)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(
                        "unknown standards profile 'pep8' for java; known: google, sun"));
        Api.as(admin.token()).body(Map.of("klingon", "x")).put("/api/v1/standards/profiles").then()
                .statusCode(422).body("errors[0].field", equalTo("klingon"));
        // a scan request naming an unknown profile is refused before anything is queued
        String diff = "diff --git a/A.java b/A.java\n--- a/A.java\n+++ b/A.java\n@@ -1 +1 @@\n-class A {}\n+class A { }\n";
        Api.as(admin.token()).body(Map.of("diff", diff, "profiles", Map.of("java", "pep8"))).post("/api/v1/scans")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("unknown-standards-profile"))
                .body("detail", org.hamcrest.Matchers.containsString("known: google, sun"));
        Api.as(admin.token()).get("/api/v1/scans").then().statusCode(200).body("total", equalTo(0));
        var viewer = Api.newUser(admin, "viewer");
        Api.as(viewer.token()).body(Map.of("java", "sun")).put("/api/v1/standards/profiles").then().statusCode(403);
        Api.as(admin.token()).body(Map.of("java", "sun")).put("/api/v1/standards/profiles").then().statusCode(200)
                .body("selected.java", equalTo("sun"));

        Path project = Files.createTempDirectory("profiles-project");
        Files.createDirectories(project.resolve("src/app"));
        Files.writeString(project.resolve("src/app/Main.java"), """
                package app;

                public class Main {
                    public static void main(String[] args) {
                        System.out.println(args.length);
                    }
                }
                """);
        assertThat(profiles(admin.token(), scan(admin.token(), project))).containsExactly("java/sun");
        assertThat(profiles(other.token(), scan(other.token(), project))).containsExactly("java/google");
        Files.writeString(project.resolve(".aicoder.yml"), "standards:\n  profiles:\n    java: google\n");
        assertThat(profiles(admin.token(), scan(admin.token(), project))).containsExactly("java/google");
    }

    private static List<String> profiles(String token, String scanId) {
        List<String> profiles = Api.as(token).queryParam("size", 200).queryParam("category", "standards")
                .get("/api/v1/scans/" + scanId + "/findings").then().statusCode(200).extract()
                .path("items.properties.profile");
        return profiles.stream().distinct().toList();
    }

    /** Uploads a folder as a zip and waits until its scan succeeded. */
    @Test
    void withAModelEachSuggestionIsExplainedFromItsEvidenceOnceWithoutOneTheTemplateStays() throws IOException {
        LlmStubServer stub = LlmStubServer.get();
        stub.reset();
        var admin = Api.newTenant();
        String id = scan(admin.token(), Path.of("src/test/resources/architecture-sample"));
        String url = "/api/v1/scans/" + id + "/architecture";

        var rulesOnly = Api.as(admin.token()).get(url).then().statusCode(200).extract();
        List<String> by = rulesOnly.path("suggestions.explanation_by");
        assertThat(by).isNotEmpty().containsOnly("template");
        assertThat((String) rulesOnly.path("explanations_notice")).startsWith("Rules-only mode");
        assertThat(stub.received("openai")).isEmpty();

        Api.as(admin.token()).body(Map.of("key", "sk-arch-" + UUID.randomUUID())).put("/api/v1/providers/openai/key")
                .then().statusCode(200);
        stub.byDefault("openai", body -> notes(body, key -> "Model: " + key + " because of its evidence."));
        var explained = Api.as(admin.token()).get(url).then().statusCode(200).extract();
        List<Map<String, Object>> suggestions = explained.path("suggestions");
        int batch = Math.min(suggestions.size(), SuggestionExplanations.BATCH);
        for (Map<String, Object> s : suggestions.subList(0, batch)) {
            assertThat(s.get("explanation")).isEqualTo("Model: " + s.get("key") + " because of its evidence.");
            assertThat(s.get("explanation_by")).isEqualTo("gpt-4o-mini");
        }
        suggestions.subList(batch, suggestions.size()).forEach(s -> assertThat(s.get("explanation_by"))
                .isEqualTo("template"));
        assertThat((String) explained.path("explanations_notice")).isNull();
        assertThat(stub.received("openai")).hasSize(1);
        String prompt = stub.received("openai").get(0).body();
        assertThat(prompt).contains("BEGIN-CODE-").contains((String) suggestions.get(0).get("target"))
                .contains("evidence");

        // stored: reading again, or the suggestion alone, costs no call
        Api.as(admin.token()).get(url).then().statusCode(200).body("suggestions[0].explanation_by",
                equalTo("gpt-4o-mini"));
        Api.as(admin.token()).get("/api/v1/suggestions/" + suggestions.get(0).get("id")).then().statusCode(200)
                .body("suggestion.explanation_by", equalTo("gpt-4o-mini"))
                .body("suggestion.explanation", startsWith("Model: "));
        assertThat(stub.received("openai")).hasSize(1);

        // a model that explains suggestions nobody asked about is not believed: templates, and the reason
        var other = Api.newTenant();
        String otherId = scan(other.token(), Path.of("src/test/resources/architecture-sample"));
        Api.as(other.token()).body(Map.of("key", "sk-arch-" + UUID.randomUUID())).put("/api/v1/providers/openai/key")
                .then().statusCode(200);
        stub.byDefault("openai", body -> "{\"notes\":[{\"key\":\"split-class:com.evil.Made\",\"explanation\":\"x\"}]}");
        var refused = Api.as(other.token()).get("/api/v1/scans/" + otherId + "/architecture").then().statusCode(200)
                .extract();
        List<String> otherBy = refused.path("suggestions.explanation_by");
        assertThat(otherBy).containsOnly("template");
        assertThat((String) refused.path("explanations_notice")).startsWith("No model could explain")
                .contains("gpt-4o-mini invalid_output");
    }

    /** The notes a model would write: one per suggestion line of the prompt, by its key. */
    static String notes(String requestBody, java.util.function.Function<String, String> explanation) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var notes = mapper.createArrayNode();
            for (var message : mapper.readTree(requestBody).path("messages")) {
                for (String line : message.path("content").asText().split("\n")) {
                    if (line.startsWith("{\"key\"")) {
                        String key = mapper.readTree(line).path("key").asText();
                        notes.addObject().put("key", key).put("explanation", explanation.apply(key));
                    }
                }
            }
            return mapper.createObjectNode().set("notes", notes).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String scan(String token, Path folder) throws IOException {
        Archives archive = Archives.of();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    archive.file(folder.relativize(f).toString().replace('\\', '/'),
                            Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Path zip = archive.zip(Files.createTempDirectory("scan-results"));
        String id = RestAssured.given().header("Authorization", "Bearer " + token).multiPart("file", zip.toFile())
                .post("/api/v1/scans").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofMinutes(5)).until(() -> {
            String status = Api.as(token).get("/api/v1/scans/" + id).then().extract().path("status");
            assertThat(status).isNotIn("failed", "cancelled");
            return status.equals("succeeded");
        });
        return id;
    }
}
