package dev.aicoder.analysis.architecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.architecture.java.JavaModelReader;
import dev.aicoder.analysis.architecture.model.ProjectModel;
import dev.aicoder.analysis.architecture.suggest.SuggestionExplainer;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * Architecture analysis of a whole workspace: builds the dependency graph (Java by JavaParser; Python,
 * JavaScript/TypeScript, Go, C# and Kotlin from their imports), computes package and class metrics, finds cycles,
 * god classes and SOLID violations, plans ranked refactoring suggestions, publishes the
 * {@link ArchitectureReport} under {@code "architecture"} and reports cycles and violations as findings.
 */
public final class ArchitectureAnalyzer implements WorkspaceAnalyzer {

    private final int threads;
    private final SuggestionExplainer explainer;

    public ArchitectureAnalyzer(int threads, SuggestionExplainer explainer) {
        this.threads = Math.max(1, threads);
        this.explainer = explainer;
    }

    @Override
    public String id() {
        return ArchitectureRules.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.MAINTAINABILITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return ArchitectureRules.ALL;
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) throws Exception {
        long started = System.nanoTime();
        ArchitectureSettings settings = ArchitectureSettings.from(context.options());
        ProjectModel.Builder builder = ProjectModel.builder();
        int unparsed = readJava(workspace, context, settings, builder);
        ProjectModel model = builder.build();
        ArchitectureReport report = ArchitectureAssessment.assess(model, settings, explainer, unparsed, started);
        context.publish(ArchitectureReport.KIND, report);
        return ArchitectureFindings.of(report, model);
    }

    private int readJava(Workspace workspace, AnalysisContext context, ArchitectureSettings settings,
            ProjectModel.Builder builder) throws Exception {
        List<SourceFile> files = workspace.files().stream().filter(f -> f.language() == Language.JAVA)
                .filter(f -> settings.includeTests() || !TestSources.isTest(f.path()))
                .filter(f -> !f.path().endsWith("module-info.java") && !f.path().endsWith("package-info.java"))
                .toList();
        JavaModelReader reader = new JavaModelReader();
        AtomicInteger unparsed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (SourceFile f : files) {
                jobs.add(pool.submit(() -> {
                    if (!context.cancelled() && !reader.read(f.path(), workspace.read(f))) {
                        unparsed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        reader.addTo(builder);
        return unparsed.get();
    }
}
