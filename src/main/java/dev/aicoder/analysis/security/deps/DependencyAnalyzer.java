package dev.aicoder.analysis.security.deps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.RuleDescriptor;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.WorkspaceAnalyzer;
import dev.aicoder.analysis.security.deps.osv.AdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.deps.osv.OsvMatcher;
import dev.aicoder.analysis.security.deps.osv.PackageQuery;
import dev.aicoder.analysis.security.deps.parse.ManifestParser;
import dev.aicoder.analysis.security.deps.parse.ManifestParser.ManifestException;
import dev.aicoder.analysis.security.deps.parse.ManifestParsers;
import dev.aicoder.analysis.security.deps.version.VersionSchemes;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * Known vulnerabilities in the packages the workspace's manifests and lockfiles bring in. Publishes the dependency
 * inventory ({@link DependencyInventory}) and reports one finding per vulnerable package and advisory, naming the
 * advisory and its aliases, the fixed version and the dependency path. Advisories come from an
 * {@link AdvisoryIndex}; this class never touches a database or the network itself.
 */
public final class DependencyAnalyzer implements WorkspaceAnalyzer {

    public static final String ID = "dependencies";
    /** Rule id prefix: findings are {@code deps/<advisory id>}, e.g. {@code deps/GHSA-jfh8-c2jp-5v3q}. */
    public static final String RULE_PREFIX = "deps/";
    /** CWE-1395: Dependency on Vulnerable Third-Party Component. */
    public static final int CWE_VULNERABLE_COMPONENT = 1395;

    private final AdvisoryIndex index;

    public DependencyAnalyzer(AdvisoryIndex index) {
        this.index = index;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Category> categories() {
        return Set.of(Category.SECURITY);
    }

    @Override
    public Collection<RuleDescriptor> rules() {
        return List.of(new RuleDescriptor(RULE_PREFIX + "vulnerable-dependency", "Vulnerable dependency",
                "A package version the project depends on is affected by a published advisory (OSV). Each finding's "
                        + "rule id is `deps/<advisory id>`; upgrade to the fixed version it names.",
                Severity.HIGH, Category.SECURITY, List.of(CWE_VULNERABLE_COMPONENT), List.of("dependency", "sca"),
                ID));
    }

    @Override
    public List<Finding> analyze(Workspace workspace, AnalysisContext context) {
        List<Dependency> dependencies = new ArrayList<>();
        List<String> manifests = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, ManifestLines> contents = new LinkedHashMap<>();
        for (SourceFile file : workspace.files()) {
            Optional<ManifestParser> parser = ManifestParsers.forPath(file.path());
            if (parser.isEmpty() || context.cancelled()) {
                continue;
            }
            String content = workspace.read(file);
            try {
                dependencies.addAll(parser.get().parse(file.path(), content, siblings(workspace, file.path())));
                manifests.add(file.path());
                contents.put(file.path(), new ManifestLines(content));
            } catch (ManifestException | RuntimeException e) {
                errors.add(e instanceof ManifestException ? e.getMessage() : file.path() + ": could not be read");
            }
        }
        context.publish("dependencies", new DependencyInventory(DependencyInventory.FORMAT, index.describe(),
                dependencies.stream().map(DependencyInventory.Component::of).toList(), manifests, errors));

        Set<PackageQuery> queries = new LinkedHashSet<>();
        for (Dependency d : dependencies) {
            if (d.version() != null && VersionSchemes.of(d.ecosystem()).isValid(d.version())) {
                queries.add(new PackageQuery(d.ecosystem(), d.name(), d.version()));
            }
        }
        if (queries.isEmpty()) {
            return List.of();
        }
        Map<PackageQuery, List<OsvAdvisory>> advisories = index.lookup(queries);
        List<Finding> findings = new ArrayList<>();
        for (Dependency d : dependencies) {
            PackageQuery q = new PackageQuery(d.ecosystem(), d.name(), d.version());
            List<OsvMatcher.Match> matches = new ArrayList<>();
            for (OsvAdvisory a : advisories.getOrDefault(q, List.of())) {
                OsvMatcher.match(a, q).ifPresent(matches::add);
            }
            for (OsvMatcher.Match m : AliasGroups.merge(matches)) {
                findings.add(DependencyFindings.finding(d, m, contents.get(d.manifest())));
            }
        }
        return findings;
    }

    /** Reads files relative to the manifest's folder, normalising {@code ..}; nothing outside the workspace. */
    static ManifestParser.Siblings siblings(Workspace workspace, String manifestPath) {
        String dir = manifestPath.contains("/") ? manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1) : "";
        return relative -> {
            java.nio.file.Path p = java.nio.file.Path.of(dir + relative).normalize();
            if (p.startsWith("..") || p.isAbsolute()) {
                return Optional.empty();
            }
            return workspace.file(p.toString().replace('\\', '/')).map(workspace::read);
        };
    }
}
