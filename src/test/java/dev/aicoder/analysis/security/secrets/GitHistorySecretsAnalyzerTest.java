package dev.aicoder.analysis.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.RecordingContext;

class GitHistorySecretsAnalyzerTest {

    static final String OLD_KEY = "sk_live_" + "9fQ2mXc7LpW4zR8tY1vB6nK3";
    static final String CURRENT_KEY = "ghp_" + "Zk3J9qLw0XbT7mNc2VfR8sYd4HgP1aEuKo6i";
    static final Map<String, String> ON = Map.of(GitHistorySecretsAnalyzer.HISTORY_SETTING, "true");

    @Test
    void aKeyRemovedLongAgoIsReportedAtTheCommitThatIntroducedIt(@TempDir Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        RevCommit introduced;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            ws.write("README.md", "# shop\n");
            commit(git, "initial");
            ws.write("billing/settings.py", "import os\nSTRIPE_KEY = \"" + OLD_KEY + "\"\n");
            introduced = commit(git, "add billing");
            ws.write("billing/settings.py", "import os\nSTRIPE_KEY = \"" + OLD_KEY + "\"\nDEBUG = False\n");
            commit(git, "touch settings (the key is still there, not re-introduced)");
            ws.write("billing/settings.py", "import os\nSTRIPE_KEY = os.environ[\"STRIPE_KEY\"]\n");
            commit(git, "read the key from the environment");
            git.checkout().setCreateBranch(true).setName("feature").call();
            ws.write("ci/release.env", "GITHUB_TOKEN=" + CURRENT_KEY + "\n");
            commit(git, "release token on a branch");
        }

        RecordingContext context = new RecordingContext(ON);
        List<Finding> findings = new GitHistorySecretsAnalyzer(SecretsSettings.defaults()).analyze(ws, context);

        // the GitHub token is still in the work tree: SecretsAnalyzer reports it, not the history scan
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo("secrets/stripe-secret-key");
        assertThat(f.path()).isEqualTo("billing/settings.py");
        assertThat(f.startLine()).isEqualTo(2);
        assertThat(f.properties()).containsEntry("commit", introduced.getName())
                .containsEntry("still_present", "false").containsEntry("author", "Dev One");
        assertThat(f.message()).contains(introduced.getName().substring(0, 12)).contains("sk_l****(32 chars)");
        assertThat(SecretsAnalyzerTest.JSON.writeValueAsString(f)).doesNotContain(OLD_KEY)
                .doesNotContain(OLD_KEY.substring(8));
        assertThat(context.published.get("secrets-history")).hasFieldOrPropertyWithValue("commits", 5);
    }

    @Test
    void offByDefaultAndQuietOutsideGit(@TempDir Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        ws.write("a.env", "T=" + CURRENT_KEY);
        var analyzer = new GitHistorySecretsAnalyzer(SecretsSettings.defaults());
        assertThat(analyzer.analyze(ws, new RecordingContext(ON))).isEmpty();
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            commit(git, "with key");
            Files.delete(dir.resolve("a.env"));
            commit(git, "without key");
        }
        assertThat(analyzer.analyze(ws, new RecordingContext(Map.of()))).isEmpty();
        assertThat(analyzer.analyze(ws, new RecordingContext(ON))).hasSize(1);
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Dev One", "dev@example.com");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
