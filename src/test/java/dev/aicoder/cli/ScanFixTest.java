package dev.aicoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.cli.ScanCommandTest.Run;
import dev.aicoder.scan.ScanJson;

/**
 * {@code scan --fix} on a small Java project (src/test/resources/fix-sample) with style problems: the project
 * compiles and its tests pass before, the verified standards fixes are applied, and it still compiles and its
 * tests still pass after; the fixed problems are gone from the report.
 */
class ScanFixTest {

    @TempDir
    Path tmp;

    @Test
    void fixesKeepTheSampleProjectCompilingAndItsTestsGreen() throws Exception {
        Path project = copy(Path.of("src/test/resources/fix-sample"), tmp.resolve("project"));
        Path prices = project.resolve("src/main/java/sample/Prices.java");
        String before = Files.readString(prices);
        assertThat(compileAndTest(project, tmp.resolve("classes-before"))).isEqualTo(4);

        Path report = tmp.resolve("report.json");
        Run run = ScanCommandTest.run("scan", project.toString(), "--fix", "--no-cache", "--no-progress",
                "--threads", "2", "-o", report.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(AicoderCli.OK);
        assertThat(run.err()).containsPattern("Applied [1-9][0-9]* fix\\(es\\)");

        String after = Files.readString(prices);
        assertThat(after).isNotEqualTo(before)
                .contains("static final long LARGE_ORDER_CENTS = 10000L;")
                .doesNotContain(";;").doesNotContain("10000l")
                .doesNotContainPattern("[ \\t]+\\n");
        assertThat(compileAndTest(project, tmp.resolve("classes-after"))).isEqualTo(4);

        JsonNode json = ScanJson.mapper().readTree(report.toFile());
        List<String> rules = new ArrayList<>();
        json.path("findings").forEach(f -> rules.add(f.path("rule_id").asText()));
        assertThat(rules).doesNotContain("standards.java.modifier-order", "standards.java.long-literal-suffix",
                "standards.java.extra-semicolons", "standards.java.one-variable-per-declaration",
                "standards.trailing-whitespace");
    }

    @Test
    void fixNeedsAFolder() throws IOException {
        Path zip = Files.writeString(tmp.resolve("x.zip"), "not a zip");
        Run run = ScanCommandTest.run("scan", zip.toString(), "--fix", "--no-cache", "--no-progress");
        assertThat(run.code()).isEqualTo(AicoderCli.USAGE);
        assertThat(run.err().strip()).contains("--fix needs a folder").doesNotContain("\n");
    }

    /** Compiles the project with javac and runs its test runner; returns how many tests passed. */
    static int compileAndTest(Path project, Path classes) throws Exception {
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int code = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(code).as("javac: " + errors).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                ScanFixTest.class.getClassLoader().getParent())) {
            Object passed = loader.loadClass("sample.PricesTests").getMethod("run").invoke(null);
            return (Integer) passed;
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, Files.readString(f, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
        }
        return to;
    }
}
