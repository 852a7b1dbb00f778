package dev.aicoder.source;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which git URLs and refs a scan may use. By default only {@code https} to public hosts: no local paths, no
 * {@code file:}, {@code ssh:}, {@code git:} or plain {@code http:}, no credentials in the URL (they come from the
 * secret store), and no loopback, private or link-local addresses (SSRF) unless {@code allowPrivateHosts}.
 */
public record GitPolicy(Set<String> schemes, boolean allowPrivateHosts) {

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/+-]{0,199}");
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");

    public static GitPolicy defaults() {
        return new GitPolicy(Set.of("https"), false);
    }

    /** The URL, checked; throws {@link IntakeException} {@code invalid-git-url} saying what is wrong. */
    public URI checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("git_url is required");
        }
        String trimmed = url.trim();
        if (!trimmed.contains("://")) {
            throw invalid("git_url must be an https:// URL; local paths and scp-style addresses are not accepted");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid("git_url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            throw invalid("git_url scheme '" + scheme + "' is not allowed; use " + String.join(" or ", schemes));
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("git_url must not contain credentials; store a token and name it in 'credential'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("git_url has no host");
        }
        if (!allowPrivateHosts && literalPrivate(uri.getHost())) {
            throw invalid("git_url points at a local or private address");
        }
        return uri;
    }

    /** Checks the resolved addresses of the host right before cloning (a name may resolve to a private address). */
    public void checkResolved(URI uri) {
        if (allowPrivateHosts) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (privateAddress(a)) {
                    throw invalid("git_url resolves to a local or private address");
                }
            }
        } catch (UnknownHostException e) {
            throw new IntakeException("git-clone-failed", "The git host " + uri.getHost() + " is unknown");
        }
    }

    /** A branch, tag or commit name; throws {@code invalid-git-ref}. {@code null} or blank means the default branch. */
    public String checkRef(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String r = ref.trim();
        if (!REF.matcher(r).matches() || r.contains("..") || r.endsWith(".lock") || r.endsWith("/")) {
            throw new IntakeException("invalid-git-ref", "ref must be a branch, tag or commit name");
        }
        return r;
    }

    static boolean isCommit(String ref) {
        return ref != null && SHA.matcher(ref).matches();
    }

    private static boolean literalPrivate(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.equals("metadata.google.internal")) {
            return true;
        }
        if (h.matches("[0-9.]+") || h.startsWith("[")) {
            try {
                return privateAddress(InetAddress.getByName(h.replace("[", "").replace("]", "")));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return false;
    }

    private static boolean privateAddress(InetAddress a) {
        return a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                || a.isMulticastAddress() || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc);
    }

    private static IntakeException invalid(String message) {
        return new IntakeException("invalid-git-url", message);
    }
}
