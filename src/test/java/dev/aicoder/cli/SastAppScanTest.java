package dev.aicoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.cli.ScanCommandTest.Run;
import dev.aicoder.scan.ScanJson;

/**
 * The CLI security scan of a small deliberately vulnerable Java + Python + JavaScript app
 * (src/test/resources/sast-app): the taint analyzers report each injected flaw with its rule and CWE, at the
 * right line, with a trace; the fixed twin files get no taint finding.
 */
class SastAppScanTest {

    @TempDir
    Path tmp;

    record Hit(String rule, String path, int line, List<Integer> cwe, String trace) {
    }

    private List<Hit> scan() throws IOException {
        Path out = tmp.resolve("report.sarif");
        Run r = ScanCommandTest.run("scan", "src/test/resources/sast-app", "--output", out.toString(), "--no-cache",
                "--no-progress", "--categories", "security", "--threads", "2");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        JsonNode run = ScanJson.mapper().readTree(Files.readString(out)).path("runs").get(0);
        List<Hit> hits = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            String rule = result.path("ruleId").asText();
            if (!rule.contains(".taint.")) {
                continue;
            }
            JsonNode loc = result.path("locations").get(0).path("physicalLocation");
            List<Integer> cwe = new ArrayList<>();
            for (JsonNode rd : run.path("tool").path("driver").path("rules")) {
                if (rd.path("id").asText().equals(rule)) {
                    rd.path("properties").path("tags").forEach(t -> {
                        if (t.asText().startsWith("external/cwe/cwe-")) {
                            cwe.add(Integer.parseInt(t.asText().substring("external/cwe/cwe-".length())));
                        }
                    });
                }
            }
            if (rule.endsWith("open-redirect")) {
                // the rule pack's js.open-redirect sees the same line; the merged finding is the taint one
                assertThat(result.path("properties").toString()).contains("js.open-redirect");
            }
            hits.add(new Hit(rule, loc.path("artifactLocation").path("uri").asText(),
                    loc.path("region").path("startLine").asInt(), cwe, result.path("message").path("text").asText()));
        }
        return hits;
    }

    @Test
    void everyInjectedFlawIsReportedWithItsCweAndTheFixedTwinsAreClean() throws IOException {
        List<Hit> hits = scan();
        assertThat(hits).extracting(Hit::rule, Hit::path, Hit::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("java.taint.sql-injection",
                        "java/src/main/java/app/data/UserDao.java", 12),
                org.assertj.core.groups.Tuple.tuple("java.taint.xss", "java/src/main/java/app/web/SearchServlet.java",
                        17),
                org.assertj.core.groups.Tuple.tuple("java.taint.command-injection",
                        "java/src/main/java/app/web/SearchServlet.java", 19),
                org.assertj.core.groups.Tuple.tuple("python.taint.command-injection", "python/app.py", 12),
                org.assertj.core.groups.Tuple.tuple("python.taint.path-traversal", "python/app.py", 13),
                org.assertj.core.groups.Tuple.tuple("python.taint.ssrf", "python/app.py", 18),
                org.assertj.core.groups.Tuple.tuple("javascript.taint.xss", "js/server.js", 6),
                org.assertj.core.groups.Tuple.tuple("javascript.taint.open-redirect", "js/server.js", 10),
                org.assertj.core.groups.Tuple.tuple("javascript.taint.command-injection", "js/server.js", 14));
        assertThat(hits).allSatisfy(h -> assertThat(h.path()).doesNotContainIgnoringCase("safe"));
        assertThat(hits).filteredOn(h -> h.rule().endsWith("sql-injection")).singleElement()
                .satisfies(h -> assertThat(h.trace()).contains("SearchServlet.java:15").contains("Trace:"));
        assertThat(hits).filteredOn(h -> h.rule().endsWith("command-injection")).extracting(Hit::cwe)
                .allSatisfy(c -> assertThat(c).contains(78));
    }

    @Test
    void patternMatchesTheTaintAnalysisDidNotConfirmAreLowConfidenceAndLeftOutAtMedium() throws IOException {
        Path app = tmp.resolve("app");
        Files.createDirectories(app.resolve("web"));
        Files.writeString(app.resolve("web/Report.java"), """
                package web;

                import java.sql.*;
                import javax.servlet.http.*;

                public class Report extends HttpServlet {
                    static final String TABLE = "orders";

                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
                        Connection c = DriverManager.getConnection("jdbc:h2:mem:x");
                        Statement s = c.createStatement();
                        s.executeQuery("SELECT * FROM users WHERE name = '" + req.getParameter("name") + "'");
                        s.executeQuery("SELECT count(*) FROM " + TABLE + " WHERE 1 = 1");
                    }
                }
                """);
        Files.writeString(app.resolve("tool.py"), """
                import os

                def clean():
                    folder = "/tmp/cache"
                    os.system("rm -rf " + folder)
                """);
        Path out = tmp.resolve("all.json");
        Run r = ScanCommandTest.run("scan", app.toString(), "--format", "json", "--output", out.toString(),
                "--no-cache", "--no-progress", "--categories", "security", "--threads", "2");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        JsonNode all = ScanJson.mapper().readTree(Files.readString(out)).path("findings");
        List<String> seen = new ArrayList<>();
        all.forEach(f -> seen.add(f.path("rule_id").asText() + "@" + f.path("path").asText() + ":"
                + f.path("start_line").asInt() + ":" + f.path("confidence").asText()
                + (f.path("properties").has("taint_unconfirmed") ? ":unconfirmed" : "")));
        assertThat(seen).as("all findings").contains(
                "java.taint.sql-injection@web/Report.java:12:high",
                "java.sql-string-building@web/Report.java:13:low:unconfirmed",
                "python.os-system@tool.py:5:low:unconfirmed");

        Path confident = tmp.resolve("confident.json");
        r = ScanCommandTest.run("scan", app.toString(), "--format", "json", "--output", confident.toString(),
                "--no-cache", "--no-progress", "--categories", "security", "--min-confidence", "medium");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        List<String> kept = new ArrayList<>();
        ScanJson.mapper().readTree(Files.readString(confident)).path("findings")
                .forEach(f -> kept.add(f.path("rule_id").asText() + "@" + f.path("start_line").asInt()));
        assertThat(kept).contains("java.taint.sql-injection@12").doesNotContain("java.sql-string-building@13",
                "python.os-system@5");

        r = ScanCommandTest.run("scan", app.toString(), "--min-confidence", "sure");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown confidence 'sure' for --min-confidence; use high, medium or low");
    }
}
