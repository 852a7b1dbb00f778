package dev.aicoder.source;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Languages the product knows by name. Detection (extension, file name, shebang) lives in the {@code source}
 * package; whether a tree-sitter grammar exists is a property of the parser registry, not of this enum.
 */
public enum Language {
    PYTHON("python", "Python"),
    JAVASCRIPT("javascript", "JavaScript"),
    TYPESCRIPT("typescript", "TypeScript"),
    JAVA("java", "Java"),
    KOTLIN("kotlin", "Kotlin"),
    C("c", "C"),
    CPP("cpp", "C++"),
    CSHARP("csharp", "C#"),
    GO("go", "Go"),
    RUST("rust", "Rust"),
    PHP("php", "PHP"),
    RUBY("ruby", "Ruby"),
    SWIFT("swift", "Swift"),
    SCALA("scala", "Scala"),
    HASKELL("haskell", "Haskell"),
    ERLANG("erlang", "Erlang"),
    ELIXIR("elixir", "Elixir"),
    CLOJURE("clojure", "Clojure"),
    FSHARP("fsharp", "F#"),
    R("r", "R"),
    MATLAB("matlab", "MATLAB/Octave"),
    JULIA("julia", "Julia"),
    SHELL("shell", "Shell"),
    SQL("sql", "SQL"),
    YAML("yaml", "YAML"),
    JSON("json", "JSON"),
    XML("xml", "XML"),
    DOCKERFILE("dockerfile", "Dockerfile"),
    TERRAFORM("terraform", "Terraform"),
    MARKDOWN("markdown", "Markdown"),
    HTML("html", "HTML"),
    PROPERTIES("properties", "Properties"),
    TEXT("text", "Text"),
    GROOVY("groovy", "Groovy"),
    LUA("lua", "Lua"),
    PERL("perl", "Perl"),
    DART("dart", "Dart"),
    OBJECTIVE_C("objectivec", "Objective-C"),
    CSS("css", "CSS"),
    TOML("toml", "TOML");

    private static final Set<Language> NOT_CODE = EnumSet.of(YAML, JSON, XML, MARKDOWN, HTML, PROPERTIES, TEXT, CSS,
            TOML);

    private final String id;
    private final String displayName;

    Language(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Programming languages proper, as opposed to data, config and prose formats. */
    public boolean isCode() {
        return !NOT_CODE.contains(this);
    }

    @JsonCreator
    public static Language of(String id) {
        String wanted = id.trim().toLowerCase();
        for (Language l : values()) {
            if (l.id.equals(wanted) || l.name().equalsIgnoreCase(wanted)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language: " + id);
    }
}
