package dev.aicoder.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A git URL and ref → a workspace, cloned with JGit into a temporary folder: shallow (depth 1) for a branch or
 * tag, a full clone then checkout for a commit id. Submodules and LFS objects are not fetched. The token, when
 * given, is sent as HTTP basic credentials and appears in no message.
 */
public final class GitIntake {

    private final GitPolicy policy;
    private final WorkspaceBuilder builder;
    private final Path workDir;
    private final Duration timeout;

    public GitIntake(GitPolicy policy, WorkspaceBuilder builder, Path workDir, Duration timeout) {
        this.policy = policy;
        this.builder = builder;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** The cloned workspace and the commit it holds. */
    public record Checkout(DirectoryWorkspace workspace, String commit) {
    }

    /** A token to clone with: {@code username} defaults to {@code x-access-token} (GitHub's convention). */
    public record Credentials(String username, String token) {
        @Override
        public String toString() {
            return "Credentials[" + username + ", ****]";
        }
    }

    public Checkout clone(String url, String ref, Credentials credentials) {
        URI uri = policy.checkUrl(url);
        String checkedRef = policy.checkRef(ref);
        policy.checkResolved(uri);
        Path dir = Folders.newTemp(workDir, "git");
        try {
            String commit = cloneInto(uri, checkedRef, credentials, dir);
            DirectoryWorkspace ws = builder.build(dir, () -> Folders.deleteQuietly(dir));
            return new Checkout(ws, commit);
        } catch (RuntimeException e) {
            Folders.deleteQuietly(dir);
            throw e;
        }
    }

    private String cloneInto(URI uri, String ref, Credentials credentials, Path dir) {
        boolean commit = GitPolicy.isCommit(ref);
        CredentialsProvider provider = provider(credentials);
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try {
            CloneCommand cmd = Git.cloneRepository().setURI(uri.toString()).setDirectory(dir.toFile())
                    .setCloneSubmodules(false).setTimeout(seconds).setCredentialsProvider(provider);
            if (commit) {
                cmd.setNoCheckout(true);
            } else {
                cmd.setDepth(1);
                if (ref != null) {
                    String full = fullRef(uri, ref, provider, seconds);
                    cmd.setCloneAllBranches(false).setBranchesToClone(List.of(full)).setBranch(full);
                }
            }
            return checkout(cmd, commit ? ref : null);
        } catch (InvalidRemoteException e) {
            throw new IntakeException("git-clone-failed", "The repository " + uri + " does not exist", e);
        } catch (TransportException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase();
            if (m.contains("not authorized") || m.contains("authentication") || m.contains("401")
                    || m.contains("403")) {
                throw new IntakeException("git-auth-failed",
                        "The git host refused the credentials for " + uri + " (or the repository is private)", e);
            }
            if (m.contains("not found") || m.contains("404") || e.getCause() instanceof RepositoryNotFoundException) {
                throw new IntakeException("git-clone-failed", "The repository " + uri + " was not found", e);
            }
            throw new IntakeException("git-clone-failed", "Cloning " + uri + " failed: transport error", e);
        } catch (GitAPIException | java.io.IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Remote branch") || m.contains("not found") || m.contains("Ref ")) {
                throw new IntakeException("git-ref-not-found", "The ref '" + ref + "' was not found in " + uri, e);
            }
            throw new IntakeException("git-clone-failed", "Cloning " + uri + " failed", e);
        } catch (org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw new IntakeException("git-clone-failed", "Cloning " + uri + " failed", e);
        }
    }

    private static String checkout(CloneCommand cmd, String commit) throws GitAPIException, java.io.IOException {
        try (Git git = cmd.call()) {
            if (commit != null) {
                git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(commit).call();
            }
            ObjectId head = git.getRepository().resolve("HEAD");
            if (head == null) {
                throw new IntakeException("git-ref-not-found", "The repository has no commit to scan");
            }
            return head.name();
        }
    }

    /** {@code main} → {@code refs/heads/main} or {@code refs/tags/main}, as the remote has it. */
    private static String fullRef(URI uri, String ref, CredentialsProvider provider, int seconds)
            throws GitAPIException {
        Collection<Ref> refs = Git.lsRemoteRepository().setRemote(uri.toString()).setCredentialsProvider(provider)
                .setTimeout(seconds).call();
        for (String candidate : List.of(ref, "refs/heads/" + ref, "refs/tags/" + ref)) {
            for (Ref r : refs) {
                if (r.getName().equals(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IntakeException("git-ref-not-found", "The ref '" + ref + "' was not found in " + uri);
    }

    private static CredentialsProvider provider(Credentials credentials) {
        if (credentials == null || credentials.token() == null) {
            return null;
        }
        String user = credentials.username() == null || credentials.username().isBlank() ? "x-access-token"
                : credentials.username();
        return new UsernamePasswordCredentialsProvider(user, credentials.token());
    }
}
