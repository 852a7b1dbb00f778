package dev.aicoder.analysis.quality.pmd;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import net.sourceforge.pmd.util.log.PmdReporter;

/**
 * One PMD run over in-memory sources, no incremental cache, PMD's own thread pool. Files are named by their
 * workspace path, so violations come back keyed by it.
 */
final class PmdRunner {

    private static final Logger LOG = Logger.getLogger(PmdRunner.class);

    private final PmdRules rules;
    private final int threads;

    PmdRunner(PmdRules rules, int threads) {
        this.rules = rules;
        this.threads = threads;
    }

    /** Violations for {@code sources} (workspace path → content), sorted by file and position. */
    List<RuleViolation> run(Map<String, String> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        PMDConfiguration config = new PMDConfiguration(LanguageRegistry.PMD);
        config.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageById("java").getLatestVersion());
        config.setIgnoreIncrementalAnalysis(true);
        config.setThreads(threads);
        config.setReporter(PmdReporter.quiet());
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            pmd.addRuleSets(rules.ruleSets());
            sources.forEach((path, content) -> pmd.files().addSourceFile(FileId.fromPathLikeString(path), content));
            Report report = pmd.performAnalysisAndCollectReport();
            for (Report.ProcessingError error : report.getProcessingErrors()) {
                LOG.debugf("PMD could not analyse %s: %s", error.getFileId().getOriginalPath(), error.getMsg());
            }
            return report.getViolations();
        }
    }
}
