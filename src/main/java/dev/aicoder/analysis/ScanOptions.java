package dev.aicoder.analysis;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scan should do: which categories, which extra rule folders, which standards profile per language, and
 * free-form analyzer settings ({@code analyzer.setting} keys, e.g. {@code secrets.history=true}).
 */
public record ScanOptions(Set<Category> categories, List<Path> extraRuleDirs, Map<String, String> profiles,
        Map<String, String> settings) {

    public ScanOptions {
        categories = categories == null || categories.isEmpty() ? EnumSet.allOf(Category.class)
                : EnumSet.copyOf(categories);
        extraRuleDirs = extraRuleDirs == null ? List.of() : List.copyOf(extraRuleDirs);
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public static ScanOptions defaults() {
        return new ScanOptions(null, null, null, null);
    }

    public boolean enabled(Category category) {
        return categories.contains(category);
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
