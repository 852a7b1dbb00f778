package dev.aicoder.analysis.standards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.standards.fix.LineDiff;
import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * Checks every file against the standards profile of its language — chosen by the scan request
 * ({@link dev.aicoder.analysis.ScanOptions#profiles()}), else by the repository's {@code .aicoder.yml}, else the
 * tenant's default ({@link #DEFAULT_PROFILE_SETTING}), else the language's default profile — and offers each
 * fix as a unified diff once {@link FixVerifier} has checked that the fixed file parses and the issue is gone.
 */
public final class StandardsAnalyzer implements WorkspaceAnalyzer {

    /** Verified fixes per file at most (each needs a re-check); later issues are reported without a fix. */
    static final int MAX_VERIFIED_FIXES = 25;

    /**
     * Setting prefix of a default profile per language ({@code standards.default-profile.java=sun}), below the
     * repository's {@code .aicoder.yml}: the server sets it from the tenant's stored choice.
     */
    public static final String DEFAULT_PROFILE_SETTING = "standards.default-profile.";

    private final int threads;
    private final List<StyleCheck> checks;
    private final ProfileCatalog catalog;

    public StandardsAnalyzer(int threads, List<StyleCheck> checks, ProfileCatalog catalog) {
        this.threads = Math.max(1, threads);
        this.checks = List.copyOf(checks);
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return StandardsRules.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.STANDARDS);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return StandardsRules.all();
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) throws Exception {
        if (!context.options().enabled(Category.STANDARDS)) {
            return List.of();
        }
        Map<String, String> chosen = new HashMap<>();
        context.options().settings().forEach((key, value) -> {
            if (key.startsWith(DEFAULT_PROFILE_SETTING)) {
                chosen.put(key.substring(DEFAULT_PROFILE_SETTING.length()), value);
            }
        });
        chosen.putAll(RepositoryConfig.profiles(workspace));
        chosen.putAll(context.options().profiles());
        Map<Language, Profile> profiles = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : workspace.files()) {
            Optional<Profile> p = profile(f.language(), chosen, profiles);
            if (p.isPresent() && checks.stream().anyMatch(c -> c.supports(f.language()))) {
                files.add(f);
            }
        }
        List<Finding> out = Collections.synchronizedList(new ArrayList<>());
        List<FileFix> fileFixes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            if (files.size() < threads) {
                // too few files to keep the cores busy: spread each file's checks instead
                for (SourceFile f : files) {
                    if (!context.cancelled()) {
                        Checked checked = checkFile(f, workspace.read(f), profiles.get(f.language()), pool);
                        out.addAll(checked.findings());
                        checked.fileFix().ifPresent(fileFixes::add);
                    }
                }
            } else {
                List<Future<?>> jobs = new ArrayList<>();
                for (SourceFile f : files) {
                    jobs.add(pool.submit(() -> {
                        if (!context.cancelled()) {
                            Checked checked = checkFile(f, workspace.read(f), profiles.get(f.language()));
                            out.addAll(checked.findings());
                            checked.fileFix().ifPresent(fileFixes::add);
                        }
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Finding> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing(Finding::path).thenComparingInt(Finding::startLine));
        if (!fileFixes.isEmpty()) {
            List<FileFix> byPath = new ArrayList<>(fileFixes);
            byPath.sort(java.util.Comparator.comparing(FileFix::path));
            context.publish(FileFix.KIND, new FileFix.Files(byPath));
        }
        return sorted;
    }

    /** The findings of one file under {@code profile} (also used to re-check a fixed file). */
    public List<Finding> check(SourceFile file, String content, Profile profile) {
        return checkFile(file, content, profile).findings();
    }

    /** A file's findings, and its verified fixes combined into one diff when there are any. */
    public record Checked(List<Finding> findings, Optional<FileFix> fileFix) {
    }

    public Checked checkFile(SourceFile file, String content, Profile profile) {
        return checkFile(file, content, profile, Runnable::run);
    }

    /**
     * {@link #checkFile(SourceFile, String, Profile)} with the checks, then the fix verifications, run on
     * {@code executor}: one file alone (as in {@code POST /api/v1/analyze}) then uses every core. Which issues get a
     * verified fix does not depend on timing: the first {@link #MAX_VERIFIED_FIXES} in check order.
     */
    Checked checkFile(SourceFile file, String content, Profile profile, Executor executor) {
        StyleInput in = new StyleInput(file.path(), file.language(), content, profile);
        List<StyleCheck> applicable = checks.stream().filter(c -> c.supports(file.language())).toList();
        List<CompletableFuture<List<StyleIssue>>> found = applicable.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> c.check(in), executor)).toList();
        int budget = MAX_VERIFIED_FIXES;
        List<CompletableFuture<List<Finding.Fix>>> fixes = new ArrayList<>();
        for (int i = 0; i < applicable.size(); i++) {
            StyleCheck check = applicable.get(i);
            List<StyleIssue> issues = join(found.get(i));
            boolean[] verify = new boolean[issues.size()];
            for (int j = 0; j < issues.size() && budget > 0; j++) {
                if (issues.get(j).fixed() != null) {
                    verify[j] = true;
                    budget--;
                }
            }
            fixes.add(CompletableFuture.supplyAsync(() -> {
                List<Finding.Fix> verified = new ArrayList<>(issues.size());
                for (int j = 0; j < issues.size(); j++) {
                    StyleIssue issue = issues.get(j);
                    verified.add(verify[j] && FixVerifier.verified(check, in, issues, issue) ? new Finding.Fix(
                            issue.fixDescription(), null, LineDiff.unified(file.path(), content, issue.fixed()))
                            : null);
                }
                return verified;
            }, executor));
        }
        List<Finding> out = new ArrayList<>();
        List<FileFix.Part> parts = new ArrayList<>();
        List<String> lines = LineDiff.lines(content);
        for (int i = 0; i < applicable.size(); i++) {
            List<StyleIssue> issues = join(found.get(i));
            List<Finding.Fix> verified = join(fixes.get(i));
            for (int j = 0; j < issues.size(); j++) {
                StyleIssue issue = issues.get(j);
                Finding.Fix fix = verified.get(j);
                if (fix != null) {
                    parts.add(new FileFix.Part(issue.ruleId(), LineDiff.between(content, issue.fixed())));
                }
                out.add(finding(file, profile, issue, fix, lines));
            }
        }
        return new Checked(out, FileFix.combine(file.path(), file.language(), content, parts));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static Finding finding(SourceFile file, Profile profile, StyleIssue issue, Finding.Fix fix,
            List<String> lines) {
        int line = Math.max(1, Math.min(issue.line(), Math.max(1, lines.size())));
        String snippet = lines.isEmpty() ? "" : lines.get(line - 1).stripTrailing();
        return Finding.builder(issue.ruleId()).rule(StandardsRules.descriptor(issue.ruleId()))
                .message(issue.message()).severity(profile.severity(issue.ruleId()).orElseThrow())
                .path(file.path()).line(line).snippet(snippet).language(file.language())
                .analyzer(StandardsRules.ANALYZER).confidence(Confidence.HIGH).fix(fix)
                .property("profile", profile.id()).build();
    }

    private Optional<Profile> profile(Language language, Map<String, String> chosen, Map<Language, Profile> memo) {
        if (memo.containsKey(language)) {
            return Optional.of(memo.get(language));
        }
        String name = chosen.get(language.id());
        Optional<Profile> p;
        if (name == null || name.isBlank()) {
            p = catalog.defaultFor(language);
        } else {
            p = catalog.find(language, name);
            if (p.isEmpty()) {
                throw new IllegalArgumentException("unknown standards profile '" + name + "' for " + language.id()
                        + "; known: " + String.join(", ", catalog.forLanguage(language).stream()
                                .map(Profile::name).toList()));
            }
        }
        p.ifPresent(x -> memo.put(language, x));
        return p;
    }
}
