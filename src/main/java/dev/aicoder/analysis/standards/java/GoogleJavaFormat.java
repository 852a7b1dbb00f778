package dev.aicoder.analysis.standards.java;

import java.util.Optional;

import org.jboss.logging.Logger;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import com.google.googlejavaformat.java.ImportOrderer;
import com.google.googlejavaformat.java.JavaFormatterOptions;
import com.google.googlejavaformat.java.RemoveUnusedImports;

/**
 * google-java-format behind a small facade. It uses javac internals, so the JVM needs the {@code --add-exports}
 * flags listed in {@code docs/architecture-and-standards.md} (set in the jar manifest and for tests); without
 * them {@link #available()} is false and the Java formatting rules are skipped, with one warning in the log.
 */
final class GoogleJavaFormat {

    private static final Logger LOG = Logger.getLogger(GoogleJavaFormat.class);
    private static final boolean AVAILABLE = probe();

    private GoogleJavaFormat() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** The formatted source, in {@code google} or {@code aosp} style; empty when the source does not parse. */
    static Optional<String> format(String source, String style) {
        try {
            return Optional.of(new Formatter(options(style)).formatSource(source));
        } catch (FormatterException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> removeUnusedImports(String source) {
        try {
            return Optional.of(RemoveUnusedImports.removeUnusedImports(source));
        } catch (FormatterException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> orderImports(String source, String style) {
        try {
            return Optional.of(ImportOrderer.reorderImports(source, options(style).style()));
        } catch (FormatterException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static JavaFormatterOptions options(String style) {
        return JavaFormatterOptions.builder().style("aosp".equalsIgnoreCase(style)
                ? JavaFormatterOptions.Style.AOSP : JavaFormatterOptions.Style.GOOGLE).build();
    }

    private static boolean probe() {
        try {
            new Formatter().formatSource("class A {}\n");
            return true;
        } catch (IllegalAccessError | FormatterException | RuntimeException | NoClassDefFoundError e) {
            LOG.warnf("google-java-format is unavailable (%s); Java formatting rules are skipped. Start the JVM with "
                    + "the --add-exports flags of docs/architecture-and-standards.md", e.getClass().getSimpleName());
            return false;
        }
    }
}
