package dev.aicoder.analysis.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aicoder.source.Language;

/** Bad rule files (as a tenant might upload) get precise messages: file, rule id, what is wrong. */
class RuleValidatorTest {

    private static final String GOOD = """
            rules:
              - id: python.no-print
                title: print call
                description: Why it matters. **Fix:** use logging.
                severity: low
                category: quality
                query: |
                  (call function: (identifier) @fn (#eq? @fn "print")) @match
                examples:
                  positive: ["print(1)"]
                  negative: ["log.info(1)"]
            """;

    private static List<RuleProblem> problems(String yaml) {
        try {
            RulePacks.parse("custom.yml", yaml, Language.PYTHON);
            return List.of();
        } catch (InvalidRulesException e) {
            return e.problems();
        }
    }

    private static String messages(String yaml) {
        return problems(yaml).toString();
    }

    @Test
    void aValidFileLoads() {
        List<RuleDefinition> rules = RulePacks.parse("custom.yml", GOOD, Language.PYTHON);
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("python.no-print");
            assertThat(r.languages()).containsExactly(Language.PYTHON);
            assertThat(r.source()).isEqualTo("custom.yml");
        });
    }

    @Test
    void yamlSyntaxErrorsGiveTheLine() {
        assertThat(messages("rules:\n  - id: x\n    title: [unclosed\n")).contains("custom.yml: YAML syntax error at line");
        assertThat(messages("just text")).contains("not a rules file");
        assertThat(messages("rules: 3")).contains("'rules' must be a list, not a number");
    }

    @Test
    void unknownFieldsSuggestTheRightSpelling() {
        String typo = GOOD.replace("severity: low", "severty: low");
        assertThat(problems(typo)).extracting(RuleProblem::toString)
                .anyMatch(m -> m.contains("rule python.no-print: unknown field 'severty' in a rule (did you mean "
                        + "'severity'?)"))
                .anyMatch(m -> m.contains("missing required field 'severity'"));
    }

    @Test
    void enumValuesAndIdsAreChecked() {
        assertThat(messages(GOOD.replace("severity: low", "severity: urgent")))
                .contains("severity 'urgent' is not one of critical, high, medium, low, info");
        assertThat(messages(GOOD.replace("category: quality", "category: style")))
                .contains("category 'style' is not one of security, quality");
        assertThat(messages(GOOD.replace("id: python.no-print", "id: NoPrint")))
                .contains("id must be lowercase words separated by dots");
        assertThat(messages(GOOD.replace("severity: low", "severity: low\n    cwe: [CWE-79, banana]")))
                .contains("cwe 'banana' is not a CWE id");
    }

    @Test
    void queriesMustCompileAndExactlyOneMatcherIsAllowed() {
        assertThat(messages(GOOD.replace("(call function:", "(call function_name:")))
                .contains("rule python.no-print: 'query' does not compile for python: unknown field 'function_name'"
                        + " in the python grammar at line 1, column 7");
        assertThat(messages(GOOD.replace("    examples:", "    regex: 'print'\n    examples:")))
                .contains("exactly one of 'query' (tree-sitter) or 'regex'");
        assertThat(messages(GOOD.replace("(#eq? @fn", "(#eq? @missing")))
                .contains("unknown capture '@missing'");
    }

    @Test
    void regexesAreCheckedForSyntaxAndEmptyMatches() {
        String regexRule = GOOD.replaceFirst("query: \\|\\n.*\\n", "regex: '%s'\n");
        assertThat(messages(regexRule.formatted("print(")))
                .contains("'regex' is not a valid regex: Unclosed group");
        assertThat(messages(regexRule.formatted("x*"))).contains("matches empty text");
        assertThat(problems(regexRule.formatted("\\bprint\\("))).isEmpty();
    }

    @Test
    void placeholdersMustNameCaptures() {
        assertThat(messages(GOOD.replace("    severity: low", "    message: 'do not {{verb}} with {{fn}}'\n"
                + "    severity: low"))).contains("placeholders [{{verb}}] name no capture or group");
    }

    @Test
    void examplesMustExistAndBehave() {
        assertThat(messages(GOOD.replace("negative: [\"log.info(1)\"]", "negative: [\"print(2)\"]")))
                .contains("negative example 2 (python) fires at line 1: print(2)");
        assertThat(messages(GOOD.replace("positive: [\"print(1)\"]", "positive: [\"echo(1)\"]")))
                .contains("positive example 1 (python) does not fire");
        assertThat(messages(GOOD.replace("      negative: [\"log.info(1)\"]\n", "")))
                .contains("needs at least one negative example");
    }

    @Test
    void languagesAndGrammarsAreChecked() {
        assertThat(messages("languages: [cobol]\n" + GOOD)).contains("unknown language 'cobol'");
        try {
            RulePacks.parse("loose.yml", GOOD, null);
        } catch (InvalidRulesException e) {
            assertThat(e.getMessage()).contains("no language");
        }
        String clojure = GOOD.replace("rules:", "languages: [clojure]\nrules:");
        assertThat(messages(clojure)).contains("'query' needs a tree-sitter grammar, and clojure has none here");
    }

    @Test
    void duplicateIdsAreRefused() {
        String twice = GOOD + GOOD.substring("rules:\n".length());
        assertThat(messages(twice)).contains("rule python.no-print: id already used in custom.yml");
        List<RuleDefinition> builtin = RulePacks.builtinDefinitions();
        List<RuleDefinition> clash = RulePacks.parse("x.yml", GOOD.replace("python.no-print", builtin.get(0).id()),
                builtin.get(0).primaryLanguage());
        assertThatThrownBy(() -> RulePacks.compile(clash, builtin)).hasMessageContaining("id already used");
    }

    @Test
    void hostileFilesAreRefusedCleanly() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
        }
        long start = System.nanoTime();
        assertThat(messages(bomb + "rules: []\n")).contains("unknown field 'z' in the file");
        assertThat((System.nanoTime() - start) / 1_000_000).as("aliases are not expanded").isLessThan(2_000);
        assertThat(messages("rules: []\n#" + "x".repeat(RuleFileParser.MAX_FILE_CHARS))).contains("larger than");
        String longQuery = GOOD.replace("(#eq? @fn \"print\")", "(#eq? @fn \"" + "p".repeat(25_000) + "\")");
        assertThat(messages(longQuery)).contains("'query' is longer than 20000 characters");
    }
}
