package dev.aicoder.analysis.security.deps.osv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.RecordingContext;
import dev.aicoder.analysis.security.DirectoryWorkspace;
import dev.aicoder.analysis.security.deps.DependencyAnalyzer;
import dev.aicoder.analysis.security.deps.Ecosystem;

/** The OSV query API client against a local WireMock server speaking the same JSON. */
class OsvApiAdvisoryIndexTest {

    WireMockServer osv;

    @BeforeEach
    void start() {
        osv = new WireMockServer(options().dynamicPort());
        osv.start();
    }

    @AfterEach
    void stop() {
        osv.stop();
    }

    @Test
    void queriesInBatchesFollowsPagesAndFetchesEachAdvisoryOnce() throws Exception {
        String query = """
                {"queries":[{"package":{"name":"lodash","ecosystem":"npm"},"version":"4.17.15"},
                            {"package":{"name":"left-pad","ecosystem":"npm"},"version":"1.3.0"}]}""";
        osv.stubFor(post(urlEqualTo("/v1/querybatch")).withRequestBody(equalToJson(query)).willReturn(okJson("""
                {"results":[{"vulns":[{"id":"TEST-NPM-0001","modified":"2024-05-01T00:00:00Z"}],
                             "next_page_token":"p2"},{}]}""")));
        osv.stubFor(post(urlEqualTo("/v1/querybatch")).withRequestBody(equalToJson("""
                {"queries":[{"package":{"name":"lodash","ecosystem":"npm"},"version":"4.17.15","page_token":"p2"}]}"""))
                .willReturn(okJson("""
                        {"results":[{"vulns":[{"id":"TEST-NPM-0002","modified":"2024-05-01T00:00:00Z"}]}]}""")));
        for (String id : List.of("TEST-NPM-0001", "TEST-NPM-0002")) {
            osv.stubFor(get(urlEqualTo("/v1/vulns/" + id)).willReturn(okJson(Files.readString(
                    Path.of("src/test/resources/security/deps/osv/" + id + ".json")))));
        }
        OsvApiAdvisoryIndex index = new OsvApiAdvisoryIndex(URI.create(osv.baseUrl()), Duration.ofSeconds(5));
        PackageQuery lodash = new PackageQuery(Ecosystem.NPM, "lodash", "4.17.15");
        PackageQuery leftPad = new PackageQuery(Ecosystem.NPM, "left-pad", "1.3.0");

        var result = index.lookup(List.of(lodash, leftPad));

        assertThat(result.get(lodash)).extracting(OsvAdvisory::id).containsExactly("TEST-NPM-0001", "TEST-NPM-0002");
        assertThat(result.get(leftPad)).isEmpty();
        index.lookup(List.of(lodash, leftPad)); // a second scan: advisories come from the cache
        osv.verify(1, getRequestedFor(urlEqualTo("/v1/vulns/TEST-NPM-0001")));
    }

    @Test
    void theAnalyzerUsesTheApiAndAnOutageIsAnErrorNotSilence(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        ws.write("requirements.txt", "PyYAML==5.3\n");
        osv.stubFor(post(urlEqualTo("/v1/querybatch")).willReturn(okJson("""
                {"results":[{"vulns":[{"id":"TEST-PYPI-0004"}]}]}""")));
        osv.stubFor(get(urlEqualTo("/v1/vulns/TEST-PYPI-0004")).willReturn(okJson(Files.readString(
                Path.of("src/test/resources/security/deps/osv/TEST-PYPI-0004.json")))));
        var analyzer = new DependencyAnalyzer(new OsvApiAdvisoryIndex(URI.create(osv.baseUrl()), Duration.ofSeconds(5)));

        List<Finding> findings = analyzer.analyze(ws, new RecordingContext(Map.of()));
        assertThat(findings).extracting(f -> f.properties().get("fixed_version")).containsExactly("5.3.1");

        osv.resetAll();
        osv.stubFor(post(urlEqualTo("/v1/querybatch")).willReturn(aResponse().withStatus(503)));
        var failing = new DependencyAnalyzer(new OsvApiAdvisoryIndex(URI.create(osv.baseUrl()), Duration.ofSeconds(5)));
        assertThatThrownBy(() -> failing.analyze(ws, new RecordingContext(Map.of())))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("HTTP 503");
    }
}
