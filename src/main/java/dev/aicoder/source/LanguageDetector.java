package dev.aicoder.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a file's {@link Language} from its name (exact file names such as {@code Dockerfile}, then the extension)
 * and, for files without a telling name, from the shebang line. Two extensions are ambiguous and settled by a
 * look at the content: {@code .h} (C or C++) and {@code .m} (MATLAB/Octave or Objective-C).
 */
public final class LanguageDetector {

    private static final Map<String, Language> NAMES = new HashMap<>();
    private static final Map<String, Language> EXTENSIONS = new HashMap<>();
    private static final Map<String, Language> INTERPRETERS = new HashMap<>();
    private static final Pattern SHEBANG = Pattern.compile("^#!\\s*(\\S+)(?:\\s+(?:-\\S+\\s+)*(\\S+))?");
    private static final Pattern CPP_HEADER = Pattern.compile(
            "\\b(class\\s+\\w+\\s*[:{]|namespace\\s+\\w+|template\\s*<|std::|public:|private:)");
    private static final Pattern OBJC_SOURCE = Pattern.compile("(?m)^\\s*(#import\\b|@interface\\b|@implementation\\b)");

    static {
        names(Language.DOCKERFILE, "dockerfile", "containerfile");
        names(Language.RUBY, "gemfile", "rakefile", "podfile", "vagrantfile", "gemfile.lock", "guardfile");
        names(Language.GROOVY, "jenkinsfile");
        names(Language.PYTHON, "sconstruct", "sconscript", "pipfile");
        names(Language.SHELL, ".bashrc", ".bash_profile", ".profile", ".zshrc", "pkgbuild");
        names(Language.PROPERTIES, ".env", ".editorconfig", ".npmrc", ".gitattributes");
        names(Language.TEXT, "go.sum", "go.mod", "yarn.lock", "gradle.lockfile", "requirements.txt", "requirements-dev.txt",
                "constraints.txt", "license", "codeowners", ".gitignore", ".aicoderignore", ".dockerignore");
        names(Language.TOML, "cargo.lock", "poetry.lock", "uv.lock");
        names(Language.YAML, "pnpm-lock.yaml", ".clang-format");
        names(Language.JSON, ".eslintrc", ".babelrc", "composer.lock", "pipfile.lock");

        ext(Language.PYTHON, "py", "pyw", "pyi", "pyx");
        ext(Language.JAVASCRIPT, "js", "mjs", "cjs", "jsx");
        ext(Language.TYPESCRIPT, "ts", "tsx", "mts", "cts");
        ext(Language.JAVA, "java");
        ext(Language.KOTLIN, "kt", "kts");
        ext(Language.C, "c", "h");
        ext(Language.CPP, "cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "inl", "tpp", "ino");
        ext(Language.CSHARP, "cs", "csx");
        ext(Language.GO, "go");
        ext(Language.RUST, "rs");
        ext(Language.PHP, "php", "phtml", "php3", "php4", "php5", "phps");
        ext(Language.RUBY, "rb", "rake", "gemspec", "ru", "erb");
        ext(Language.SWIFT, "swift");
        ext(Language.SCALA, "scala", "sc", "sbt");
        ext(Language.HASKELL, "hs", "lhs");
        ext(Language.ERLANG, "erl", "hrl", "escript");
        ext(Language.ELIXIR, "ex", "exs");
        ext(Language.CLOJURE, "clj", "cljs", "cljc", "edn");
        ext(Language.FSHARP, "fs", "fsi", "fsx");
        ext(Language.R, "r", "rmd");
        ext(Language.MATLAB, "m");
        ext(Language.JULIA, "jl");
        ext(Language.SHELL, "sh", "bash", "zsh", "ksh", "bats");
        ext(Language.SQL, "sql", "ddl", "psql", "pgsql");
        ext(Language.YAML, "yml", "yaml");
        ext(Language.JSON, "json", "jsonc", "json5", "geojson", "ipynb");
        ext(Language.XML, "xml", "xsd", "xsl", "xslt", "pom", "csproj", "fsproj", "vbproj", "props", "plist",
                "wsdl", "svg");
        ext(Language.DOCKERFILE, "dockerfile", "containerfile");
        ext(Language.TERRAFORM, "tf", "tfvars", "hcl");
        ext(Language.MARKDOWN, "md", "markdown", "mdx", "rst");
        ext(Language.HTML, "html", "htm", "xhtml", "vue", "svelte");
        ext(Language.PROPERTIES, "properties", "ini", "cfg", "conf", "env");
        ext(Language.TEXT, "txt");
        ext(Language.GROOVY, "groovy", "gradle", "gvy");
        ext(Language.LUA, "lua");
        ext(Language.PERL, "pl", "pm", "t");
        ext(Language.DART, "dart");
        ext(Language.OBJECTIVE_C, "mm");
        ext(Language.CSS, "css", "scss", "sass", "less");
        ext(Language.TOML, "toml");

        interp(Language.PYTHON, "python", "python2", "python3", "pypy", "pypy3");
        interp(Language.JAVASCRIPT, "node", "nodejs", "deno", "bun");
        interp(Language.TYPESCRIPT, "ts-node", "tsx");
        interp(Language.SHELL, "sh", "bash", "zsh", "ksh", "dash", "ash");
        interp(Language.RUBY, "ruby", "jruby");
        interp(Language.PERL, "perl");
        interp(Language.PHP, "php");
        interp(Language.R, "rscript");
        interp(Language.JULIA, "julia");
        interp(Language.ERLANG, "escript");
        interp(Language.ELIXIR, "elixir");
        interp(Language.MATLAB, "octave", "octave-cli");
        interp(Language.LUA, "lua", "luajit");
        interp(Language.GROOVY, "groovy");
        interp(Language.SCALA, "scala");
        interp(Language.KOTLIN, "kotlin");
        interp(Language.CLOJURE, "clojure", "bb");
        interp(Language.FSHARP, "dotnet");
        interp(Language.SWIFT, "swift");
    }

    private LanguageDetector() {
    }

    /** The language the file name alone implies; empty when it says nothing (or is ambiguous without content). */
    public static Optional<Language> byName(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        Language exact = NAMES.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (name.startsWith("dockerfile.") || name.endsWith(".dockerfile")) {
            return Optional.of(Language.DOCKERFILE);
        }
        if (name.startsWith("requirements") && name.endsWith(".txt")) {
            return Optional.of(Language.TEXT);
        }
        if (name.startsWith(".env.")) { // .env.production, .env.local: where leaked keys live
            return Optional.of(Language.PROPERTIES);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(EXTENSIONS.get(name.substring(dot + 1)));
    }

    /**
     * The language of a file from its name and, when needed, the start of its content ({@code head}: the first
     * few kilobytes, may be empty). Empty when neither says anything.
     */
    public static Optional<Language> detect(String path, CharSequence head) {
        Optional<Language> byName = byName(path);
        if (byName.isPresent()) {
            return Optional.of(refine(byName.get(), path, head));
        }
        return byShebang(head);
    }

    /** The language of the interpreter named on a {@code #!} first line ({@code /usr/bin/env python3 -u}...). */
    public static Optional<Language> byShebang(CharSequence head) {
        if (head == null || head.length() < 3 || head.charAt(0) != '#' || head.charAt(1) != '!') {
            return Optional.empty();
        }
        int eol = 0;
        while (eol < head.length() && eol < 256 && head.charAt(eol) != '\n') {
            eol++;
        }
        Matcher m = SHEBANG.matcher(head.subSequence(0, eol));
        if (!m.find()) {
            return Optional.empty();
        }
        String program = fileName(m.group(1));
        if (program.equals("env") && m.group(2) != null) {
            program = fileName(m.group(2));
        }
        program = program.toLowerCase(Locale.ROOT).replaceAll("[0-9.]+$", "");
        Language l = INTERPRETERS.get(program);
        if (l == null) {
            l = INTERPRETERS.get(fileName(m.group(1)).toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(l);
    }

    private static Language refine(Language language, String path, CharSequence head) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (head == null || head.isEmpty()) {
            return language;
        }
        if (language == Language.C && lower.endsWith(".h") && CPP_HEADER.matcher(head).find()) {
            return Language.CPP;
        }
        if (language == Language.MATLAB && lower.endsWith(".m") && OBJC_SOURCE.matcher(head).find()) {
            return Language.OBJECTIVE_C;
        }
        return language;
    }

    /** A file name that {@link #byName} maps back to {@code language} (for snippets without a name). */
    public static String defaultFileName(Language language) {
        if (language == Language.DOCKERFILE) {
            return "Dockerfile";
        }
        return EXTENSIONS.entrySet().stream().filter(e -> e.getValue() == language).map(e -> "snippet." + e.getKey())
                .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(s -> s)).findFirst()
                .orElse("snippet.txt");
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static void names(Language l, String... names) {
        for (String n : names) {
            NAMES.put(n, l);
        }
    }

    private static void ext(Language l, String... extensions) {
        for (String e : extensions) {
            EXTENSIONS.put(e, l);
        }
    }

    private static void interp(Language l, String... programs) {
        for (String p : programs) {
            INTERPRETERS.put(p, l);
        }
    }
}
