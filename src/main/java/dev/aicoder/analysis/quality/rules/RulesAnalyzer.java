package dev.aicoder.analysis.quality.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.syntax.QueryMatch;
import dev.aicoder.analysis.syntax.SharedWalk;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

/**
 * The {@code rules} analyzer: runs the YAML rule packs (tree-sitter queries and regexes) over each file. Rule
 * folders named in {@link dev.aicoder.analysis.ScanOptions#extraRuleDirs()} are loaded on top of the built-in
 * packs, validated once and reloaded when their files change.
 */
public final class RulesAnalyzer implements FileAnalyzer {

    private static final long RECHECK_NANOS = 5_000_000_000L;

    /** Name of this analyzer's part in a {@link SharedWalk}. */
    public static final String WALK_PART = "rules";

    private final CompiledRules base;
    private final Function<Language, Map<String, String>> companions;
    private final Map<List<Path>, Loaded> extra = new ConcurrentHashMap<>();

    public RulesAnalyzer() {
        this(RulePacks.builtin());
    }

    public RulesAnalyzer(CompiledRules base) {
        this(base, language -> Map.of());
    }

    /**
     * @param companions other analyzers' queries (part name → source) per language, to run in the same walk of the
     *        tree ({@link SharedWalk}); they must ask for the same parts
     */
    public RulesAnalyzer(CompiledRules base, Function<Language, Map<String, String>> companions) {
        this.base = base;
        this.companions = companions;
    }

    /** The merged query of the rules for {@code language} (with {@code extraDirs}), for a shared walk. */
    public Optional<String> querySource(List<Path> extraDirs, Language language) {
        CompiledRules.ForLanguage forLanguage = rulesFor(extraDirs).forLanguage(language);
        return forLanguage == null || forLanguage.source == null ? Optional.empty()
                : Optional.of(forLanguage.source);
    }

    @Override
    public String id() {
        return RuleDefinition.ANALYZER;
    }

    @Override
    public Set<Category> categories() {
        return EnumSet.allOf(Category.class);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return base.descriptors();
    }

    @Override
    public boolean supports(SourceFile file) {
        return file.language() != null;
    }

    @Override
    public List<Finding> analyze(SourceFile file, String content, AnalysisContext context) {
        CompiledRules rules = rulesFor(context.options().extraRuleDirs());
        CompiledRules.ForLanguage forLanguage = rules.forLanguage(file.language());
        if (forLanguage == null) {
            return List.of();
        }
        Optional<SyntaxTree> tree = forLanguage.source == null ? Optional.empty()
                : SyntaxTrees.of(context, file, content);
        SourceText text = tree.map(SyntaxTree::source).orElseGet(() -> new SourceText(content));
        List<QueryMatch> matches = null;
        Map<String, String> others = companions.apply(file.language());
        if (tree.isPresent() && !others.isEmpty()) {
            SortedMap<String, String> parts = new TreeMap<>(others);
            parts.put(WALK_PART, forLanguage.source);
            matches = SharedWalk.matches(context, file, tree.get(), parts).get(WALK_PART);
        }
        return new RuleRunner(forLanguage, file.path(), text, tree, context::cancelled, matches).run().stream()
                .filter(f -> context.options().enabled(f.category())).toList();
    }

    /** The built-in rules plus those of {@code dirs}; throws {@link InvalidRulesException} for bad rule files. */
    public CompiledRules rulesFor(List<Path> dirs) {
        if (dirs.isEmpty()) {
            return base;
        }
        Loaded loaded = extra.compute(dirs, (key, old) -> {
            long now = System.nanoTime();
            if (old != null && now - old.checkedAt < RECHECK_NANOS) {
                return old;
            }
            String signature = signature(key);
            if (old != null && old.signature.equals(signature)) {
                return new Loaded(old.rules, signature, now);
            }
            List<RuleDefinition> own = key.stream().flatMap(d -> RulePacks.loadDirectory(d).stream()).toList();
            return new Loaded(RulePacks.compile(own, base.rules()), signature, now);
        });
        return loaded.rules;
    }

    private static String signature(List<Path> dirs) {
        StringBuilder s = new StringBuilder();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    s.append(p).append(':').append(Files.size(p)).append(':')
                            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rules folder " + dir, e);
            }
        }
        return s.toString();
    }

    private record Loaded(CompiledRules rules, String signature, long checkedAt) {
    }
}
