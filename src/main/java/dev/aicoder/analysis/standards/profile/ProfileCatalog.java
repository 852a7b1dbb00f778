package dev.aicoder.analysis.standards.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aicoder.analysis.Severity;
import dev.aicoder.source.Language;

/**
 * The built-in standards profiles, read once from {@code standards/profiles/*.yml} on the class path (listed in
 * {@code standards/profiles/index.txt}). Thread-safe and immutable.
 */
public final class ProfileCatalog {

    private static final String ROOT = "standards/profiles/";
    private static final ProfileCatalog BUILT_IN = load();

    private final List<Profile> profiles;

    ProfileCatalog(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    public static ProfileCatalog builtIn() {
        return BUILT_IN;
    }

    public List<Profile> all() {
        return profiles;
    }

    public List<Profile> forLanguage(Language language) {
        return profiles.stream().filter(p -> p.languages().contains(language)).toList();
    }

    /** The profile called {@code name} for {@code language} (case-insensitive); also accepts {@code lang/name}. */
    public Optional<Profile> find(Language language, String name) {
        String n = name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
        return forLanguage(language).stream().filter(p -> p.name().equalsIgnoreCase(n.trim())).findFirst();
    }

    public Optional<Profile> defaultFor(Language language) {
        List<Profile> candidates = forLanguage(language);
        return candidates.stream().filter(Profile::isDefault).findFirst().or(() -> candidates.stream().findFirst());
    }

    private static ProfileCatalog load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Profile> out = new ArrayList<>();
        for (String file : read(ROOT + "index.txt").lines().map(String::trim).filter(l -> !l.isEmpty()
                && !l.startsWith("#")).toList()) {
            try {
                out.add(parse(yaml.readTree(read(ROOT + file)), file));
            } catch (IOException e) {
                throw new UncheckedIOException("standards profile " + file + " is not valid YAML", e);
            }
        }
        return new ProfileCatalog(out);
    }

    static Profile parse(JsonNode n, String file) {
        List<Language> languages = new ArrayList<>();
        n.path("languages").forEach(l -> languages.add(Language.of(l.asText())));
        if (languages.isEmpty() || !n.hasNonNull("name")) {
            throw new IllegalStateException("standards profile " + file + " needs a name and languages");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        n.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        Map<String, Severity> rules = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("rules").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            rules.put(e.getKey(), Severity.of(e.getValue().asText()));
        }
        return new Profile(n.get("name").asText(), languages, n.path("title").asText(n.get("name").asText()),
                n.path("description").asText(""), n.path("url").asText(""), n.path("default").asBoolean(false),
                settings, rules);
    }

    private static String read(String resource) {
        try (InputStream in = ProfileCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
