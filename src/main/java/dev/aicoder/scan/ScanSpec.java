package dev.aicoder.scan;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.ScanOptions;

/**
 * What a scan was asked to do, stored with it as JSON ({@code scan.request}): the source (git URL, ref, the name of
 * the secret holding the token, a server path, changed files) and the options. Never holds a secret value.
 */
public record ScanSpec(String gitUrl, String ref, String credential, String gitUsername, String path,
        List<String> changedFiles, boolean hasDiff, boolean changedLinesOnly, List<String> categories,
        UUID baselineScanId, Map<String, String> settings, Map<String, String> profiles) {

    public ScanSpec {
        changedFiles = changedFiles == null ? List.of() : List.copyOf(changedFiles);
        categories = categories == null ? List.of() : List.copyOf(categories);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
    }

    /** The analysis options; throws {@link IllegalArgumentException} for an unknown category. */
    public ScanOptions options() {
        Set<Category> set = EnumSet.noneOf(Category.class);
        for (String c : categories) {
            try {
                set.add(Category.of(c));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown category '" + c + "'; use one of security, quality, "
                        + "standards, performance, maintainability");
            }
        }
        return new ScanOptions(set, null, profiles, settings);
    }
}
