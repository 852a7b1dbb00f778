package dev.aicoder.analysis.standards;

import java.util.List;

import dev.aicoder.analysis.Analyzer;
import dev.aicoder.analysis.standards.java.JavaConventionCheck;
import dev.aicoder.analysis.standards.java.JavaFormatCheck;
import dev.aicoder.analysis.standards.java.RecipeCheck;
import dev.aicoder.analysis.standards.layout.LayoutCheck;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;

/** The standards capability's analyzers, in plain Java (the CLI and the server build the same list). */
public final class StandardsAnalyzers {

    private StandardsAnalyzers() {
    }

    /** Every style check, in the order their findings are listed. */
    public static List<StyleCheck> checks() {
        return List.of(new LayoutCheck(), new JavaConventionCheck(), new JavaFormatCheck(), new RecipeCheck());
    }

    /** @param threads how many files may be checked in parallel */
    public static List<Analyzer> create(int threads) {
        return List.of(new StandardsAnalyzer(threads, checks(), ProfileCatalog.builtIn()));
    }
}
