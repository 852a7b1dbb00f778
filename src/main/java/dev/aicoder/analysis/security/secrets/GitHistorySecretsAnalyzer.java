package dev.aicoder.analysis.security.secrets;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.source.Workspace;

/**
 * Secrets that are no longer in the files but remain in the git history. Walks every commit reachable from any
 * ref, oldest first, scans the lines each commit added, and reports each secret once, at the commit that
 * introduced it. Runs only when the scan sets {@code secrets.history=true} and the workspace is a git work tree.
 * Secrets still present in the current files are left to {@link SecretsAnalyzer}.
 */
public final class GitHistorySecretsAnalyzer implements WorkspaceAnalyzer {

    public static final String ID = "secrets-history";
    /** Scan setting that turns the history scan on (default off). */
    public static final String HISTORY_SETTING = "secrets.history";

    private final SecretScanner scanner;
    private final SecretsSettings settings;

    public GitHistorySecretsAnalyzer(SecretsSettings settings) {
        this.settings = settings;
        this.scanner = new SecretScanner(SecretRuleSet.builtIn(), settings.allowList());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.SECURITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return SecretFindings.descriptors(scanner.rules()).stream()
                .map(r -> new RuleDescriptor(r.id(), r.title(), r.description(), r.severity(), r.category(), r.cwe(),
                        List.of("secret", "history"), ID))
                .toList();
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) throws IOException {
        if (!Boolean.parseBoolean(context.options().setting(HISTORY_SETTING, "false"))) {
            return List.of();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workspace.root().toFile());
        if (builder.getGitDir() == null) {
            return List.of();
        }
        Map<String, HistoryWalk.Sighting> first = new LinkedHashMap<>();
        HistoryWalk.Summary summary;
        try (Repository repo = builder.setMustExist(true).build()) {
            summary = new HistoryWalk(repo, scanner, settings.historyMaxCommits())
                    .walk(first, context::cancelled);
        }
        context.publish("secrets-history", summary);
        return first.values().stream().filter(s -> !stillPresent(workspace, s)).map(this::finding).toList();
    }

    private static boolean stillPresent(Workspace workspace, HistoryWalk.Sighting s) {
        return workspace.file(s.path()).map(f -> workspace.read(f).contains(s.hit().value())).orElse(false);
    }

    private Finding finding(HistoryWalk.Sighting s) {
        SecretHit hit = s.hit();
        String when = Instant.ofEpochSecond(s.commitTime()).toString();
        String shortId = s.commit().substring(0, 12);
        Finding.Builder b = SecretFindings.builder(hit, s.path(), s.lineText(), null).analyzer(ID)
                .message(hit.title() + " " + hit.masked() + " was committed in " + shortId + " (" + when + ") in "
                        + s.path() + " and later removed, but it stays in the git history. Rotate it: rewriting "
                        + "history does not make a leaked key safe.")
                .tags(List.of("secret", "history", hit.provider().toLowerCase(java.util.Locale.ROOT)))
                .property("commit", s.commit()).property("committed_at", when).property("author", s.author())
                .property("still_present", "false");
        if (settings.baseline().contains(hit.ruleId(), hit.hash())) {
            b.suppression(new Finding.Suppression("baseline", "listed in the secrets baseline"));
        }
        return b.build();
    }
}
