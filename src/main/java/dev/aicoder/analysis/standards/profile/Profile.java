package dev.aicoder.analysis.standards.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aicoder.analysis.Severity;
import dev.aicoder.source.Language;

/**
 * A named coding standard for one or more languages: which rules it enforces with which severity, and the
 * settings those rules read (line length, indentation, formatter style...).
 *
 * @param name short name, unique per language, e.g. {@code google}, {@code pep8}, {@code airbnb}
 * @param languages the languages it applies to; the first is the one it is filed under
 * @param rules rule id → severity; rules of category {@code standards} not listed here do not run
 */
public record Profile(String name, List<Language> languages, String title, String description, String url,
        boolean isDefault, Map<String, String> settings, Map<String, Severity> rules) {

    public Profile {
        languages = List.copyOf(languages);
        settings = Map.copyOf(settings);
        rules = Map.copyOf(rules);
    }

    /** {@code language/name}, e.g. {@code java/google}. */
    public String id() {
        return languages.get(0).id() + "/" + name;
    }

    /** This profile running {@code ruleId} alone (same settings): re-checking one fix need not run the others. */
    public Profile only(String ruleId) {
        Severity severity = rules.get(ruleId);
        return new Profile(name, languages, title, description, url, isDefault, settings,
                severity == null ? Map.of() : Map.of(ruleId, severity));
    }

    public boolean enables(String ruleId) {
        return rules.containsKey(ruleId);
    }

    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    public int intSetting(String key, int fallback) {
        try {
            return Integer.parseInt(settings.getOrDefault(key, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
