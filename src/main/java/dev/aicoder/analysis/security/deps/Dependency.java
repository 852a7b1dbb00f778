package dev.aicoder.analysis.security.deps;

import java.util.List;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

/**
 * One package a manifest or lockfile brings in.
 *
 * @param version the resolved version; null when the manifest only states a constraint (see {@code constraint})
 * @param direct declared by the project itself rather than pulled in by another package
 * @param scope {@code runtime}, {@code dev}, {@code test}, {@code optional}, {@code provided}... as the format says
 * @param path how the project reaches it: {@code name@version} from a direct dependency down to this one
 */
public record Dependency(Ecosystem ecosystem, String name, String version, String constraint, String manifest,
        boolean direct, String scope, List<String> path) {

    public Dependency {
        path = path == null ? List.of() : List.copyOf(path);
        scope = scope == null ? "runtime" : scope;
    }

    public String coordinates() {
        return name + "@" + (version == null ? "?" : version);
    }

    /** The package URL ({@code pkg:npm/%40scope/name@1.0.0}); null when the name does not fit the purl rules. */
    public String purl() {
        try {
            String namespace = null;
            String simpleName = name;
            if (ecosystem == Ecosystem.MAVEN && name.contains(":")) {
                namespace = name.substring(0, name.indexOf(':'));
                simpleName = name.substring(name.indexOf(':') + 1);
            } else if ((ecosystem == Ecosystem.NPM || ecosystem == Ecosystem.PACKAGIST || ecosystem == Ecosystem.GO)
                    && name.contains("/")) {
                namespace = name.substring(0, name.lastIndexOf('/'));
                simpleName = name.substring(name.lastIndexOf('/') + 1);
            }
            return new PackageURL(ecosystem.purlType(), namespace, simpleName, version, null, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            return null;
        }
    }
}
