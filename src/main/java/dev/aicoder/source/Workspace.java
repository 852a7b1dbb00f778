package dev.aicoder.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only snapshot of a codebase, whatever it came from (archive, git clone, diff, directory). Only files
 * worth analysing are listed; what was left out is counted by reason in {@link #skipped()}.
 */
public interface Workspace {

    /** The folder holding the snapshot; analyzers that need real files (PMD, JavaParser) read below it. */
    Path root();

    List<SourceFile> files();

    /** The file's text as UTF-8 (malformed bytes replaced), for analyzers that work on strings. */
    String read(SourceFile file);

    Optional<SourceFile> file(String path);

    /** Skipped files by reason: {@code binary}, {@code too-large}, {@code minified}, {@code vendored}, {@code ignored}... */
    Map<String, Integer> skipped();

    /** Number of lines of the file (a last line without a newline counts). */
    default int lines(SourceFile file) {
        return SourceLines.count(read(file));
    }
}
