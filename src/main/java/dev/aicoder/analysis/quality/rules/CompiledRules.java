package dev.aicoder.analysis.quality.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The rules of one language. Their queries are merged into one source; a match is mapped back to its rule by
     * where its pattern starts in that source, so no rule's query is compiled on its own. The merged query is
     * compiled only when this class runs it itself: under a {@link dev.aicoder.analysis.syntax.SharedWalk} the
     * walk compiles it together with the other analyzers' queries.
     */
    static final class ForLanguage {
        final Language language;
        /** The merged query source, or null when every rule is a regex. */
        final String source;
        private final int[] ruleStarts;
        private final RuleDefinition[] ruleAt;
        final List<RegexRule> regexRules = new ArrayList<>();
        final Map<String, SyntaxQuery> notInside = new HashMap<>();
        final Map<String, SyntaxQuery> inside = new HashMap<>();
        private volatile SyntaxQuery combined;

        ForLanguage(Language language, Collection<RuleDefinition> rules) {
            this.language = language;
            StringBuilder merged = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<RuleDefinition> queryRules = new ArrayList<>();
            int bytes = 0;
            for (RuleDefinition rule : rules) {
                if (rule.usesQuery()) {
                    starts.add(bytes);
                    queryRules.add(rule);
                    String part = rule.query() + '\n';
                    merged.append(part);
                    bytes += part.getBytes(StandardCharsets.UTF_8).length;
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
            this.source = queryRules.isEmpty() ? null : merged.toString();
            this.ruleStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            this.ruleAt = queryRules.toArray(RuleDefinition[]::new);
        }

        /** The merged query, compiled on first use. */
        SyntaxQuery combined() {
            SyntaxQuery q = combined;
            if (q == null && source != null) {
                q = combined = SyntaxQuery.compile(language, source);
            }
            return q;
        }

        /** The rule whose query holds the pattern starting at {@code patternStart} (a byte offset in the source). */
        RuleDefinition ruleOfPattern(int patternStart) {
            int i = Arrays.binarySearch(ruleStarts, patternStart);
            return ruleAt[i >= 0 ? i : -i - 2];
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
