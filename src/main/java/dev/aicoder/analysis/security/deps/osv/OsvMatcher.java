package dev.aicoder.analysis.security.deps.osv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.aicoder.analysis.security.deps.Ecosystem;
import dev.aicoder.analysis.security.deps.version.VersionScheme;
import dev.aicoder.analysis.security.deps.version.VersionSchemes;

/**
 * Decides whether an advisory affects one package version, following the OSV schema's evaluation: the explicit
 * {@code versions} list, then each {@code SEMVER} or {@code ECOSYSTEM} range, whose events are applied in version
 * order ({@code introduced} opens, {@code fixed} and {@code last_affected} close, {@code limit} bounds). GIT
 * ranges are skipped: they name commits, not releases.
 */
public final class OsvMatcher {

    /** An affecting advisory and the lowest fixed version above the installed one, if any. */
    public record Match(OsvAdvisory advisory, String fixedVersion) {
    }

    private OsvMatcher() {
    }

    public static Optional<Match> match(OsvAdvisory advisory, PackageQuery query) {
        if (advisory.withdrawn() != null) {
            return Optional.empty();
        }
        for (OsvAdvisory.Affected affected : advisory.affected()) {
            if (!samePackage(affected, query)) {
                continue;
            }
            if (affected.versions().contains(query.version())) {
                return Optional.of(new Match(advisory, fixedAbove(affected, query).orElse(null)));
            }
            for (OsvAdvisory.Range range : affected.ranges()) {
                VersionScheme scheme = scheme(range, query.ecosystem());
                if (scheme != null && scheme.isValid(query.version()) && inRange(range, query.version(), scheme)) {
                    return Optional.of(new Match(advisory, fixedAbove(affected, query).orElse(null)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean samePackage(OsvAdvisory.Affected affected, PackageQuery query) {
        return affected.pkg() != null && affected.pkg().name() != null
                && Ecosystem.fromOsv(affected.pkg().ecosystem()).orElse(null) == query.ecosystem()
                && query.ecosystem().normalize(affected.pkg().name()).equals(query.key().name());
    }

    private static VersionScheme scheme(OsvAdvisory.Range range, Ecosystem ecosystem) {
        return switch (range.type() == null ? "" : range.type()) {
            case "SEMVER" -> VersionSchemes.semver();
            case "ECOSYSTEM" -> VersionSchemes.of(ecosystem);
            default -> null;
        };
    }

    static boolean inRange(OsvAdvisory.Range range, String version, VersionScheme scheme) {
        List<OsvAdvisory.Event> events = sorted(range, scheme);
        boolean affected = false;
        for (OsvAdvisory.Event e : events) {
            if (e.introduced() != null && (e.introduced().equals("0") || scheme.compare(version, e.introduced()) >= 0)) {
                affected = true;
            } else if (e.fixed() != null && scheme.compare(version, e.fixed()) >= 0) {
                affected = false;
            } else if (e.lastAffected() != null && scheme.compare(version, e.lastAffected()) > 0) {
                affected = false;
            } else if (e.limit() != null && !e.limit().equals("*") && scheme.compare(version, e.limit()) >= 0) {
                affected = false;
            }
        }
        return affected;
    }

    /** Events in version order, "0" first; events whose version the scheme cannot read are dropped. */
    private static List<OsvAdvisory.Event> sorted(OsvAdvisory.Range range, VersionScheme scheme) {
        List<OsvAdvisory.Event> events = new ArrayList<>();
        for (OsvAdvisory.Event e : range.events()) {
            String v = e.version();
            if (v != null && (v.equals("0") || v.equals("*") || scheme.isValid(v))) {
                events.add(e);
            }
        }
        events.sort(Comparator.comparing(OsvAdvisory.Event::version, (a, b) -> a.equals(b) ? 0
                : a.equals("0") || b.equals("*") ? -1 : b.equals("0") || a.equals("*") ? 1 : scheme.compare(a, b)));
        return events;
    }

    private static Optional<String> fixedAbove(OsvAdvisory.Affected affected, PackageQuery query) {
        String best = null;
        for (OsvAdvisory.Range range : affected.ranges()) {
            VersionScheme scheme = scheme(range, query.ecosystem());
            if (scheme == null || !scheme.isValid(query.version())) {
                continue;
            }
            for (OsvAdvisory.Event e : range.events()) {
                if (e.fixed() != null && scheme.isValid(e.fixed()) && scheme.compare(e.fixed(), query.version()) > 0
                        && (best == null || scheme.compare(e.fixed(), best) < 0)) {
                    best = e.fixed();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
