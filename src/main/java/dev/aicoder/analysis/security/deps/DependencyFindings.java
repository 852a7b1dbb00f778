package dev.aicoder.analysis.security.deps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.deps.osv.OsvMatcher;

/** The finding for one vulnerable dependency and one advisory. */
final class DependencyFindings {

    private DependencyFindings() {
    }

    static Finding finding(Dependency d, OsvMatcher.Match match, ManifestLines manifest) {
        OsvAdvisory a = match.advisory();
        AdvisorySeverity.Rated rated = AdvisorySeverity.of(a);
        String summary = a.summary() != null ? a.summary() : a.details() != null ? firstLine(a.details()) : a.id();
        String fix = match.fixedVersion() == null ? "No fixed version is published yet; consider replacing the "
                + "package or mitigating the issue." : "Upgrade " + d.name() + " to " + match.fixedVersion()
                        + " or later.";
        String pathText = String.join(" > ", d.path());
        Set<Integer> cwes = new LinkedHashSet<>();
        cwes.add(DependencyAnalyzer.CWE_VULNERABLE_COMPONENT);
        cwes.addAll(advisoryCwes(a));
        Finding.Builder b = Finding.builder(DependencyAnalyzer.RULE_PREFIX + a.id())
                .title(d.name() + " " + d.version() + ": " + a.id())
                .message(d.name() + " " + d.version() + " (" + d.ecosystem().osvName() + ") is affected by " + a.id()
                        + (a.aliases().isEmpty() ? "" : " (" + String.join(", ", a.aliases()) + ")") + ": " + summary
                        + ". " + fix + (d.direct() ? "" : " Reached through " + pathText + "."))
                .severity(rated.severity()).category(Category.SECURITY).cwe(new ArrayList<>(cwes))
                .path(d.manifest()).line(manifest.lineOf(d)).snippet(manifest.snippet(d))
                .analyzer(DependencyAnalyzer.ID).confidence(Confidence.HIGH)
                .tags(List.of("dependency", "sca", d.ecosystem().osvName().toLowerCase(Locale.ROOT)))
                .fix(new Finding.Fix(fix, null, null))
                .property("advisory_id", a.id()).property("aliases", String.join(",", a.aliases()))
                .property("ecosystem", d.ecosystem().osvName()).property("package", d.name())
                .property("installed_version", d.version()).property("direct", String.valueOf(d.direct()))
                .property("dependency_path", pathText).property("scope", d.scope());
        if (match.fixedVersion() != null) {
            b.property("fixed_version", match.fixedVersion());
        }
        if (d.purl() != null) {
            b.property("purl", d.purl());
        }
        if (rated.cvss() != null) {
            b.property("cvss_vector", rated.cvss()).property("cvss_score", String.valueOf(rated.score()));
        }
        return b.build();
    }

    private static List<Integer> advisoryCwes(OsvAdvisory a) {
        List<Integer> out = new ArrayList<>();
        if (a.databaseSpecific().get("cwe_ids") instanceof List<?> ids) {
            for (Object id : ids) {
                String s = String.valueOf(id).replaceFirst("(?i)^CWE-", "");
                if (s.matches("\\d{1,5}")) {
                    out.add(Integer.parseInt(s));
                }
            }
        }
        return out;
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\r?\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
