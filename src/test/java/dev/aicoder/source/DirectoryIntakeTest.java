package dev.aicoder.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryIntakeTest {

    @TempDir
    Path tmp;

    @Test
    void onlyFoldersBelowAllowedRootsWhenEnabled() throws IOException {
        Path allowed = Files.createDirectories(tmp.resolve("repos/app"));
        Files.writeString(allowed.resolve("a.py"), "x = 1\n");
        Path other = Files.createDirectories(tmp.resolve("private"));
        Files.createSymbolicLink(tmp.resolve("repos/escape"), other);
        DirectoryIntake intake = new DirectoryIntake(true, List.of(tmp.resolve("repos")), new WorkspaceBuilder());
        assertThat(intake.open(allowed.toString()).files()).extracting(SourceFile::path).containsExactly("a.py");
        assertThatThrownBy(() -> intake.check(other.toString()))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("path-not-allowed"));
        assertThatThrownBy(() -> intake.check(tmp.resolve("repos/escape").toString()))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("path-not-allowed"));
        assertThatThrownBy(() -> intake.check(tmp.resolve("repos/../private").toString()))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("path-not-allowed"));
        assertThatThrownBy(() -> intake.check("relative/path"))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("invalid-path"));
        DirectoryIntake off = new DirectoryIntake(false, List.of(tmp), new WorkspaceBuilder());
        assertThatThrownBy(() -> off.check(allowed.toString()))
                .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("directory-scans-disabled"));
    }
}
