package dev.aicoder.source;

/**
 * Why a file or folder was left out of a {@link Workspace}; the keys of {@link Workspace#skipped()}. A skipped
 * folder counts once, however many files it holds.
 */
public final class SkipReason {

    /** Matched {@code .gitignore}, {@code .git/info/exclude} or {@code .aicoderignore}. */
    public static final String IGNORED = "ignored";
    /** Third-party code: {@code node_modules}, {@code vendor}, {@code third_party}, virtualenvs... */
    public static final String VENDORED = "vendored";
    /** Generated code: build output folders, {@code *.pb.go}, files marked {@code DO NOT EDIT} / {@code @generated}. */
    public static final String GENERATED = "generated";
    /** Minified code: {@code *.min.js}, or very long lines. */
    public static final String MINIFIED = "minified";
    /** Not text: a NUL byte in the first 8 KB, or a known binary type (images, archives, class files...). */
    public static final String BINARY = "binary";
    /** Larger than the per-file limit. */
    public static final String TOO_LARGE = "too-large";
    /** A type no analyzer reads (unknown extension, no shebang). */
    public static final String UNSUPPORTED = "unsupported";
    /** A symbolic link (never followed, so nothing outside the workspace is read). */
    public static final String SYMLINK = "symlink";
    /** Beyond the per-workspace file limit. */
    public static final String TOO_MANY_FILES = "too-many-files";
    /** Deeper than the folder-depth limit. */
    public static final String TOO_DEEP = "too-deep";
    /** Could not be read. */
    public static final String UNREADABLE = "unreadable";
    /** The analysis of the file ran out of its time budget (counted by the scan engine). */
    public static final String TIMEOUT = "timeout";
    /** Outside the changed files of a diff or change list. */
    public static final String UNCHANGED = "unchanged";

    private SkipReason() {
    }
}
