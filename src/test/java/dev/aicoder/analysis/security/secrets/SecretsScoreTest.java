package dev.aicoder.analysis.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The floor on the labeled set: precision >= 0.9 and recall >= 0.8 (bench/secrets-score.sh prints the figures). */
class SecretsScoreTest {

    @Test
    void labeledSetMeetsTheFloor() throws Exception {
        var cases = LabeledSecrets.load();
        LabeledSecrets.Score score = LabeledSecrets.score(SecretScanner.standard(), cases);
        System.out.println(score.summary());
        score.misses().forEach(m -> System.out.println("  " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(0.8);
    }

    /** A detector without a labeled case is untested: every rule must catch at least one labeled secret. */
    @Test
    void everyRuleCatchesALabeledSecret() throws Exception {
        SecretScanner scanner = SecretScanner.standard();
        Set<String> fired = new TreeSet<>();
        for (LabeledSecrets.Case c : LabeledSecrets.load()) {
            if (c.secret()) {
                scanner.scan(c.path(), c.line()).forEach(h -> fired.add(h.ruleId()));
            }
        }
        assertThat(fired).containsAll(scanner.rules().stream().map(SecretRule::ruleId).toList())
                .contains(GenericAssignments.RULE_PASSWORD, GenericAssignments.RULE_SECRET,
                        GenericAssignments.RULE_BEARER);
    }
}
