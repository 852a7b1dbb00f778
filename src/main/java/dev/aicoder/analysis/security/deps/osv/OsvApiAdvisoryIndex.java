package dev.aicoder.analysis.security.deps.osv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OSV query API ({@code POST /v1/querybatch}, then {@code GET /v1/vulns/{id}} for each advisory it names,
 * cached for the life of this index). Used only when configured; a failure is an error of the scan, never an
 * empty answer that would look like "no vulnerabilities".
 */
public final class OsvApiAdvisoryIndex implements AdvisoryIndex {

    public static final URI OSV_API = URI.create("https://api.osv.dev");
    static final int BATCH = 1000;
    private static final int MAX_PAGES = 10;

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;
    private final Map<String, OsvAdvisory> cache = new ConcurrentHashMap<>();

    public OsvApiAdvisoryIndex(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public Map<PackageQuery, List<OsvAdvisory>> lookup(Collection<PackageQuery> queries) {
        List<PackageQuery> all = new ArrayList<>(queries);
        Map<PackageQuery, List<OsvAdvisory>> out = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<PackageQuery> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<List<String>> ids = queryBatch(batch);
            for (int i = 0; i < batch.size(); i++) {
                List<OsvAdvisory> advisories = new ArrayList<>();
                for (String id : ids.get(i)) {
                    advisories.add(cache.computeIfAbsent(id, this::fetch));
                }
                out.put(batch.get(i), advisories);
            }
        }
        return out;
    }

    /** The advisory ids the API names for each query, following {@code next_page_token}s. */
    private List<List<String>> queryBatch(List<PackageQuery> batch) {
        List<List<String>> ids = new ArrayList<>();
        batch.forEach(q -> ids.add(new ArrayList<>()));
        Map<Integer, String> pageTokens = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            pageTokens.put(i, null);
        }
        for (int page = 0; page < MAX_PAGES && !pageTokens.isEmpty(); page++) {
            List<Integer> order = new ArrayList<>(pageTokens.keySet());
            ObjectNode body = OsvFiles.JSON.createObjectNode();
            ArrayNode list = body.putArray("queries");
            for (int i : order) {
                PackageQuery q = batch.get(i);
                ObjectNode query = list.addObject();
                query.putObject("package").put("name", q.name()).put("ecosystem", q.ecosystem().osvName());
                query.put("version", q.version());
                if (pageTokens.get(i) != null) {
                    query.put("page_token", pageTokens.get(i));
                }
            }
            JsonNode results = send(HttpRequest.newBuilder(base.resolve("/v1/querybatch"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "querybatch").path("results");
            pageTokens.clear();
            for (int r = 0; r < order.size(); r++) {
                JsonNode result = results.path(r);
                for (JsonNode v : result.path("vulns")) {
                    ids.get(order.get(r)).add(v.path("id").asText());
                }
                if (result.hasNonNull("next_page_token")) {
                    pageTokens.put(order.get(r), result.get("next_page_token").asText());
                }
            }
        }
        return ids;
    }

    private OsvAdvisory fetch(String id) {
        JsonNode node = send(HttpRequest.newBuilder(base.resolve("/v1/vulns/" + URLEncoder.encode(id,
                StandardCharsets.UTF_8))).GET(), "vulns/" + id);
        try {
            return OsvFiles.JSON.treeToValue(node, OsvAdvisory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("OSV API returned an advisory that does not follow the schema: " + id, e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(timeout).header("Accept", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new UncheckedIOException(new IOException("OSV API " + what + " answered HTTP "
                        + response.statusCode()));
            }
            return OsvFiles.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("OSV API " + what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the OSV API", e);
        }
    }

    @Override
    public String describe() {
        return "osv-api:" + base;
    }
}
