package dev.aicoder.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeSetTest {

    @TempDir
    Path tmp;

    static final String DIFF = """
            diff --git a/src/app.py b/src/app.py
            index 1111111..2222222 100644
            --- a/src/app.py
            +++ b/src/app.py
            @@ -10,3 +10,4 @@ def main():
                 a = 1
            -    b = 2
            +    b = eval(x)
            +    c = 3
                 return a
            diff --git a/old.py b/old.py
            deleted file mode 100644
            index 3333333..0000000
            --- a/old.py
            +++ /dev/null
            @@ -1 +0,0 @@
            -x = 1
            diff --git a/new.js b/new.js
            new file mode 100644
            index 0000000..4444444
            --- /dev/null
            +++ b/new.js
            @@ -0,0 +1,2 @@
            +const a = 1;
            +eval(a);
            """;

    @Test
    void parsesChangedLinesAndDropsDeletedFiles() {
        ChangeSet changes = ChangeSet.parse(DIFF.getBytes(StandardCharsets.UTF_8));
        assertThat(changes.paths()).containsExactly("src/app.py", "new.js");
        assertThat(changes.touches("src/app.py", 11)).isTrue();
        assertThat(changes.touches("src/app.py", 12)).isTrue();
        assertThat(changes.touches("src/app.py", 10)).isFalse();
        assertThat(changes.touches("new.js", 2)).isTrue();
        assertThat(changes.touches("other.py", 1)).isFalse();
    }

    @Test
    void materialisesTheNewSideAtRealLineNumbers() {
        DirectoryWorkspace ws = new DiffIntake(new WorkspaceBuilder(), tmp)
                .open(ChangeSet.parse(DIFF.getBytes(StandardCharsets.UTF_8)));
        String app = ws.read(ws.file("src/app.py").orElseThrow());
        assertThat(app.split("\n", -1)[10]).isEqualTo("    b = eval(x)");
        assertThat(app.split("\n", -1)[0]).isEmpty();
        assertThat(ws.read(ws.file("new.js").orElseThrow())).isEqualTo("const a = 1;\neval(a);\n");
        Path root = ws.root();
        ws.close();
        assertThat(Files.exists(root)).isFalse();
    }

    @Test
    void refusesNonDiffsAndPathsOutsideTheRepository() {
        assertThatThrownBy(() -> ChangeSet.parse("hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntakeException.class);
        String evil = DIFF.replace("b/new.js", "b/../../etc/x.js");
        assertThatThrownBy(() -> ChangeSet.parse(evil.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntakeException.class);
        assertThat(ChangeSet.ofPaths(List.of("a.py", "./b/c.py")).paths()).containsExactly("a.py", "b/c.py");
    }
}
