package dev.aicoder.analysis.security.secrets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.source.Language;

/** Turns {@link SecretHit}s into findings in which the value only ever appears masked. */
public final class SecretFindings {

    public static final String ANALYZER = "secrets";
    /** Property holding the {@link Masking#secretHash} of the value (for baselines and de-duplication). */
    public static final String HASH = "secret_hash";
    static final String FIX = "Revoke or rotate the secret now (it is in the repository's history), remove it from "
            + "the code and read it at run time from the environment or a secret store.";

    private SecretFindings() {
    }

    public static Finding.Builder builder(SecretHit hit, String path, String lineText, Language language) {
        String masked = hit.masked();
        Confidence confidence = hit.score() >= 0.8 ? Confidence.HIGH
                : hit.score() >= 0.65 ? Confidence.MEDIUM : Confidence.LOW;
        Severity severity = confidence == Confidence.LOW && hit.severity().rank() > Severity.MEDIUM.rank()
                ? Severity.MEDIUM : hit.severity();
        Map<String, String> props = new LinkedHashMap<>();
        props.put(HASH, hit.hash());
        props.put("masked_value", masked);
        props.put("provider", hit.provider());
        props.put("score", String.format(java.util.Locale.ROOT, "%.2f", hit.score()));
        return Finding.builder(hit.ruleId()).title(hit.title())
                .message(hit.title() + " " + masked + " is hard-coded. " + FIX)
                .severity(severity).category(Category.SECURITY).cwe(hit.cwe()).path(path)
                .range(hit.line(), hit.column(), hit.line(), hit.endColumn())
                .snippet(Masking.maskLine(lineText, hit.value())).language(language).analyzer(ANALYZER)
                .confidence(confidence).tags(List.of("secret", hit.provider().toLowerCase(java.util.Locale.ROOT)))
                .fix(new Finding.Fix(FIX, null, null)).properties(props);
    }

    /** Rule descriptors for SARIF and the catalogue: every provider format plus the generic detectors. */
    public static Collection<RuleDescriptor> descriptors(List<SecretRule> rules) {
        List<RuleDescriptor> out = new ArrayList<>();
        for (SecretRule r : rules) {
            out.add(new RuleDescriptor(r.ruleId(), r.title(), "A " + r.title() + " (" + r.provider()
                    + ") is committed in the code. " + FIX, r.severity(), Category.SECURITY, List.of(r.cwe()),
                    List.of("secret"), ANALYZER));
        }
        out.add(new RuleDescriptor(GenericAssignments.RULE_PASSWORD, "Hard-coded password", "A literal password is "
                + "assigned in code or configuration. " + FIX, Severity.HIGH, Category.SECURITY, List.of(798, 259),
                List.of("secret"), ANALYZER));
        out.add(new RuleDescriptor(GenericAssignments.RULE_SECRET, "Hard-coded secret", "A high-entropy literal is "
                + "assigned to a name such as token, secret or api key. " + FIX, Severity.HIGH, Category.SECURITY,
                List.of(798), List.of("secret"), ANALYZER));
        out.add(new RuleDescriptor(GenericAssignments.RULE_BEARER, "Credential in an Authorization header",
                "A bearer or basic credential is written in the code. " + FIX, Severity.HIGH, Category.SECURITY,
                List.of(798), List.of("secret"), ANALYZER));
        return out;
    }
}
