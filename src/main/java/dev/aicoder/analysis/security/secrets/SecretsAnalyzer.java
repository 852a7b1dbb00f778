package dev.aicoder.analysis.security.secrets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.security.secrets.verify.SecretVerifier;
import dev.aicoder.analysis.security.secrets.verify.SecretVerifier.Verification;
import dev.aicoder.source.SourceFile;

/**
 * Secrets in the files of the workspace as it is now (see {@link GitHistorySecretsAnalyzer} for old commits).
 * Findings carry the value masked, its hash, and, when verification is on, whether the provider accepted it.
 */
public final class SecretsAnalyzer implements FileAnalyzer {

    /** Scan setting that turns live verification on (default off). */
    public static final String VERIFY_SETTING = "secrets.verify";

    private final SecretScanner scanner;
    private final SecretsSettings settings;

    public SecretsAnalyzer(SecretsSettings settings) {
        this.settings = settings;
        this.scanner = new SecretScanner(SecretRuleSet.builtIn(), settings.allowList());
    }

    @Override
    public String id() {
        return SecretFindings.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.SECURITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return SecretFindings.descriptors(scanner.rules());
    }

    @Override
    public boolean supports(SourceFile file) {
        return !PathContext.of(file.path()).skip();
    }

    @Override
    public List<Finding> analyze(SourceFile file, String content, AnalysisContext context) {
        List<SecretHit> hits = scanner.scan(file.path(), content);
        if (hits.isEmpty()) {
            return List.of();
        }
        String[] lines = content.split("\r?\n", -1);
        boolean verify = Boolean.parseBoolean(context.options().setting(VERIFY_SETTING, "false"));
        List<Finding> findings = new ArrayList<>();
        for (SecretHit hit : hits) {
            Finding.Builder b = SecretFindings.builder(hit, file.path(), lines[hit.line() - 1], file.language());
            findings.add(finish(b, hit, verify));
        }
        return findings;
    }

    /** Applies the baseline and, when asked for, live verification. */
    Finding finish(Finding.Builder b, SecretHit hit, boolean verify) {
        if (settings.baseline().contains(hit.ruleId(), hit.hash())) {
            b.suppression(new Finding.Suppression("baseline", "listed in the secrets baseline"));
        }
        SecretVerifier verifier = hit.verifier() == null ? null : settings.verifiers().get(hit.verifier());
        if (verify && verifier != null) {
            Verification result = verifier.verify(hit.value());
            b.property("verified", result.id());
            if (result == Verification.VALID) {
                b.severity(Severity.CRITICAL).confidence(Confidence.HIGH);
            } else if (result == Verification.INVALID) {
                b.severity(Severity.LOW);
            }
        }
        return b.build();
    }
}
