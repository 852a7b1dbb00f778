package dev.aicoder.analysis;

import java.util.List;

import dev.aicoder.source.SourceFile;

/**
 * Looks at one file at a time. The engine calls it in parallel over files with a per-file timeout, so it must be
 * thread-safe and should poll {@link AnalysisContext#cancelled()} in long loops.
 */
public interface FileAnalyzer extends Analyzer {

    boolean supports(SourceFile file);

    List<Finding> analyze(SourceFile file, String content, AnalysisContext context) throws Exception;
}
