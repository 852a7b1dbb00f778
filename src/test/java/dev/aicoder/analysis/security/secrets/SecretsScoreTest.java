package dev.aicoder.analysis.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

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
}
