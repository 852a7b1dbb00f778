package dev.aicoder.analysis.quality.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.aicoder.source.Language;

/**
 * Where rules come from: the built-in packs on the classpath ({@code rules/<language>/*.yml}, listed in
 * {@code rules/index.txt}), a folder of the user's or tenant's own rule files, or one uploaded file. Every entry
 * point validates fully and throws {@link InvalidRulesException} listing all problems.
 */
public final class RulePacks {

    /** Classpath folder of the built-in packs; {@code index.txt} in it lists the files, one per line. */
    public static final String ROOT = "rules/";
    private static volatile CompiledRules builtin;

    private RulePacks() {
    }

    /**
     * The built-in rules, ready to run. They are only parsed here: the test suite validates them and runs their
     * examples ({@link #builtinDefinitions()}), and each language's queries compile on first use, so a scan pays
     * only for the languages it meets.
     */
    public static CompiledRules builtin() {
        CompiledRules rules = builtin;
        if (rules == null) {
            synchronized (RulePacks.class) {
                if (builtin == null) {
                    List<RuleProblem> problems = new ArrayList<>();
                    List<RuleDefinition> parsed = new ArrayList<>();
                    for (String file : builtinFiles()) {
                        parsed.addAll(RuleFileParser.parse(file, resource(ROOT + file), languageOfFolder(file),
                                problems));
                    }
                    throwIfAny(problems);
                    builtin = compile(parsed, List.of());
                }
                rules = builtin;
            }
        }
        return rules;
    }

    /** The built-in rule definitions, parsed and checked but not compiled. */
    public static List<RuleDefinition> builtinDefinitions() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleDefinition> rules = new ArrayList<>();
        for (String file : builtinFiles()) {
            rules.addAll(parseChecked(file, resource(ROOT + file), languageOfFolder(file), false, problems));
        }
        throwIfAny(problems);
        return rules;
    }

    /** The built-in rule files, relative to {@link #ROOT}, as listed in the index. */
    public static List<String> builtinFiles() {
        return resource(ROOT + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Loads every {@code *.yml}/{@code *.yaml} below {@code dir}; a file's language is its parent folder's name
     * ({@code dir/python/x.yml}) unless the file says {@code languages:}. Examples are run.
     */
    public static List<RuleDefinition> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidRulesException(List.of(new RuleProblem(dir.toString(), null, "not a folder")));
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleDefinition> rules = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(RulePacks::isRuleFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                rules.addAll(parseChecked(name, Files.readString(file, StandardCharsets.UTF_8),
                        languageOfFolder(name), true, problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + dir, e);
        }
        checkUniqueIds(rules, List.of(), problems);
        throwIfAny(problems);
        return rules;
    }

    /** Parses and fully validates one uploaded rule file (examples are run). */
    public static List<RuleDefinition> parse(String fileName, String yaml, Language defaultLanguage) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleDefinition> rules = parseChecked(fileName, yaml, defaultLanguage, true, problems);
        checkUniqueIds(rules, List.of(), problems);
        throwIfAny(problems);
        return rules;
    }

    /** Compiles rules to run, refusing ids used twice (also against {@code alreadyLoaded}). */
    public static CompiledRules compile(List<RuleDefinition> rules, List<RuleDefinition> alreadyLoaded) {
        List<RuleProblem> problems = new ArrayList<>();
        checkUniqueIds(rules, alreadyLoaded, problems);
        throwIfAny(problems);
        List<RuleDefinition> all = new ArrayList<>(alreadyLoaded);
        all.addAll(rules);
        return new CompiledRules(all);
    }

    private static List<RuleDefinition> parseChecked(String file, String yaml, Language language, boolean examples,
            List<RuleProblem> problems) {
        List<RuleDefinition> rules = RuleFileParser.parse(file, yaml, language, problems);
        for (RuleDefinition rule : rules) {
            int before = problems.size();
            RuleValidator.check(rule, problems);
            RuleValidator.requireExamples(rule, problems);
            if (examples && problems.size() == before) {
                RuleValidator.checkExamples(rule, problems);
            }
        }
        return rules;
    }

    private static void checkUniqueIds(List<RuleDefinition> rules, List<RuleDefinition> existing,
            List<RuleProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        existing.forEach(r -> seen.put(r.id(), r.source()));
        for (RuleDefinition rule : rules) {
            String first = seen.putIfAbsent(rule.id(), rule.source());
            if (first != null) {
                problems.add(new RuleProblem(rule.source(), rule.id(), "id already used in " + first));
            }
        }
    }

    private static Language languageOfFolder(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        String folder = relativePath.substring(0, slash);
        folder = folder.substring(folder.lastIndexOf('/') + 1);
        try {
            return Language.of(folder);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isRuleFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    private static void throwIfAny(List<RuleProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
    }

    private static String resource(String name) {
        try (InputStream in = RulePacks.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in rules resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
