package dev.aicoder.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.platform.events.EventBus;
import dev.aicoder.platform.events.EventType;
import dev.aicoder.platform.events.PlatformEvent;
import dev.aicoder.source.Archives;
import dev.aicoder.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** Scans through the API: upload, background task, progress, findings, reports, isolation and hostile input. */
@QuarkusTest
class ScanApiTest {

    static final String PROBLEM = "https://aicoder.dev/problems/";
    static final String PY = "import os\n\ndef run(cmd):\n    # TODO: validate\n    return eval(cmd)\n";
    static final String JS = "function f(x) {\n  return eval(x); // aicoder-ignore: test.eval reviewed\n}\n";

    @Inject
    EventBus events;

    static Path tmp() throws IOException {
        return Files.createTempDirectory("scan-api");
    }

    static ValidatableResponse upload(String token, Path archive, Map<String, String> fields) {
        var spec = RestAssured.given().header("Authorization", "Bearer " + token).multiPart("file", archive.toFile());
        fields.forEach(spec::multiPart);
        return spec.post("/api/v1/scans").then();
    }

    static void awaitStatus(String token, String id, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(
                Api.as(token).get("/api/v1/scans/" + id).then().extract().path("status")));
    }

    @Test
    void uploadedArchiveIsScannedInTheBackgroundWithFindingsReportsAndEvents() throws IOException {
        var admin = Api.newTenant();
        var member = Api.newUser(admin, "member");
        List<PlatformEvent> seen = new CopyOnWriteArrayList<>();
        try (var sub = events.subscribe(e -> admin.tenantId().equals(e.tenantId()), seen::add)) {
            Path zip = Archives.of().file("proj/app.py", PY).file("proj/web/main.js", JS)
                    .file("proj/node_modules/x/index.js", "eval(1)").file("proj/.gitignore", "*.log\n")
                    .file("proj/debug.log", "eval(x)").zip(tmp());
            String id = upload(member.token(), zip, Map.of()).statusCode(202)
                    .header("Location", containsString("/api/v1/scans/")).body("status", org.hamcrest.Matchers.oneOf("queued", "running"))
                    .body("source", equalTo("archive")).extract().path("id");
            awaitStatus(member.token(), id, "succeeded");
            Api.as(member.token()).get("/api/v1/scans/" + id).then().statusCode(200)
                    .body("progress.percent", equalTo(100))
                    .body("progress.files_total", equalTo(3))
                    .body("findings", equalTo(3))
                    .body("suppressed", equalTo(1))
                    .body("counts.high", equalTo(1))
                    .body("counts.low", equalTo(1))
                    .body("skipped.vendored", equalTo(1))
                    .body("skipped.ignored", equalTo(1))
                    .body("languages.python", equalTo(1))
                    .body("task_id", org.hamcrest.Matchers.notNullValue());
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.stream()
                    .anyMatch(e -> e.type() == EventType.SCAN_COMPLETED && e.subject().equals(id)));
            assertThat(seen).anyMatch(e -> e.type() == EventType.SCAN_STARTED && e.number("files", 0) == 3);

            String base = "/api/v1/scans/" + id;
            Api.as(member.token()).get(base + "/findings").then().statusCode(200)
                    .body("total", equalTo(3)).body("items[0].severity", equalTo("high"))
                    .body("items[0].rule_id", equalTo("test.eval")).body("items[0].path", equalTo("proj/app.py"))
                    .body("items[0].start_line", equalTo(5)).body("items[0].snippet", equalTo("    return eval(cmd)"))
                    .body("items[0].fingerprint.length()", equalTo(32)).body("items[0].cwe", hasItem(95));
            Api.as(member.token()).get(base + "/findings?severity=low,medium").then()
                    .body("total", equalTo(1)).body("items[0].rule_id", equalTo("test.todo"));
            Api.as(member.token()).get(base + "/findings?suppressed=true").then().body("total", equalTo(1))
                    .body("items[0].suppression.reason", equalTo("reviewed"))
                    .body("items[0].path", equalTo("proj/web/main.js"));
            Api.as(member.token()).get(base + "/findings?language=javascript&rule=test.eval").then()
                    .body("total", equalTo(1));
            Api.as(member.token()).get(base + "/findings?file=proj/web/").then().body("total", equalTo(1));
            Api.as(member.token()).get(base + "/findings?category=security&size=1&page=1").then()
                    .body("total", equalTo(2)).body("items.size()", equalTo(1)).body("page", equalTo(1));
            Api.as(member.token()).get(base + "/findings?suppressed=maybe").then().statusCode(400)
                    .body("type", equalTo(PROBLEM + "invalid-filter"));

            String sarif = Api.as(member.token()).get(base + "/report?format=sarif").then().statusCode(200)
                    .contentType(containsString("application/sarif+json")).extract().asString();
            assertThat(SarifSchema.errors(sarif)).isEmpty();
            assertThat(sarif).contains("\"aicoderFingerprint/v1\"").contains("external/cwe/cwe-95");
            Api.as(member.token()).get(base + "/report?format=html").then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("proj/app.py"));
            Api.as(member.token()).get(base + "/report?format=md").then().statusCode(200)
                    .body(containsString("| 🟧 high | 1 |"));
            Api.as(member.token()).get(base + "/report?format=json").then().statusCode(200)
                    .body("summary.findings", equalTo(2)).body("findings.size()", equalTo(3));
            Api.as(member.token()).get(base + "/report?format=pdf").then().statusCode(400);
            Api.as(member.token()).get("/api/v1/scans").then().body("items.id", hasItem(id));

            var other = Api.newTenant();
            for (String path : List.of(base, base + "/findings", base + "/report?format=sarif")) {
                Api.as(other.token()).get(path).then().statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
            }
            Api.as(other.token()).get("/api/v1/scans").then().body("total", equalTo(0));

            String second = upload(member.token(), zip, Map.of("baseline_scan_id", id)).statusCode(202)
                    .extract().path("id");
            awaitStatus(member.token(), second, "succeeded");
            Api.as(member.token()).get("/api/v1/scans/" + second + "/findings?suppressed=false").then()
                    .body("total", equalTo(0));
            Api.as(member.token()).get("/api/v1/scans/" + second + "/findings").then()
                    .body("items.suppression.source", hasItem("baseline"));
        }
    }

    @Test
    void hostileAndInvalidInputGetsProblemDetails() throws IOException {
        var admin = Api.newTenant();
        Path dir = tmp();
        Map<String, Path> archives = Map.of(
                "archive-unsafe-path", Archives.of().file("ok.py", "x=1").file("../../etc/evil.py", "x").zip(dir),
                "empty-archive", Archives.of().zip(dir),
                "invalid-archive", Files.writeString(dir.resolve("notes.zip"), "hello"),
                "archive-bomb", Archives.of().file("a.txt", Archives.zeros(30 * 1024 * 1024)).tarGz(dir));
        archives.forEach((type, archive) -> upload(admin.token(), archive, Map.of()).statusCode(422)
                .contentType(containsString("application/problem+json")).body("type", equalTo(PROBLEM + type)));
        for (String url : List.of("file:///etc/passwd", "/srv/git/repo", "http://github.com/a/b.git",
                "ssh://git@github.com/a/b.git", "https://127.0.0.1/a.git", "https://user:pw@github.com/a/b")) {
            Api.as(admin.token()).body(Map.of("git_url", url)).post("/api/v1/scans").then().statusCode(422)
                    .body("type", equalTo(PROBLEM + "invalid-git-url")).body("detail", org.hamcrest.Matchers
                            .not(containsString("pw")));
        }
        Api.as(admin.token()).body(Map.of("path", "/etc")).post("/api/v1/scans").then().statusCode(422)
                .body("type", equalTo(PROBLEM + "directory-scans-disabled"));
        Api.as(admin.token()).body(Map.of("categories", List.of("security"))).post("/api/v1/scans").then()
                .statusCode(422).body("type", equalTo(PROBLEM + "invalid-source"));
        Api.as(admin.token()).body(Map.of("git_url", "https://github.com/a/b.git", "credential", "git/none"))
                .post("/api/v1/scans").then().statusCode(422).body("type", equalTo(PROBLEM + "unknown-credential"));
        Api.as(admin.token()).body(Map.of("diff", "not a diff", "categories", List.of("speed")))
                .post("/api/v1/scans").then().statusCode(422);
        byte[] empty = Files.readAllBytes(Archives.of().zip(dir));
        RestAssured.given().header("Authorization", "Bearer " + admin.token()).contentType("application/zip")
                .body(empty).post("/api/v1/scans").then().statusCode(422)
                .body("type", equalTo(PROBLEM + "empty-archive"));
        byte[] zip = Files.readAllBytes(Archives.of().file("a.py", "eval(x)\n").zip(dir));
        RestAssured.given().header("Authorization", "Bearer " + admin.token()).contentType("application/zip")
                .body(zip).post("/api/v1/scans?name=raw.zip").then().statusCode(202)
                .body("source_label", equalTo("raw.zip"));
        var viewer = Api.newUser(admin, "viewer");
        Api.as(viewer.token()).body(Map.of("git_url", "https://github.com/a/b.git")).post("/api/v1/scans").then()
                .statusCode(403);
        Api.as(admin.token()).get("/api/v1/scans/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void runningScanShowsProgressAndCanBeCancelledThroughItsTask() throws IOException {
        var admin = Api.newTenant();
        Archives archive = Archives.of();
        for (int i = 0; i < 12; i++) {
            archive.file("src/slow" + i + ".py", "x = " + i + "\n");
        }
        String id = upload(admin.token(), archive.zip(tmp()), Map.of()).statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var scan = Api.as(admin.token()).get("/api/v1/scans/" + id).then().extract();
            return "running".equals(scan.path("status")) && Integer.valueOf(12).equals(
                    scan.path("progress.files_total")) && "analyze".equals(scan.path("progress.phase"));
        });
        String task = Api.as(admin.token()).get("/api/v1/scans/" + id).then().extract().path("task_id");
        Api.as(admin.token()).delete("/api/v1/tasks/" + task).then().statusCode(202);
        awaitStatus(admin.token(), id, "cancelled");
        Api.as(admin.token()).get("/api/v1/scans/" + id + "/report").then().statusCode(409)
                .body("type", equalTo(PROBLEM + "scan-not-finished"));
    }

    @Test
    void diffOnlyScanReportsOnlyChangedLines() {
        var admin = Api.newTenant();
        String diff = """
                diff --git a/src/app.py b/src/app.py
                --- a/src/app.py
                +++ b/src/app.py
                @@ -1,3 +1,4 @@
                 x = eval(old)
                +y = eval(new)
                 z = 1
                 w = 2
                """;
        String id = Api.as(admin.token()).body(Map.of("diff", diff, "changed_lines_only", true))
                .post("/scan").then().statusCode(202).body("source", equalTo("diff")).extract().path("id");
        awaitStatus(admin.token(), id, "succeeded");
        Api.as(admin.token()).get("/api/v1/scans/" + id + "/findings").then().body("total", equalTo(1))
                .body("items[0].start_line", equalTo(2));
    }

    @Test
    void analyzeReturnsFindingsAtOnceAndTheSeedAliasWorks() {
        var admin = Api.newTenant();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            code.append(i == 500 ? "    v = eval(data)\n" : "    v = compute(" + i + ")\n");
        }
        for (String path : List.of("/api/v1/analyze", "/analyze")) {
            Api.as(admin.token()).body(Map.of("code", "def f(data):\n" + code, "filename", "m.py")).post(path)
                    .then().statusCode(200).body("language", equalTo("python")).body("lines", equalTo(1001))
                    .body("findings.rule_id", hasItem("test.eval"))
                    .body("findings.find { it.rule_id == 'test.eval' }.start_line", equalTo(502))
                    .body("counts.high", greaterThan(0));
        }
        Api.as(admin.token()).body(Map.of("code", "eval(x)", "language", "python",
                "options", Map.of("security", false))).post("/api/v1/analyze").then().statusCode(200)
                .body("findings.category", everyItem(org.hamcrest.Matchers.not(equalTo("security"))));
        Api.as(admin.token()).body(Map.of("code", "eval(x)", "language", "klingon")).post("/api/v1/analyze").then()
                .statusCode(422).body("type", equalTo(PROBLEM + "unknown-language"));
        Api.as(admin.token()).body(Map.of("code", "")).post("/api/v1/analyze").then().statusCode(422);
    }
}
