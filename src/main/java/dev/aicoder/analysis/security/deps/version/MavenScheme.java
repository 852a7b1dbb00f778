package dev.aicoder.analysis.security.deps.version;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;

/** Maven's own ordering ({@code ComparableVersion}) and range syntax ({@code [1.0,2.0)}, {@code (,1.5]}). */
final class MavenScheme implements VersionScheme {

    @Override
    public boolean isValid(String version) {
        return version != null && !version.isBlank() && !version.contains("${") && !version.startsWith("[")
                && !version.startsWith("(");
    }

    @Override
    public int compare(String a, String b) {
        return new ComparableVersion(a).compareTo(new ComparableVersion(b));
    }

    @Override
    public boolean satisfies(String version, String constraint) {
        String spec = constraint.trim();
        if (!spec.startsWith("[") && !spec.startsWith("(")) {
            return compare(version, spec) == 0; // a bare version is a soft requirement of exactly that version
        }
        try {
            return VersionRange.createFromVersionSpec(spec).containsVersion(new DefaultArtifactVersion(version));
        } catch (InvalidVersionSpecificationException e) {
            throw new IllegalArgumentException("invalid Maven version range: " + spec, e);
        }
    }
}
