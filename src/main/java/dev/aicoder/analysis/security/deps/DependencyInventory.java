package dev.aicoder.analysis.security.deps;

import java.util.List;

/**
 * The SBOM-like list published by the dependency analyzer under the kind {@code dependencies}: every component
 * with its package URL, where it was declared and how it is reached, plus the manifests read and the ones that
 * could not be read.
 */
public record DependencyInventory(String format, String advisorySource, List<Component> components,
        List<String> manifests, List<String> errors) {

    public static final String FORMAT = "aicoder-dependencies/1";

    public record Component(String ecosystem, String name, String version, String constraint, String purl,
            boolean direct, String scope, String manifest, List<String> path) {

        static Component of(Dependency d) {
            return new Component(d.ecosystem().osvName(), d.name(), d.version(), d.constraint(), d.purl(), d.direct(),
                    d.scope(), d.manifest(), d.path());
        }
    }
}
