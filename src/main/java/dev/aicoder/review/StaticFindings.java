package dev.aicoder.review;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.scan.AnalyzeService;
import dev.aicoder.scan.ScanViews.AnalyzeRequest;
import dev.aicoder.scan.ScanViews.AnalyzeResponse;
import dev.aicoder.scan.ScanViews.FindingView;

/** Static findings of one file through the analyze engine (same analyzers and cache as POST /analyze). */
@ApplicationScoped
class StaticFindings {

    private final AnalyzeService analyze;

    StaticFindings(AnalyzeService analyze) {
        this.analyze = analyze;
    }

    /**
     * Findings with their path set to {@code path}; empty when the language is unknown or the file is larger than
     * the analyze limit (the model still reviews it). Blocking.
     */
    Optional<List<FindingView>> of(String path, String language, String code) {
        AnalyzeResponse r;
        try {
            r = analyze.analyze(new AnalyzeRequest(code, language, path, null)).await().atMost(Duration.ofMinutes(5));
        } catch (ApiException e) {
            if (e.status() == 422 && ("unknown-language".equals(e.type()) || "code-too-large".equals(e.type()))) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(r.findings().stream().map(f -> withPath(f, path)).toList());
    }

    static FindingView withPath(FindingView f, String path) {
        return new FindingView(f.id(), f.fingerprint(), f.ruleId(), f.title(), f.message(), f.severity(), f.category(),
                f.cwe(), path, f.startLine(), f.startColumn(), f.endLine(), f.endColumn(), f.snippet(), f.language(),
                f.analyzer(), f.confidence(), f.tags(), f.fix(), f.suppressed(), f.suppression(), f.properties());
    }
}
