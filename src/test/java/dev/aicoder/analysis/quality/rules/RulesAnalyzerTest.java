package dev.aicoder.analysis.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

class RulesAnalyzerTest {

    private final RulesAnalyzer analyzer = new RulesAnalyzer();

    private static SourceFile file(String path, Language language, String content) {
        return new SourceFile(path, language, content.length(), Integer.toHexString(content.hashCode()));
    }

    @Test
    void findingsCarryRuleLocationSnippetMessageAndFix() throws Exception {
        String code = """
                import yaml, os

                def load(path, name):
                    cfg = yaml.load(open(path))
                    os.system("echo " + name)
                    return cfg
                """;
        try (SimpleContext context = new SimpleContext()) {
            List<Finding> findings = analyzer.analyze(file("app/load.py", Language.PYTHON, code), code, context);
            Finding yaml = findings.stream().filter(f -> f.ruleId().equals("python.yaml-unsafe-load")).findFirst()
                    .orElseThrow();
            assertThat(yaml.path()).isEqualTo("app/load.py");
            assertThat(yaml.startLine()).isEqualTo(4);
            assertThat(yaml.startColumn()).isEqualTo(11);
            assertThat(yaml.endColumn()).isEqualTo(11 + "yaml.load(open(path))".length());
            assertThat(yaml.snippet()).isEqualTo("    cfg = yaml.load(open(path))");
            assertThat(yaml.severity()).isEqualTo(Severity.HIGH);
            assertThat(yaml.category()).isEqualTo(Category.SECURITY);
            assertThat(yaml.cwe()).containsExactly(502);
            assertThat(yaml.analyzer()).isEqualTo("rules");
            assertThat(yaml.language()).isEqualTo(Language.PYTHON);
            assertThat(yaml.fix().replacement()).isEqualTo("yaml.safe_load(open(path))");
            Finding system = findings.stream().filter(f -> f.ruleId().equals("python.os-system")).findFirst()
                    .orElseThrow();
            assertThat(system.message()).isEqualTo("os.system() runs a shell command built from \"echo \" + name");
            assertThat(system.startLine()).isEqualTo(5);
        }
    }

    @Test
    void aFileIsParsedOnceAndDisabledCategoriesAreLeftOut() throws Exception {
        String code = "try:\n    x = eval(data)\nexcept:\n    pass\n";
        SourceFile f = file("a.py", Language.PYTHON, code);
        try (SimpleContext context = new SimpleContext(new ScanOptions(EnumSet.of(Category.QUALITY), null, null,
                null))) {
            List<Finding> quality = analyzer.analyze(f, code, context);
            assertThat(quality).extracting(Finding::ruleId).contains("python.bare-except")
                    .doesNotContain("python.eval-exec");
            analyzer.analyze(f, code, context);
            assertThat(context.computed).hasSize(1);
        }
        try (SimpleContext all = new SimpleContext()) {
            assertThat(analyzer.analyze(f, code, all)).extracting(Finding::ruleId).contains("python.eval-exec");
        }
    }

    @Test
    void typescriptFilesGetBothJavascriptAndTypescriptRules() throws Exception {
        String code = "const v: any = eval(input);\n";
        try (SimpleContext context = new SimpleContext()) {
            assertThat(analyzer.analyze(file("a.ts", Language.TYPESCRIPT, code), code, context))
                    .extracting(Finding::ruleId).containsExactlyInAnyOrder("js.eval", "ts.explicit-any");
        }
    }

    @Test
    void extraRuleFoldersAddRegexRulesForLanguagesWithoutGrammar(@TempDir Path dir) throws Exception {
        Path tf = Files.createDirectories(dir.resolve("terraform"));
        Files.writeString(tf.resolve("storage.yml"), """
                rules:
                  - id: acme.tf.public-bucket
                    title: Public bucket ACL
                    description: Public buckets leak data. **Fix:** use private ACLs.
                    severity: high
                    category: security
                    cwe: [732]
                    message: "ACL {{acl}} makes the bucket public"
                    regex: 'acl\\s*=\\s*"(?<acl>public-read(-write)?)"'
                    unless: 'aicoder-reviewed'
                    examples:
                      positive: ['acl = "public-read"']
                      negative: ['acl = "private"', 'acl = "public-read" # aicoder-reviewed']
                """);
        String code = "resource \"aws_s3_bucket\" \"b\" {\n  acl    = \"public-read-write\"\n}\n";
        ScanOptions options = new ScanOptions(null, List.of(dir), null, null);
        try (SimpleContext context = new SimpleContext(options)) {
            List<Finding> found = analyzer.analyze(file("main.tf", Language.TERRAFORM, code), code, context);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("acme.tf.public-bucket");
                assertThat(f.message()).isEqualTo("ACL public-read-write makes the bucket public");
                assertThat(f.startLine()).isEqualTo(2);
                assertThat(f.startColumn()).isEqualTo(3);
            });
        }
        assertThat(analyzer.rulesFor(List.of(dir))).isSameAs(analyzer.rulesFor(List.of(dir)));
    }

    @Test
    void aBrokenExtraRuleFolderFailsWithItsProblems(@TempDir Path dir) {
        Path py = dir.resolve("python");
        assertThatThrownBy(() -> {
            Files.createDirectories(py);
            Files.writeString(py.resolve("bad.yml"), "rules:\n  - id: x.y\n    title: t\n");
            analyzer.rulesFor(List.of(dir));
        }).isInstanceOf(InvalidRulesException.class).hasMessageContaining("python/bad.yml: rule x.y: missing "
                + "required field 'description'");
    }

    @Test
    void aCatastrophicRegexStopsWhenTheFileBudgetIsSpent() throws Exception {
        RuleDefinition redos = new RuleDefinition("acme.redos", "t", "d", Severity.LOW, Category.QUALITY, null, null,
                null, List.of(Language.TEXT), null, null, "((a+)+)\\2b", null, null, null, null, null, "x.yml");
        RulesAnalyzer custom = new RulesAnalyzer(RulePacks.compile(List.of(redos), List.of()));
        String content = "a".repeat(30); // backtracks for about a minute without the budget
        try (SimpleContext context = new SimpleContext()) {
            Thread timer = new Thread(() -> {
                sleep(300);
                context.cancelled = true;
            });
            timer.start();
            long start = System.nanoTime();
            assertThatThrownBy(() -> custom.analyze(file("a.txt", Language.TEXT, content), content, context))
                    .isInstanceOf(CancellationException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
