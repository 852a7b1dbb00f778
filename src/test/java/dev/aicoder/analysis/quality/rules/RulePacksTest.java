package dev.aicoder.analysis.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.aicoder.source.Language;

/** The shipped packs: index in sync with the folder, enough meaningful rules per major language, help text. */
class RulePacksTest {

    private static final Path FOLDER = Path.of("src/main/resources/rules");

    @Test
    void indexListsExactlyTheRuleFilesOfTheFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            onDisk = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .map(p -> FOLDER.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(RulePacks.builtinFiles()).as("rules/index.txt (add new files there)")
                .containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void everyMajorLanguageHasAtLeastTenRules() {
        Map<Language, Integer> counts = new TreeMap<>();
        for (RuleDefinition rule : RulePacks.builtinDefinitions()) {
            rule.languages().forEach(l -> counts.merge(l, 1, Integer::sum));
        }
        for (Language language : List.of(Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT, Language.JAVA,
                Language.GO, Language.CSHARP, Language.C, Language.CPP, Language.PHP, Language.RUBY)) {
            assertThat(counts.getOrDefault(language, 0)).as("rules for %s", language).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void everyRuleExplainsWhyAndHowToFix() {
        for (RuleDefinition rule : RulePacks.builtinDefinitions()) {
            assertThat(rule.description()).as(rule.id()).contains("**Fix:**");
            assertThat(rule.description().indexOf("**Fix:**")).as("why comes first in %s", rule.id())
                    .isGreaterThan(40);
            assertThat(rule.id()).as("id prefix of %s", rule.id()).doesNotStartWith(".");
        }
    }

    @Test
    void builtinRulesCompileIntoOneQueryPerLanguage() {
        CompiledRules rules = RulePacks.builtin();
        assertThat(rules.languages()).contains(Language.PYTHON, Language.JAVASCRIPT, Language.TYPESCRIPT);
        for (Language language : rules.languages()) {
            CompiledRules.ForLanguage forLanguage = rules.forLanguage(language);
            if (forLanguage.source == null) {
                continue;
            }
            // Every pattern of the merged query maps back to the rule it came from, and each rule to its patterns.
            var merged = forLanguage.combined();
            java.util.Map<String, Integer> patternsPerRule = new java.util.HashMap<>();
            for (int i = 0; i < merged.patternCount(); i++) {
                patternsPerRule.merge(forLanguage.ruleOfPattern(merged.patternStart(i)).id(), 1, Integer::sum);
            }
            for (RuleDefinition rule : rules.rules()) {
                if (rule.usesQuery() && rule.languages().contains(language)) {
                    assertThat(patternsPerRule.get(rule.id())).as(rule.id() + " in " + language.id())
                            .isEqualTo(dev.aicoder.analysis.syntax.SyntaxQuery.compile(language, rule.query())
                                    .patternCount());
                }
            }
        }
        assertThat(rules.forLanguage(Language.PYTHON).combined().patternCount()).isGreaterThan(10);
        assertThat(rules.descriptors()).allSatisfy(d -> assertThat(d.analyzer()).isEqualTo("rules"));
    }
}
