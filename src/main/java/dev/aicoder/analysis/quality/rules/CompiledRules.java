package dev.aicoder.analysis.quality.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.syntax.SyntaxQuery;
import dev.aicoder.source.Language;

/**
 * Validated rules ready to run. Per language, all query rules are merged into one tree-sitter query (one walk of
 * the tree, whatever the number of rules) whose pattern indexes map back to rules; regex rules run one by one.
 */
public final class CompiledRules {

    private final List<RuleDefinition> rules;
    private final Map<Language, List<RuleDefinition>> grouped = new EnumMap<>(Language.class);
    /** Compiled on first use: compiling tree-sitter queries is the bulk of the start-up cost. */
    private final Map<Language, ForLanguage> byLanguage = new ConcurrentHashMap<>();

    CompiledRules(List<RuleDefinition> rules) {
        this.rules = List.copyOf(rules);
        for (RuleDefinition rule : rules) {
            for (Language language : rule.languages()) {
                grouped.computeIfAbsent(language, l -> new ArrayList<>()).add(rule);
            }
        }
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(RuleDefinition::descriptor).toList();
    }

    public Set<Language> languages() {
        return grouped.keySet();
    }

    ForLanguage forLanguage(Language language) {
        List<RuleDefinition> list = grouped.get(language);
        return list == null ? null : byLanguage.computeIfAbsent(language, l -> new ForLanguage(l, list));
    }

    /** The rules of one language, compiled. */
    static final class ForLanguage {
        final Language language;
        final SyntaxQuery combined;
        final RuleDefinition[] ruleOfPattern;
        final List<RegexRule> regexRules = new ArrayList<>();
        final Map<String, SyntaxQuery> notInside = new HashMap<>();
        final Map<String, SyntaxQuery> inside = new HashMap<>();

        ForLanguage(Language language, Collection<RuleDefinition> rules) {
            this.language = language;
            StringBuilder source = new StringBuilder();
            List<RuleDefinition> patterns = new ArrayList<>();
            for (RuleDefinition rule : rules) {
                if (rule.usesQuery()) {
                    int count = SyntaxQuery.compile(language, rule.query()).patternCount();
                    for (int i = 0; i < count; i++) {
                        patterns.add(rule);
                    }
                    source.append(rule.query()).append('\n');
                } else {
                    regexRules.add(new RegexRule(rule));
                }
                if (rule.notInside() != null) {
                    notInside.put(rule.id(), SyntaxQuery.compile(language, rule.notInside()));
                }
                if (rule.inside() != null) {
                    inside.put(rule.id(), SyntaxQuery.compile(language, rule.inside()));
                }
            }
            this.combined = patterns.isEmpty() ? null : SyntaxQuery.compile(language, source.toString());
            this.ruleOfPattern = patterns.toArray(RuleDefinition[]::new);
            if (combined != null && combined.patternCount() != ruleOfPattern.length) {
                throw new IllegalStateException("merged query of " + language.id() + " has "
                        + combined.patternCount() + " patterns, expected " + ruleOfPattern.length);
            }
        }
    }

    /** A regex rule with its patterns compiled once. */
    record RegexRule(RuleDefinition rule, Pattern pattern, Pattern unless) {
        RegexRule(RuleDefinition rule) {
            this(rule, Pattern.compile(rule.regex(), Pattern.MULTILINE),
                    rule.unless() == null ? null : Pattern.compile(rule.unless()));
        }
    }
}
