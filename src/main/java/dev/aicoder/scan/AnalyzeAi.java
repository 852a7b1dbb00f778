package dev.aicoder.scan;

import dev.aicoder.platform.security.Caller;
import dev.aicoder.scan.ScanViews.AnalyzeRequest;
import dev.aicoder.scan.ScanViews.AnalyzeResponse;

/** Adds an AI review to an analyze answer ({@code options.ai: true}); implemented by the review package. */
public interface AnalyzeAi {

    /** Blocking: the static answer merged with AI findings, or said to be rules-only. */
    AnalyzeResponse augment(Caller caller, AnalyzeRequest request, AnalyzeResponse staticAnswer);
}
