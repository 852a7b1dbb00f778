package dev.aicoder.analysis.syntax;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterBash;
import org.treesitter.TreeSitterC;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterCpp;
import org.treesitter.TreeSitterDockerfile;
import org.treesitter.TreeSitterElixir;
import org.treesitter.TreeSitterErlang;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterHaskell;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterJson;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPhp;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterR;
import org.treesitter.TreeSitterRuby;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterScala;
import org.treesitter.TreeSitterSql;
import org.treesitter.TreeSitterSwift;
import org.treesitter.TreeSitterTypescript;
import org.treesitter.TreeSitterYaml;

import dev.aicoder.source.Language;

/**
 * The tree-sitter grammars shipped with the product (Maven Central, group {@code io.github.bonede}), one per
 * {@link Language}. A grammar is loaded on first use; one whose native library cannot load on this machine is
 * reported as unavailable, and analyzers fall back to lexical rules for its language.
 */
public final class Grammars {

    private static final Logger LOG = Logger.getLogger(Grammars.class);
    private static final Map<Language, Supplier<TSLanguage>> FACTORIES = new EnumMap<>(Language.class);
    private static final Map<Language, Optional<TSLanguage>> LOADED = new ConcurrentHashMap<>();

    static {
        FACTORIES.put(Language.PYTHON, TreeSitterPython::new);
        FACTORIES.put(Language.JAVASCRIPT, TreeSitterJavascript::new);
        FACTORIES.put(Language.TYPESCRIPT, TreeSitterTypescript::new);
        FACTORIES.put(Language.JAVA, TreeSitterJava::new);
        FACTORIES.put(Language.KOTLIN, TreeSitterKotlin::new);
        FACTORIES.put(Language.C, TreeSitterC::new);
        FACTORIES.put(Language.CPP, TreeSitterCpp::new);
        FACTORIES.put(Language.CSHARP, TreeSitterCSharp::new);
        FACTORIES.put(Language.GO, TreeSitterGo::new);
        FACTORIES.put(Language.RUST, TreeSitterRust::new);
        FACTORIES.put(Language.PHP, TreeSitterPhp::new);
        FACTORIES.put(Language.RUBY, TreeSitterRuby::new);
        FACTORIES.put(Language.SWIFT, TreeSitterSwift::new);
        FACTORIES.put(Language.SCALA, TreeSitterScala::new);
        FACTORIES.put(Language.HASKELL, TreeSitterHaskell::new);
        FACTORIES.put(Language.ERLANG, TreeSitterErlang::new);
        FACTORIES.put(Language.ELIXIR, TreeSitterElixir::new);
        FACTORIES.put(Language.R, TreeSitterR::new);
        FACTORIES.put(Language.SHELL, TreeSitterBash::new);
        FACTORIES.put(Language.SQL, TreeSitterSql::new);
        FACTORIES.put(Language.YAML, TreeSitterYaml::new);
        FACTORIES.put(Language.JSON, TreeSitterJson::new);
        FACTORIES.put(Language.DOCKERFILE, TreeSitterDockerfile::new);
    }

    private Grammars() {
    }

    /** Languages for which a grammar is shipped (whether or not its native library loads here). */
    public static Set<Language> shipped() {
        return FACTORIES.keySet();
    }

    /** True when the language has a grammar that loads on this machine. */
    public static boolean available(Language language) {
        return grammar(language).isPresent();
    }

    /** The grammar of {@code language}, shared (tree-sitter languages are immutable), if one is shipped and loads. */
    public static Optional<TSLanguage> grammar(Language language) {
        if (language == null || !FACTORIES.containsKey(language)) {
            return Optional.empty();
        }
        return LOADED.computeIfAbsent(language, Grammars::load);
    }

    private static Optional<TSLanguage> load(Language language) {
        try {
            return Optional.of(FACTORIES.get(language).get());
        } catch (LinkageError | RuntimeException e) {
            LOG.warnf("tree-sitter grammar for %s does not load here (%s); lexical rules only",
                    language.displayName(), e.toString());
            return Optional.empty();
        }
    }
}
