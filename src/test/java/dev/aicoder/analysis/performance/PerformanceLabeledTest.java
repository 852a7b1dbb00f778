package dev.aicoder.analysis.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aicoder.analysis.quality.rules.RuleDefinition;
import dev.aicoder.analysis.quality.rules.RulePacks;
import dev.aicoder.analysis.Category;

class PerformanceLabeledTest {

    @Test
    void performanceRulesFindTheLabeledAntiPatternsWithFewFalseAlarms() {
        List<String> log = new ArrayList<>();
        Map<String, LabeledCorpus.Score> scores = LabeledCorpus.score(LabeledCorpus.DEFAULT, log);
        LabeledCorpus.Score total = scores.get("*");
        assertThat(total.truePositives).isGreaterThanOrEqualTo(30);
        assertThat(total.precision()).as("precision; %s", log).isGreaterThanOrEqualTo(0.9);
        assertThat(total.recall()).as("recall; %s", log).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void everyPerformanceRuleOfTheFourMainLanguagesIsExercisedByTheLabeledSet() {
        Map<String, LabeledCorpus.Score> scores = LabeledCorpus.score(LabeledCorpus.DEFAULT, new ArrayList<>());
        List<String> ids = RulePacks.builtinDefinitions().stream()
                .filter(r -> r.category() == Category.PERFORMANCE && r.id().contains(".perf."))
                .map(RuleDefinition::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        for (String id : ids) {
            assertThat(scores.get(id)).as("labeled examples for %s", id).isNotNull();
            assertThat(scores.get(id).truePositives).as("true positives of %s", id).isPositive();
        }
    }

    @Test
    void expectationMarkersAreReadPerLine() {
        assertThat(LabeledCorpus.expectations("a\nb  # expect: x.y\nc // expect: p.q expect: r.s\n"))
                .containsExactlyInAnyOrder("2 x.y", "3 p.q", "3 r.s");
    }
}
