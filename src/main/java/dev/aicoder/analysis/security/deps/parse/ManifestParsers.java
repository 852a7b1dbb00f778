package dev.aicoder.analysis.security.deps.parse;

import java.util.List;
import java.util.Optional;

/** Every supported manifest and lockfile format. */
public final class ManifestParsers {

    private static final List<ManifestParser> ALL = List.of(new MavenPomParser(), new GradleLockfileParser(), new GradleBuildParser(),
            new VersionCatalogParser(),
            new NpmLockParser(), new YarnLockParser(), new PnpmLockParser(), new RequirementsParser(),
            new PythonLockParser(), new GoModParser(), new CargoLockParser(), new GemfileLockParser(),
            new ComposerLockParser());

    private ManifestParsers() {
    }

    public static List<ManifestParser> all() {
        return ALL;
    }

    /** The parser for a workspace path, by its file name. */
    public static Optional<ManifestParser> forPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return ALL.stream().filter(p -> p.supports(name)).findFirst();
    }
}
