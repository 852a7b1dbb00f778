package dev.aicoder.analysis.security;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.CompositeAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvApiAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvFiles;
import dev.aicoder.analysis.security.secrets.SecretAllowList;
import dev.aicoder.analysis.security.secrets.SecretBaseline;
import dev.aicoder.analysis.security.secrets.SecretsSettings;

/**
 * What the secrets and dependency analyzers need at run time, built in plain Java: on the server from CDI beans
 * (the PostgreSQL {@link AdvisoryIndex}), in the CLI from files ({@link #offline}).
 */
public record SupplyChainSetup(AdvisoryIndex advisories, SecretsSettings secrets) {

    public SupplyChainSetup {
        advisories = advisories == null ? AdvisoryIndex.empty() : advisories;
        secrets = secrets == null ? SecretsSettings.defaults() : secrets;
    }

    /** No advisories (dependency inventory only) and default secret detection. */
    public static SupplyChainSetup defaults() {
        return new SupplyChainSetup(null, null);
    }

    /**
     * The CLI's setup, without a database.
     *
     * @param osv a folder, zip or JSON file of OSV advisories, or null
     * @param osvApi the OSV API base URL to ask as well (needs network), or null
     * @param allowList a secrets allow-list YAML file, or null
     * @param baseline a secrets baseline JSON file, or null
     * @throws IllegalArgumentException with one readable line when a file is missing or invalid
     */
    public static SupplyChainSetup offline(Path osv, URI osvApi, Path allowList, Path baseline) {
        List<AdvisoryIndex> indexes = new ArrayList<>();
        if (osv != null) {
            try {
                OsvFiles.Result result = OsvFiles.read(existing(osv, "OSV advisories"), OsvFiles.Limits.defaults());
                if (result.advisories().isEmpty()) {
                    throw new IllegalArgumentException("no valid OSV advisory in " + osv
                            + (result.errors().isEmpty() ? "" : " (" + result.errors().get(0) + ")"));
                }
                indexes.add(result.index("osv-files:" + osv));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read OSV advisories from " + osv + ": " + e.getMessage(), e);
            }
        }
        if (osvApi != null) {
            indexes.add(new OsvApiAdvisoryIndex(osvApi, Duration.ofSeconds(30)));
        }
        AdvisoryIndex index = indexes.isEmpty() ? null : indexes.size() == 1 ? indexes.get(0)
                : new CompositeAdvisoryIndex(indexes);
        try {
            SecretAllowList allow = allowList == null ? null : SecretAllowList.read(existing(allowList, "allow-list"));
            SecretBaseline base = baseline == null ? null : SecretBaseline.read(existing(baseline, "baseline"));
            return new SupplyChainSetup(index, new SecretsSettings(allow, base, null, 0));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read secrets settings: " + e.getMessage(), e);
        }
    }

    private static Path existing(Path p, String what) {
        if (!Files.exists(p)) {
            throw new IllegalArgumentException(what + " not found: " + p);
        }
        return p;
    }
}
