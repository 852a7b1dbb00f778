package dev.aicoder.analysis.security.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aicoder.analysis.Severity;

/** The provider key formats, loaded once from the YAML data file on the class path (or another stream). */
public final class SecretRuleSet {

    public static final String RESOURCE = "/security/secrets/rules.yaml";

    private static volatile List<SecretRule> builtIn;

    private SecretRuleSet() {
    }

    /** The built-in rules (cached). */
    public static List<SecretRule> builtIn() {
        List<SecretRule> rules = builtIn;
        if (rules == null) {
            try (InputStream in = SecretRuleSet.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                rules = builtIn = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rules;
    }

    /** Reads a rules file; a rule with a bad regex fails the load with the rule's id in the message. */
    public static List<SecretRule> read(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        RulesFile file = yaml.readValue(in, RulesFile.class);
        List<SecretRule> rules = new ArrayList<>();
        for (RuleRow row : file.rules) {
            rules.add(row.toRule());
        }
        return List.copyOf(rules);
    }

    static final class RulesFile {
        public List<RuleRow> rules = List.of();
    }

    static final class RuleRow {
        public String id;
        public String title;
        public String provider;
        public String regex;
        public int group;
        public List<String> keywords;
        @JsonProperty("keyword_context")
        public List<String> keywordContext;
        public String severity = "high";
        public double entropy;
        public int cwe = 798;
        @JsonProperty("private_key")
        public boolean privateKey;
        public boolean jwt;
        @JsonProperty("placeholder_check")
        public boolean placeholderCheck;
        public String verify;

        SecretRule toRule() {
            try {
                return new SecretRule(id, title, provider, Pattern.compile(regex), group, keywords, keywordContext,
                        Severity.of(severity), entropy, cwe, privateKey, jwt, placeholderCheck, verify);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("secret rule " + id + ": bad regex: " + e.getDescription(), e);
            }
        }
    }
}
