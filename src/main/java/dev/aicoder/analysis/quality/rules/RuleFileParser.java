package dev.aicoder.analysis.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.quality.rules.RuleDefinition.Example;
import dev.aicoder.analysis.quality.rules.RuleDefinition.FixTemplate;
import dev.aicoder.source.Language;

/**
 * Reads one rule file (YAML) into {@link RuleDefinition}s, collecting a {@link RuleProblem} for everything that is
 * malformed: unknown or missing fields, wrong types, bad enum values. Semantic checks (queries compile, examples
 * fire) are {@link RuleValidator}'s job.
 */
final class RuleFileParser {

    static final int MAX_FILE_CHARS = 1_000_000;
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> FILE_FIELDS = Set.of("languages", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "description", "severity", "category",
            "cwe", "tags", "confidence", "languages", "message", "query", "regex", "unless", "not-inside", "inside",
            "fix", "examples");
    private static final String SEVERITIES = "critical, high, medium, low, info";
    private static final String CATEGORIES = "security, quality, standards, performance, maintainability";

    private RuleFileParser() {
    }

    /**
     * @param defaultLanguage the language of the folder the file is in; {@code null} when the file must say
     */
    static List<RuleDefinition> parse(String file, String yaml, Language defaultLanguage, List<RuleProblem> problems) {
        List<RuleDefinition> rules = new ArrayList<>();
        if (yaml.length() > MAX_FILE_CHARS) {
            problems.add(new RuleProblem(file, null, "file is larger than " + MAX_FILE_CHARS + " characters"));
            return rules;
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new RuleProblem(file, null, "YAML syntax error" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage()));
            return rules;
        }
        if (root == null || !root.isObject() || !root.has("rules")) {
            problems.add(new RuleProblem(file, null, "not a rules file: expected a mapping with a 'rules' list"));
            return rules;
        }
        RuleFields top = new RuleFields(root, file, null, problems);
        top.rejectUnknown(FILE_FIELDS, "the file");
        List<Language> fileLanguages = languages(top, defaultLanguage);
        JsonNode list = root.get("rules");
        if (!list.isArray()) {
            top.problem("'rules' must be a list, not " + RuleFields.kind(list));
            return rules;
        }
        int index = 0;
        for (JsonNode item : list) {
            index++;
            RuleDefinition rule = parseRule(file, item, index, fileLanguages, problems);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static RuleDefinition parseRule(String file, JsonNode item, int index, List<Language> fileLanguages,
            List<RuleProblem> problems) {
        if (!item.isObject()) {
            problems.add(new RuleProblem(file, "#" + index, "a rule must be a mapping, not " + RuleFields.kind(item)));
            return null;
        }
        String id = item.hasNonNull("id") ? item.get("id").asText() : "#" + index;
        int before = problems.size();
        RuleFields f = new RuleFields(item, file, id, problems);
        f.rejectUnknown(RULE_FIELDS, "a rule");
        if (!item.hasNonNull("id")) {
            f.problem("missing required field 'id'");
        } else if (!ID.matcher(id).matches()) {
            f.problem("id must be lowercase words separated by dots, like python.eval-injection");
        }
        String title = f.text("title", true);
        String description = f.text("description", true);
        Severity severity = f.choice("severity", true, Severity.MEDIUM, Severity::of, SEVERITIES);
        Category category = f.choice("category", true, Category.QUALITY, Category::of, CATEGORIES);
        Confidence confidence = f.choice("confidence", false, Confidence.HIGH, Confidence::of, "high, medium, low");
        List<Language> languages = f.has("languages") ? languages(f, null) : fileLanguages;
        String query = f.text("query", false);
        String regex = f.text("regex", false);
        if ((query == null) == (regex == null)) {
            f.problem("a rule needs exactly one of 'query' (tree-sitter) or 'regex'");
        }
        FixTemplate fix = fix(f);
        List<Example> examples = examples(f, languages);
        if (problems.size() > before || languages.isEmpty()) {
            if (languages.isEmpty() && problems.size() == before) {
                f.problem("no language: put the file under rules/<language>/ or set 'languages'");
            }
            return null;
        }
        return new RuleDefinition(id, title, description.strip(), severity, category, f.cwe(), f.texts("tags"),
                confidence, languages, f.text("message", false), query, regex, f.text("unless", false),
                f.text("not-inside", false), f.text("inside", false), fix, examples, file);
    }

    private static List<Language> languages(RuleFields f, Language fallback) {
        List<Language> out = new ArrayList<>();
        for (String name : f.texts("languages")) {
            try {
                out.add(Language.of(name));
            } catch (IllegalArgumentException e) {
                f.problem("unknown language '" + name + "'");
            }
        }
        if (out.isEmpty() && fallback != null) {
            out.add(fallback);
        }
        return out;
    }

    private static FixTemplate fix(RuleFields f) {
        JsonNode fix = f.child("fix");
        if (fix == null || fix.isNull()) {
            return null;
        }
        if (!fix.isObject()) {
            f.problem("'fix' must be a mapping with 'replacement' and optional 'description'");
            return null;
        }
        RuleFields ff = f.nested(fix);
        ff.rejectUnknown(Set.of("description", "replacement"), "'fix'");
        String replacement = ff.text("replacement", false);
        if (replacement == null) {
            f.problem("'fix' needs a 'replacement' (use \"\" to delete the matched code)");
        }
        return new FixTemplate(ff.text("description", false), replacement);
    }

    private static List<Example> examples(RuleFields f, List<Language> languages) {
        List<Example> out = new ArrayList<>();
        JsonNode examples = f.child("examples");
        if (examples == null || examples.isNull()) {
            return out;
        }
        if (!examples.isObject()) {
            f.problem("'examples' must be a mapping with 'positive' and 'negative' lists");
            return out;
        }
        RuleFields ef = f.nested(examples);
        ef.rejectUnknown(Set.of("positive", "negative"), "'examples'");
        for (String kind : List.of("positive", "negative")) {
            JsonNode list = examples.get(kind);
            if (list == null || list.isNull()) {
                continue;
            }
            for (JsonNode item : list.isArray() ? list : List.of(list)) {
                Example example = example(f, item, kind.equals("positive"), languages);
                if (example != null) {
                    out.add(example);
                }
            }
        }
        return out;
    }

    private static Example example(RuleFields f, JsonNode item, boolean positive, List<Language> languages) {
        Language fallback = languages.isEmpty() ? null : languages.get(0);
        if (item.isTextual()) {
            return new Example(item.asText(), fallback, positive);
        }
        if (!item.isObject() || !item.hasNonNull("code")) {
            f.problem("an example must be a string or a mapping with 'code' (and optional 'language')");
            return null;
        }
        Language language = fallback;
        if (item.hasNonNull("language")) {
            try {
                language = Language.of(item.get("language").asText());
            } catch (IllegalArgumentException e) {
                f.problem("example has unknown language '" + item.get("language").asText() + "'");
                return null;
            }
        }
        return new Example(item.get("code").asText(), language, positive);
    }
}
