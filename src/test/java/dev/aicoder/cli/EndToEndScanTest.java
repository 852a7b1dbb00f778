package dev.aicoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.cli.ScanCommandTest.Run;
import dev.aicoder.scan.SarifSchema;
import dev.aicoder.scan.ScanJson;

/**
 * The real analyzer catalogue (rule packs, metrics, duplicates, PMD, secrets, dependencies) through the CLI on a
 * small multi-language project, as a user runs it: the findings each capability should raise, a valid SARIF
 * file, masked secrets, advisories from an offline OSV file, and fingerprints that survive a commit that moves
 * code around.
 */
class EndToEndScanTest {

    private static final String AWS_SECRET = "q8Zr3kP0vL2xW9sT4bN7mC1yH6jD5fG0aE8uR2iO";

    @TempDir
    Path tmp;

    private JsonNode lastSarif;

    private Path project(String javaPrefix) throws IOException {
        Path root = tmp.resolve("shop-" + javaPrefix.length());
        Path java = Files.createDirectories(root.resolve("src/main/java/shop"));
        Files.writeString(java.resolve("OrderDao.java"), javaPrefix + """
                package shop;

                import java.sql.Connection;
                import java.sql.ResultSet;
                import java.sql.Statement;

                public class OrderDao {
                    public ResultSet find(Connection c, String id) throws Exception {
                        Statement st = c.createStatement();
                        return st.executeQuery("SELECT * FROM orders WHERE id = '" + id + "'");
                    }
                }
                """);
        Files.writeString(root.resolve("report.py"), """
                import os

                def run(expr):
                    return eval(expr)
                """);
        Files.writeString(root.resolve("server.js"), """
                const { exec } = require('child_process');
                function handler(req, res) {
                  exec('ls ' + req.query.dir, (err, out) => res.send(out));
                }
                module.exports = handler;
                """);
        Files.writeString(root.resolve("deploy.sh"), "#!/bin/sh\nexport AWS_SECRET_ACCESS_KEY=\"" + AWS_SECRET
                + "\"\n");
        Files.writeString(root.resolve("package-lock.json"), """
                {
                  "name": "shop", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                  "packages": {
                    "": { "name": "shop", "version": "1.0.0", "dependencies": { "lodash": "^4.17.15" } },
                    "node_modules/lodash": { "version": "4.17.15",
                      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz" }
                  }
                }
                """);
        return root;
    }

    private Path osv() throws IOException {
        Path file = tmp.resolve("osv/GHSA-p6mc-m468-83gw.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {
                  "id": "GHSA-p6mc-m468-83gw", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2020-8203"],
                  "summary": "Prototype Pollution in lodash",
                  "affected": [ { "package": { "ecosystem": "npm", "name": "lodash" },
                    "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "3.7.0" }, { "fixed": "4.17.19" } ] } ] } ],
                  "database_specific": { "severity": "HIGH", "cwe_ids": ["CWE-1321"] }
                }
                """);
        return file;
    }

    private Map<String, JsonNode> scan(Path project, Path out) throws IOException {
        Run r = ScanCommandTest.run("scan", project.toString(), "--output", out.toString(), "--no-cache",
                "--no-progress", "--osv", osv().toString(), "--fail-on", "high", "--threads", "2");
        assertThat(r.err()).doesNotContain(AWS_SECRET);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        String sarif = Files.readString(out);
        lastSarif = ScanJson.mapper().readTree(sarif);
        assertThat(SarifSchema.errors(sarif)).isEmpty();
        assertThat(sarif).doesNotContain(AWS_SECRET);
        Map<String, JsonNode> byRule = new HashMap<>();
        for (JsonNode result : ScanJson.mapper().readTree(sarif).path("runs").get(0).path("results")) {
            byRule.putIfAbsent(result.path("ruleId").asText(), result);
        }
        return byRule;
    }

    @Test
    void everyCapabilityReportsWhatItShouldAndFingerprintsSurviveTheNextCommit() throws IOException {
        Map<String, JsonNode> first = scan(project(""), tmp.resolve("first.sarif"));
        assertThat(first).containsKeys("python.eval-exec", "javascript.taint.command-injection",
                "secrets/aws-secret-access-key", "deps/GHSA-p6mc-m468-83gw");
        // The taint analyzer proves the flow req.query.dir -> exec; the rule pack's match on the same line is
        // merged into it (one finding, CWE-78, with the trace).
        JsonNode injection = first.get("javascript.taint.command-injection");
        assertThat(uri(injection)).isEqualTo("server.js");
        assertThat(line(injection)).isEqualTo(3);
        assertThat(injection.path("message").path("text").asText()).contains("req.query.dir").contains("Trace:");
        assertThat(injection.path("properties").toString()).contains("js.child-process-injection");
        assertThat(first).doesNotContainKey("js.child-process-injection");
        assertThat(cwes(first.get("javascript.taint.command-injection"), lastSarif)).contains("CWE-78");
        assertThat(first.keySet()).anyMatch(id -> id.startsWith("pmd.") || id.startsWith("java."));
        assertThat(first).as("standards (google profile: the file is indented with 4 spaces)")
                .containsKey("standards.java.format");
        assertThat(uri(first.get("standards.java.format"))).isEqualTo("src/main/java/shop/OrderDao.java");
        assertThat(first.get("deps/GHSA-p6mc-m468-83gw").path("message").path("text").asText())
                .contains("lodash 4.17.15").contains("4.17.19");
        assertThat(uri(first.get("secrets/aws-secret-access-key"))).isEqualTo("deploy.sh");

        // The next commit adds a licence header to the Java file: every line moves, the identities do not.
        Map<String, JsonNode> second = scan(project("// Copyright 2026 Shop Inc.\n// Licensed under MIT.\n\n"),
                tmp.resolve("second.sarif"));
        List<String> javaRules = new ArrayList<>();
        first.forEach((rule, result) -> {
            if (uri(result).endsWith("OrderDao.java")) {
                javaRules.add(rule);
                JsonNode moved = second.get(rule);
                assertThat(moved).as(rule).isNotNull();
                assertThat(line(moved)).as(rule).isEqualTo(line(result) + 3);
                assertThat(fingerprint(moved)).as(rule).isEqualTo(fingerprint(result));
            }
        });
        assertThat(javaRules).isNotEmpty();
    }

    @Test
    void aBrokenRuleFolderIsOneReadableLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules/python"));
        Files.writeString(rules.resolve("bad.yml"), """
                rules:
                  - id: team.no-print
                    title: print
                    severity: urgent
                """);
        Run r = ScanCommandTest.run("scan", project("").toString(), "--rules", tmp.resolve("rules").toString(),
                "--no-cache");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("aicoder: --rules ").contains("bad.yml").doesNotContain("\n");
    }

    /** The CWE tags of a result's rule in the SARIF rules table. */
    private static List<String> cwes(JsonNode result, JsonNode sarif) {
        List<String> out = new ArrayList<>();
        for (JsonNode rule : sarif.path("runs").get(0).path("tool").path("driver").path("rules")) {
            if (rule.path("id").asText().equals(result.path("ruleId").asText())) {
                rule.path("properties").path("tags").forEach(t -> out.add(t.asText().replace("external/cwe/cwe-",
                        "CWE-")));
            }
        }
        return out;
    }

    private static String uri(JsonNode result) {
        return result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
    }

    private static int line(JsonNode result) {
        return result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt();
    }

    private static String fingerprint(JsonNode result) {
        return result.path("partialFingerprints").elements().next().asText();
    }
}
