package dev.aicoder.analysis.quality.metrics;

import dev.aicoder.analysis.ScanOptions;

/**
 * Thresholds above which metrics become findings. Read from {@link ScanOptions#settings()} keys
 * {@code metrics.max-complexity}, {@code metrics.max-function-lines}, {@code metrics.max-nesting},
 * {@code metrics.max-parameters}, {@code metrics.max-file-lines}, {@code metrics.duplicate-min-tokens} and
 * {@code metrics.duplicate-min-lines}; each defaults to the value below.
 */
public record MetricsSettings(int maxComplexity, int maxFunctionLines, int maxNesting, int maxParameters,
        int maxFileLines, int duplicateMinTokens, int duplicateMinLines) {

    public static final MetricsSettings DEFAULTS = new MetricsSettings(15, 80, 4, 7, 1000, 100, 6);

    public MetricsSettings {
        positive("max-complexity", maxComplexity);
        positive("max-function-lines", maxFunctionLines);
        positive("max-nesting", maxNesting);
        positive("max-parameters", maxParameters);
        positive("max-file-lines", maxFileLines);
        if (duplicateMinTokens < 30) {
            throw new IllegalArgumentException("metrics.duplicate-min-tokens must be at least 30, got "
                    + duplicateMinTokens);
        }
        positive("duplicate-min-lines", duplicateMinLines);
    }

    /** The settings of a scan; a malformed value is an {@link IllegalArgumentException} naming the key. */
    public static MetricsSettings from(ScanOptions options) {
        MetricsSettings d = DEFAULTS;
        return new MetricsSettings(read(options, "max-complexity", d.maxComplexity),
                read(options, "max-function-lines", d.maxFunctionLines), read(options, "max-nesting", d.maxNesting),
                read(options, "max-parameters", d.maxParameters), read(options, "max-file-lines", d.maxFileLines),
                read(options, "duplicate-min-tokens", d.duplicateMinTokens),
                read(options, "duplicate-min-lines", d.duplicateMinLines));
    }

    private static int read(ScanOptions options, String key, int fallback) {
        String value = options.setting("metrics." + key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metrics." + key + " must be a whole number, got '" + value + "'");
        }
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("metrics." + key + " must be at least 1, got " + value);
        }
    }
}
