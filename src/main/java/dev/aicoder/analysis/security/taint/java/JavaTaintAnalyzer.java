package dev.aicoder.analysis.security.taint.java;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.security.taint.TaintKind;
import dev.aicoder.analysis.security.taint.TaintRules;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * Java SAST over the whole workspace: parses every Java file once, follows untrusted request data through
 * methods and across classes ({@link JavaTaintEngine}) and runs the pattern checks ({@link JavaPatternChecks}).
 */
public final class JavaTaintAnalyzer implements WorkspaceAnalyzer {

    /** The analyzer id, under which the scan engine records that the Java files were read for taint. */
    public static final String ID = JavaTaintEngine.ANALYZER;

    private static final Logger LOG = Logger.getLogger(JavaTaintAnalyzer.class);

    @Override
    public String id() {
        return JavaTaintEngine.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return EnumSet.of(Category.SECURITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return TaintRules.descriptors("java", id(), List.of(TaintKind.values()), "Java");
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) {
        List<SourceFile> files = workspace.files().stream().filter(f -> f.language() == Language.JAVA).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        JavaWorkspace ws = JavaWorkspace.parse(files, workspace::read);
        JavaTaintEngine engine = new JavaTaintEngine(ws, context::cancelled);
        List<Finding> out = new ArrayList<>(engine.run());
        out.addAll(new JavaPatternChecks(ws).run());
        LOG.debugf("taint-java: %d files, %d methods, %d symbol resolutions (%d unresolved), %d findings in %d ms",
                files.size(), engine.methods(), ws.resolutions(), ws.unresolved(), out.size(),
                (System.nanoTime() - start) / 1_000_000);
        return out;
    }
}
