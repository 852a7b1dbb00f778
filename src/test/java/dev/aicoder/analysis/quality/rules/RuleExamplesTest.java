package dev.aicoder.analysis.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule: its positive examples fire, its negative examples do not. */
class RuleExamplesTest {

    static Stream<Arguments> rules() {
        return RulePacks.builtinDefinitions().stream().map(r -> Arguments.of(r.id(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void examplesBehave(String id, RuleDefinition rule) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleValidator.checkExamples(rule, problems);
        assertThat(problems).as(id).isEmpty();
        assertThat(rule.examples()).as("examples of %s", id).anyMatch(RuleDefinition.Example::positive)
                .anyMatch(e -> !e.positive());
    }
}
