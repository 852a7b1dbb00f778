package dev.aicoder.analysis.security.deps.parse;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.analysis.security.deps.parse.ManifestParser.ManifestException;
import dev.aicoder.analysis.security.deps.parse.ManifestParser.Siblings;

/** The direct dependencies a {@code package.json} (or {@code composer.json}) next to a lockfile declares. */
final class PackageJson {

    interface DirectConsumer {
        void accept(String name, String range, String scope);
    }

    private PackageJson() {
    }

    static void direct(Siblings siblings, DirectConsumer consumer) {
        read(siblings, "package.json", Map.of("dependencies", "runtime", "devDependencies", "dev",
                "optionalDependencies", "optional", "peerDependencies", "peer"), consumer);
    }

    static void read(Siblings siblings, String file, Map<String, String> sections, DirectConsumer consumer) {
        siblings.read(file).ifPresent(text -> {
            JsonNode json;
            try {
                json = Formats.json(file, text);
            } catch (ManifestException e) {
                return; // the lockfile is still useful without it
            }
            sections.forEach((section, scope) -> json.path(section).fields()
                    .forEachRemaining(e -> consumer.accept(e.getKey(), e.getValue().asText(), scope)));
        });
    }
}
