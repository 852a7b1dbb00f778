package dev.aicoder.source;

/**
 * What a workspace takes in: files above {@code maxFileBytes} are skipped as too large, at most {@code maxFiles}
 * files are listed, folders deeper than {@code maxDepth} are not entered, and a line longer than
 * {@code minifiedLineLength} in a code file marks it as minified.
 */
public record WorkspaceLimits(long maxFileBytes, int maxFiles, int maxDepth, int minifiedLineLength) {

    public static WorkspaceLimits defaults() {
        return new WorkspaceLimits(4L * 1024 * 1024, 200_000, 64, 3_000);
    }
}
