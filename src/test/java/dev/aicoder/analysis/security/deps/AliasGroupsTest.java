package dev.aicoder.analysis.security.deps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.deps.osv.InMemoryAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;

/** The same vulnerability from several databases is one finding. */
class AliasGroupsTest {

    static OsvAdvisory advisory(String id, List<String> aliases, String fixed) {
        return new OsvAdvisory(id, "2024-01-01T00:00:00Z", null, null, aliases, "summary of " + id, null, List.of(),
                List.of(new OsvAdvisory.Affected(new OsvAdvisory.Package("PyPI", "jinja2", null),
                        List.of(new OsvAdvisory.Range("ECOSYSTEM", fixed == null
                                ? List.of(new OsvAdvisory.Event("0", null, null, null))
                                : List.of(new OsvAdvisory.Event("0", null, null, null),
                                        new OsvAdvisory.Event(null, fixed, null, null)))),
                        List.of(), null, List.of())), List.of(), Map.of());
    }

    @Test
    void advisoriesLinkedByAliasesBecomeOneFinding(@TempDir java.nio.file.Path dir) throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        ws.write("requirements.txt", "jinja2==2.10\n");
        var index = new InMemoryAdvisoryIndex(List.of(
                advisory("PYSEC-2019-217", List.of("CVE-2019-10906"), "2.10.1"),
                advisory("GHSA-462w-v97r-4m45", List.of("CVE-2019-10906", "PYSEC-2019-217"), "2.10.1"),
                advisory("CVE-2019-10906", List.of(), null),
                advisory("GHSA-other-0000-0000", List.of("CVE-2024-00001"), "3.1.3")), "test");

        List<Finding> findings = new DependencyAnalyzer(index).analyze(ws, new RecordingContext(Map.of()));

        assertThat(findings).extracting(f -> f.properties().get("advisory_id"))
                .containsExactlyInAnyOrder("GHSA-462w-v97r-4m45", "GHSA-other-0000-0000");
        Finding merged = findings.stream().filter(f -> f.ruleId().equals("deps/GHSA-462w-v97r-4m45")).findFirst()
                .orElseThrow();
        assertThat(merged.properties().get("aliases").split(",")).containsExactlyInAnyOrder("CVE-2019-10906",
                "PYSEC-2019-217");
        assertThat(merged.properties()).containsEntry("fixed_version", "2.10.1");
    }
}
