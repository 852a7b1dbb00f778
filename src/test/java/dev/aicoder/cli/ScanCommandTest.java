package dev.aicoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.scan.SarifSchema;
import dev.aicoder.source.Archives;

/** The {@code scan} command as a user runs it: exit codes, one-line errors, reports written. */
class ScanCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AicoderCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path project() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("proj/src"));
        Files.writeString(dir.resolve("app.py"), "def f(x):\n    return x + 1\n");
        Files.writeString(dir.resolve("util.js"), "export const a = 1;\n");
        return tmp.resolve("proj");
    }

    @Test
    void usageErrorsExitTwoWithOneReadableLine() throws IOException {
        Path proj = project();
        for (String[] args : new String[][] { { "scan" }, { "scan", tmp.resolve("missing").toString() },
                { "scan", proj.toString(), "--fail-on", "severe" }, { "scan", proj.toString(), "--format", "pdf" },
                { "scan", proj.toString(), "--bogus" }, { "scan", proj.toString(), "--baseline", "nope.json" },
                { "scan", proj.toString(), "--rules", "no-such-dir" },
                { "scan", proj.toString(), "--categories", "speed" } }) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", args)).startsWith("aicoder: ").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void hostileArchivesAreRefusedWithExitTwo() throws IOException {
        Path slip = Archives.of().file("../../evil.py", "x").zip(tmp);
        Run r = run("scan", slip.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("zip slip");
        assertThat(tmp.getParent().resolve("evil.py")).doesNotExist();
        Path empty = Archives.of().zip(tmp);
        assertThat(run("scan", empty.toString()).err()).contains("holds no files");
    }

    @Test
    void writesAValidSarifFileAndASummary() throws IOException {
        Path proj = project();
        Path out = tmp.resolve("out/report.sarif");
        Run r = run("scan", proj.toString(), "--output", out.toString(), "--no-cache", "--fail-on", "critical");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("Scanned 2 files").contains("→ " + out);
        assertThat(SarifSchema.errors(Files.readString(out))).isEmpty();
        Run md = run("scan", proj.toString(), "--format", "md", "--no-cache", "-q");
        assertThat(md.out()).startsWith("## AI Coder Assistant");
        assertThat(md.err()).isEmpty();
        Path archive = Archives.of().file("p/a.py", "x = 1\n").tarGz(tmp);
        Run fromArchive = run("scan", archive.toString(), "--format", "json", "--no-cache", "-q");
        assertThat(fromArchive.code()).isZero();
        assertThat(fromArchive.out()).contains("\"files\" : 1");
    }

    @Test
    void onlyCommandsBypassTheServer() {
        assertThat(AicoderCli.handles("scan", ".")).isTrue();
        assertThat(AicoderCli.handles("--help")).isTrue();
        assertThat(AicoderCli.handles()).isFalse();
        assertThat(AicoderCli.handles("-Dquarkus.http.port=1")).isFalse();
    }
}
