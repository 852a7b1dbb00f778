package dev.aicoder.source;

/**
 * One file of a {@link Workspace}: workspace-relative path (forward slashes), detected language, size in bytes
 * and the SHA-256 of its content (the key of the per-file analysis cache).
 */
public record SourceFile(String path, Language language, long size, String sha256) {
}
