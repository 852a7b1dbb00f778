package dev.aicoder.analysis.security.deps.parse;

import java.util.List;
import java.util.Optional;

import dev.aicoder.analysis.security.deps.Dependency;

/** Reads one kind of manifest or lockfile. Implementations are stateless and thread-safe. */
public interface ManifestParser {

    /** Whether this parser reads files with this name (the last path segment). */
    boolean supports(String fileName);

    /**
     * The dependencies the file declares or locks.
     *
     * @param siblings reads other workspace files relative to this one (a parent POM, the package.json next to
     *        a yarn.lock); empty when the file is missing
     * @throws ManifestException when the file cannot be read as this format
     */
    List<Dependency> parse(String path, String content, Siblings siblings) throws ManifestException;

    /** Access to neighbouring files, by path relative to the parsed file's folder. */
    @FunctionalInterface
    interface Siblings {
        Optional<String> read(String relativePath);

        static Siblings none() {
            return p -> Optional.empty();
        }
    }

    /** A file that is not valid for its format; the message names the problem, never secrets. */
    class ManifestException extends Exception {
        public ManifestException(String message, Throwable cause) {
            super(message, cause);
        }

        public ManifestException(String message) {
            super(message);
        }
    }
}
