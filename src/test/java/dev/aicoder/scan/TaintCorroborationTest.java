package dev.aicoder.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.Severity;

class TaintCorroborationTest {

    static Finding finding(String rule, String analyzer, String path, int start, int end, int cwe) {
        return Finding.builder(rule).title(rule).message(rule).severity(Severity.HIGH).category(Category.SECURITY)
                .cwe(cwe).path(path).range(start, 1, end, 10).analyzer(analyzer).confidence(Confidence.MEDIUM)
                .build();
    }

    @Test
    void aPatternFindingIsLoweredOnlyWhereTaintReadTheFileAndFoundNoFlowOfItsCweThere() {
        Finding confirmed = finding("java.sql-string-building", "rules", "A.java", 10, 12, 89);
        Finding flow = finding("java.taint.sql-injection", "taint-java", "A.java", 12, 12, 89);
        Finding otherCweFlow = finding("java.taint.xss", "taint-java", "A.java", 20, 20, 79);
        Finding unconfirmed = finding("java.sql-string-building", "rules", "A.java", 20, 20, 89);
        Finding unread = finding("java.sql-string-building", "rules", "B.java", 5, 5, 89);
        Finding notAFlowCwe = finding("java.weak-hash", "rules", "A.java", 30, 30, 328);

        List<Finding> out = TaintCorroboration.apply(
                List.of(confirmed, flow, otherCweFlow, unconfirmed, unread, notAFlowCwe),
                Set.of("A.java")::contains);

        assertThat(out).hasSize(6);
        assertThat(out.get(0)).isEqualTo(confirmed); // lines 10-12 overlap the flow on line 12
        assertThat(out.get(1)).isEqualTo(flow);
        assertThat(out.get(2)).isEqualTo(otherCweFlow);
        assertThat(out.get(3).confidence()).isEqualTo(Confidence.LOW);
        assertThat(out.get(3).severity()).isEqualTo(Severity.HIGH);
        assertThat(out.get(3).properties()).containsEntry(TaintCorroboration.UNCONFIRMED,
                TaintCorroboration.UNCONFIRMED_TEXT);
        assertThat(out.get(4)).isEqualTo(unread);
        assertThat(out.get(5)).isEqualTo(notAFlowCwe);
    }

    @Test
    void withoutCandidatesTheTaintCoverageIsNeverAsked() {
        Finding quality = finding("py.todo", "rules", "a.py", 1, 1, 89).toBuilder().category(Category.QUALITY)
                .build();
        List<Finding> in = List.of(quality);
        assertThat(TaintCorroboration.apply(in, path -> {
            throw new AssertionError("asked for " + path);
        })).isSameAs(in);
    }
}
