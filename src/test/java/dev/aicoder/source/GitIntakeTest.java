package dev.aicoder.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitIntakeTest {

    @TempDir
    Path tmp;

    private Git origin;
    private RevCommit first;
    private RevCommit second;

    @BeforeEach
    void repository() throws Exception {
        Path dir = tmp.resolve("origin");
        origin = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        Files.writeString(dir.resolve("app.py"), "print('v1')\n");
        origin.add().addFilepattern(".").call();
        first = origin.commit().setMessage("v1").setAuthor("t", "t@example.com").setSign(false).call();
        origin.tag().setName("v1.0").setAnnotated(false).call();
        Files.writeString(dir.resolve("app.py"), "print('v2')\n");
        Files.writeString(dir.resolve("lib.go"), "package lib\n");
        origin.add().addFilepattern(".").call();
        second = origin.commit().setMessage("v2").setAuthor("t", "t@example.com").setSign(false).call();
    }

    private GitIntake intake() {
        return new GitIntake(new GitPolicy(Set.of("http", "https"), true), new WorkspaceBuilder(), tmp.resolve("work"),
                Duration.ofSeconds(30));
    }

    @Test
    void shallowClonesABranchATagAndACommit() throws IOException {
        try (GitHttpServer server = new GitHttpServer(origin.getRepository(), null)) {
            GitIntake.Checkout head = intake().clone(server.url(), "main", null);
            assertThat(head.commit()).isEqualTo(second.name());
            assertThat(head.workspace().files()).extracting(SourceFile::path).containsExactly("app.py", "lib.go");
            assertThat(head.workspace().read(head.workspace().file("app.py").orElseThrow())).contains("v2");
            Path clonedRoot = head.workspace().root();
            try (Git clone = Git.open(clonedRoot.toFile())) {
                assertThat(clone.getRepository().getObjectDatabase().getShallowCommits()).isNotEmpty();
            }
            head.workspace().close();
            assertThat(clonedRoot).doesNotExist();

            GitIntake.Checkout tag = intake().clone(server.url(), "v1.0", null);
            assertThat(tag.commit()).isEqualTo(first.name());
            GitIntake.Checkout commit = intake().clone(server.url(), first.name(), null);
            assertThat(commit.workspace().files()).extracting(SourceFile::path).containsExactly("app.py");
        }
    }

    @Test
    void sendsTheTokenAndReportsRefusedCredentialsWithoutLeakingThem() throws IOException {
        try (GitHttpServer server = new GitHttpServer(origin.getRepository(), "s3cr3t-token")) {
            GitIntake.Checkout ok = intake().clone(server.url(), null,
                    new GitIntake.Credentials(null, "s3cr3t-token"));
            assertThat(ok.commit()).isEqualTo(second.name());
            assertThatThrownBy(() -> intake().clone(server.url(), null, new GitIntake.Credentials(null, "wrong-one")))
                    .isInstanceOf(IntakeException.class)
                    .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("git-auth-failed"))
                    .hasMessageNotContaining("wrong-one");
            assertThatThrownBy(() -> intake().clone(server.url(), "no-such-branch", null))
                    .isInstanceOf(IntakeException.class);
        }
    }

    @Test
    void defaultPolicyRefusesLocalPathsOtherSchemesAndPrivateHosts() {
        GitPolicy policy = GitPolicy.defaults();
        for (String url : new String[] { "/srv/repos/app.git", "file:///etc", "git@github.com:org/repo.git",
                "ssh://git@github.com/org/repo.git", "git://github.com/org/repo.git", "http://github.com/org/repo",
                "https://user:pass@github.com/org/repo.git", "https://127.0.0.1/repo.git", "https://localhost/x.git",
                "https://10.1.2.3/x.git", "https://169.254.169.254/latest", "https://[::1]/x.git", "" }) {
            assertThatThrownBy(() -> policy.checkUrl(url)).as(url).isInstanceOf(IntakeException.class)
                    .satisfies(e -> assertThat(((IntakeException) e).code()).isEqualTo("invalid-git-url"))
                    .hasMessageNotContaining("pass");
        }
        assertThat(policy.checkUrl("https://github.com/org/repo.git").getHost()).isEqualTo("github.com");
        assertThatThrownBy(() -> policy.checkRef("--upload-pack=evil")).isInstanceOf(IntakeException.class);
        assertThatThrownBy(() -> policy.checkRef("a/../b")).isInstanceOf(IntakeException.class);
        assertThat(policy.checkRef("feature/x-1.2")).isEqualTo("feature/x-1.2");
    }
}
