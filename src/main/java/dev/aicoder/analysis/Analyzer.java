package dev.aicoder.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An analysis that produces findings. Analyzers are plain Java (no CDI, no database, no HTTP) so that the CLI and
 * the server run the same code; implement {@link FileAnalyzer} or {@link WorkspaceAnalyzer}.
 */
public interface Analyzer {

    /** Stable id, e.g. {@code pmd}, {@code rules}, {@code metrics}, {@code taint-java}, {@code secrets}. */
    String id();

    /** The categories this analyzer reports in; a scan that disables all of them skips the analyzer. */
    Set<Category> categories();

    /** The rules this analyzer can report, for SARIF and the rules catalogue. */
    default Collection<RuleDescriptor> rules() {
        return List.of();
    }

    /**
     * Whether the scan engine may reuse this analyzer's results for identical input (same file content, or same
     * workspace tree, same options and product version). Return false when results also depend on something the
     * content does not capture and that changes over time: an advisory database, the git history, a model.
     */
    default boolean cacheable() {
        return true;
    }
}
