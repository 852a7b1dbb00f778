package dev.aicoder.analysis;

import java.util.List;

import dev.aicoder.source.Workspace;

/** Needs the whole workspace at once: cross-file taint, dependency manifests, architecture, git history. */
public interface WorkspaceAnalyzer extends Analyzer {

    List<Finding> analyze(Workspace workspace, AnalysisContext context) throws Exception;
}
