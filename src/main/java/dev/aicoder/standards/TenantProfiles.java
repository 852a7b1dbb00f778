package dev.aicoder.standards;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.standards.StandardsAnalyzer;
import dev.aicoder.scan.ScanOptionsHook;

/**
 * Gives a tenant's scans its chosen standards profiles as defaults ({@code standards.default-profile.<language>}
 * settings), below the scan request's profiles and the repository's {@code .aicoder.yml}.
 */
@ApplicationScoped
public class TenantProfiles implements ScanOptionsHook {

    private static final Duration DB = Duration.ofMinutes(1);

    private final ProfileStore store;

    public TenantProfiles(ProfileStore store) {
        this.store = store;
    }

    @Override
    public ScanOptions apply(UUID tenantId, ScanOptions options) {
        Map<String, String> chosen = store.get(tenantId).await().atMost(DB);
        if (chosen.isEmpty()) {
            return options;
        }
        Map<String, String> settings = new HashMap<>(options.settings());
        chosen.forEach((language, profile) -> settings.putIfAbsent(StandardsAnalyzer.DEFAULT_PROFILE_SETTING + language,
                profile));
        return new ScanOptions(options.categories(), options.extraRuleDirs(), options.profiles(), settings);
    }
}
