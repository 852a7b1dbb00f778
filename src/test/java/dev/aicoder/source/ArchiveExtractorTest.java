package dev.aicoder.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

    @TempDir
    Path tmp;

    private final ArchiveExtractor extractor = new ArchiveExtractor(ArchiveLimits.defaults());

    @Test
    void unpacksZipAndTarGz() throws IOException {
        Archives a = Archives.of().file("proj/src/app.py", "print('hi')\n").file("proj/README.md", "# x\n");
        for (Path archive : new Path[] { a.zip(tmp), a.tarGz(tmp) }) {
            Path out = Files.createDirectory(tmp.resolve("out-" + System.nanoTime()));
            ArchiveExtractor.Result r = extractor.extract(archive, out);
            assertThat(r.files()).isEqualTo(2);
            assertThat(out.resolve("proj/src/app.py")).hasContent("print('hi')");
        }
    }

    @Test
    void zipSlipIsRefusedAndNothingIsWrittenOutside() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("deep/out"));
        for (Path archive : new Path[] { Archives.of().file("ok.py", "x=1").file("../../evil.py", "boom").zip(tmp),
                Archives.of().file("a/../../evil.py", "boom").tarGz(tmp) }) {
            assertThatThrownBy(() -> extractor.extract(archive, out))
                    .isInstanceOf(IntakeException.class)
                    .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("archive-unsafe-path"))
                    .hasMessageContaining("zip slip");
        }
        assertThat(tmp.resolve("evil.py")).doesNotExist();
        assertThat(tmp.resolve("deep/evil.py")).doesNotExist();
    }

    @Test
    void absolutePathsAndDriveLettersAreRefused() throws IOException {
        for (String name : new String[] { "/etc/cron.d/x", "C:\\Windows\\x.bat", "\\\\server\\share\\x" }) {
            Path archive = Archives.of().file(name, "x").zip(tmp);
            assertThatThrownBy(() -> extractor.inspect(archive)).isInstanceOf(IntakeException.class)
                    .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("archive-unsafe-path"));
        }
    }

    @Test
    void symlinksAreSkippedAndCounted() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path zip = Archives.of().file("a.py", "x=1").symlink("passwd", "/etc/passwd").symlink("up", "../../..")
                .zip(tmp);
        ArchiveExtractor.Result r = extractor.extract(zip, out);
        assertThat(r.skipped()).containsEntry(SkipReason.SYMLINK, 2);
        assertThat(out.resolve("passwd")).doesNotExist();
        Path out2 = Files.createDirectory(tmp.resolve("out2"));
        ArchiveExtractor.Result t = extractor.extract(
                Archives.of().file("a.py", "x=1").symlink("passwd", "/etc/passwd").tarGz(tmp), out2);
        assertThat(t.skipped()).containsEntry(SkipReason.SYMLINK, 1);
        try (Stream<Path> s = Files.walk(out2)) {
            assertThat(s.filter(Files::isSymbolicLink)).isEmpty();
        }
    }

    @Test
    void bombsAreStoppedByRatioSizeCountAndDepth() throws IOException {
        Path bomb = Archives.of().file("big.txt", Archives.zeros(20 * 1024 * 1024)).zip(tmp);
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> extractor.inspect(bomb))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("archive-bomb"));

        ArchiveExtractor small = new ArchiveExtractor(new ArchiveLimits(1000, 3, 1000, 4));
        assertThatThrownBy(() -> small.inspect(Archives.of().file("a", new byte[600]).file("b", new byte[600])
                .tarGz(tmp))).satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("archive-too-large"));
        assertThatThrownBy(() -> small.inspect(Archives.of().file("a", "1").file("b", "2").file("c", "3")
                .file("d", "4").zip(tmp)))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("archive-too-many-entries"));
        assertThatThrownBy(() -> small.inspect(Archives.of().file("a/b/c/d/e/f.py", "1").zip(tmp)))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("archive-too-deep"));
    }

    @Test
    void nestedArchivesStayPacked() throws IOException {
        byte[] inner = Archives.of().file("inner.py", "x=1").zipBytes(tmp);
        Path out = Files.createDirectory(tmp.resolve("out"));
        ArchiveExtractor.Result r = extractor.extract(Archives.of().file("lib/inner.zip", inner).zip(tmp), out);
        assertThat(r.files()).isEqualTo(1);
        assertThat(out.resolve("lib/inner.zip")).exists();
        assertThat(out.resolve("lib/inner.py")).doesNotExist();
        DirectoryWorkspace ws = new WorkspaceBuilder().build(out);
        assertThat(ws.files()).isEmpty();
        assertThat(ws.skipped()).containsEntry(SkipReason.BINARY, 1);
    }

    @Test
    void emptyAndBogusArchivesGetClearErrors() throws IOException {
        Path empty = Archives.of().zip(tmp);
        assertThatThrownBy(() -> extractor.inspect(empty))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("empty-archive"));
        Path emptyTar = Archives.of().tarGz(tmp);
        assertThatThrownBy(() -> extractor.inspect(emptyTar))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("empty-archive"));
        Path text = Files.writeString(tmp.resolve("x.zip"), "not an archive");
        assertThatThrownBy(() -> extractor.inspect(text))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("invalid-archive"));
        byte[] zip = Archives.of().file("a.py", "x = 1\n".repeat(1000)).zipBytes(tmp);
        Path truncated = Files.write(tmp.resolve("t.zip"), java.util.Arrays.copyOf(zip, zip.length / 2));
        assertThatThrownBy(() -> extractor.inspect(truncated))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("invalid-archive"));
    }
}
