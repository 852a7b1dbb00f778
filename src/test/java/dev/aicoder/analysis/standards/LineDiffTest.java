package dev.aicoder.analysis.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.standards.fix.LineDiff;
import dev.aicoder.analysis.standards.fix.LineEdit;
import dev.aicoder.analysis.standards.fix.UnifiedDiff;

class LineDiffTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\\nb\\nc\\n|a\\nB\\nc\\n",
            "a\\nb\\nc|a\\nb\\nc\\n",
            "a\\nb\\nc\\n|a\\nb\\nc",
            "|x\\ny\\n",
            "x\\ny\\n|",
            "a\\r\\nb\\r\\n|a\\r\\nc\\r\\nb\\r\\n",
            "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n|0\\n1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\\n" })
    void unifiedDiffRoundTrips(String a, String b) throws Exception {
        String before = unescape(a);
        String after = unescape(b);
        String diff = LineDiff.unified("f.txt", before, after);
        assertThat(diff).startsWith("--- a/f.txt\n+++ b/f.txt\n@@ ");
        assertThat(UnifiedDiff.apply(before, diff)).isEqualTo(after);
        assertThat(LineDiff.apply(before, LineDiff.between(before, after))).isEqualTo(after);
    }

    @Test
    void randomEditsRoundTrip() throws Exception {
        Random r = new Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            int lines = r.nextInt(30);
            for (int i = 0; i < lines; i++) {
                String line = "line " + r.nextInt(8) + (r.nextInt(10) == 0 ? "" : "\n");
                if (r.nextInt(5) != 0) {
                    a.append(line);
                }
                if (r.nextInt(5) != 0) {
                    b.append(r.nextInt(6) == 0 ? "changed " + line : line);
                }
            }
            String before = a.toString();
            String after = b.toString();
            String diff = LineDiff.unified("r", before, after);
            assertThat(diff.isEmpty()).isEqualTo(before.equals(after));
            if (!diff.isEmpty()) {
                assertThat(UnifiedDiff.apply(before, diff)).as(diff).isEqualTo(after);
            }
        }
    }

    @Test
    void refusesADiffForAChangedFile() {
        String diff = LineDiff.unified("f", "a\nb\nc\n", "a\nB\nc\n");
        assertThatThrownBy(() -> UnifiedDiff.apply("a\nx\nc\n", diff))
                .isInstanceOf(UnifiedDiff.PatchException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> UnifiedDiff.apply("a\n", "@@ nonsense\n"))
                .hasMessageContaining("malformed hunk header");
    }

    @Test
    void detectsOverlaps() {
        assertThat(new LineEdit(2, 4, List.of()).overlaps(new LineEdit(3, 5, List.of()))).isTrue();
        assertThat(new LineEdit(2, 4, List.of()).overlaps(new LineEdit(4, 5, List.of()))).isFalse();
        assertThat(new LineEdit(4, 4, List.of("x\n")).overlaps(new LineEdit(4, 4, List.of("y\n")))).isTrue();
    }

    private static String unescape(String s) {
        return s == null ? "" : s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
