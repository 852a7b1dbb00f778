package dev.aicoder.analysis.architecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.architecture.imports.ModuleGraph;
import dev.aicoder.analysis.architecture.imports.ModuleParser;
import dev.aicoder.analysis.architecture.imports.ParsedModule;
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
        unparsed += readModules(workspace, context, settings, builder);
        ProjectModel model = builder.build();
        ArchitectureReport report = ArchitectureAssessment.assess(model, settings, explainer, unparsed, started);
        context.publish(ArchitectureReport.KIND, report);
        return ArchitectureFindings.of(report, model);
    }

    private int readJava(Workspace workspace, AnalysisContext context, ArchitectureSettings settings,
            ProjectModel.Builder builder) throws Exception {
        List<SourceFile> files = sources(workspace, settings, Set.of(Language.JAVA)).stream()
                .filter(f -> !f.path().endsWith("module-info.java") && !f.path().endsWith("package-info.java"))
                .toList();
        JavaModelReader reader = new JavaModelReader();
        AtomicInteger unparsed = new AtomicInteger();
        inParallel(files, f -> {
            if (!context.cancelled() && !reader.read(f.path(), workspace.read(f))) {
                unparsed.incrementAndGet();
            }
        });
        reader.addTo(builder);
        return unparsed.get();
    }

    /** Python, JavaScript/TypeScript, Go, C# and Kotlin files: units and import edges from tree-sitter. */
    private int readModules(Workspace workspace, AnalysisContext context, ArchitectureSettings settings,
            ProjectModel.Builder builder) throws Exception {
        List<SourceFile> files = sources(workspace, settings, ModuleParser.LANGUAGES);
        ModuleParser parser = new ModuleParser();
        List<ParsedModule> modules = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unparsed = new AtomicInteger();
        inParallel(files, f -> {
            if (!context.cancelled()) {
                parser.parse(f.path(), f.language(), workspace.read(f)).ifPresentOrElse(modules::add,
                        unparsed::incrementAndGet);
            }
        });
        List<ParsedModule> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(ParsedModule::path));
        ModuleGraph.addTo(sorted, builder);
        return unparsed.get();
    }

    private static List<SourceFile> sources(Workspace workspace, ArchitectureSettings settings,
            Set<Language> languages) {
        return workspace.files().stream().filter(f -> languages.contains(f.language()))
                .filter(f -> settings.includeTests() || !TestSources.isTest(f.path())).toList();
    }

    private void inParallel(List<SourceFile> files, Consumer<SourceFile> action) throws Exception {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (SourceFile f : files) {
                jobs.add(pool.submit(() -> action.accept(f)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
