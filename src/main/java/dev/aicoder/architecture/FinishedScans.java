package dev.aicoder.architecture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.scan.ScanJson;
import dev.aicoder.scan.store.ScanRecord;
import dev.aicoder.scan.store.ScanStore;
import io.smallrye.mutiny.Uni;

/**
 * A caller's finished scan and what its analyzers published, for the endpoints that read a scan's results
 * (architecture, fixes, performance): another tenant's scan or a malformed id is a 404, an unfinished scan a 409.
 */
@ApplicationScoped
public class FinishedScans {

    private final ScanStore store;

    public FinishedScans(ScanStore store) {
        this.store = store;
    }

    public ScanStore store() {
        return store;
    }

    /** Parses a path id; anything but a UUID is a 404 (problem+json), like an unknown id. */
    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound(what, "with that id");
        }
    }

    public Uni<ScanRecord> find(Caller caller, UUID scanId) {
        return store.find(caller.tenantId(), scanId).map(found -> {
            ScanRecord scan = found.orElseThrow(() -> ApiException.notFound("Scan", scanId));
            if (!scan.status().equals("succeeded")) {
                throw ApiException.conflict("scan-not-finished", "Scan " + scanId + " is " + scan.status()
                        + "; its results are available once it succeeded");
            }
            return scan;
        });
    }

    /** The artifacts of one kind a finished scan published, parsed. */
    public Uni<List<JsonNode>> artifacts(Caller caller, UUID scanId, String kind) {
        return find(caller, scanId).flatMap(scan -> store.artifacts(caller.tenantId(), scanId, kind)).map(texts -> {
            List<JsonNode> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                try {
                    out.add(ScanJson.mapper().readTree(t));
                } catch (IOException e) {
                    throw new IllegalStateException("stored artifact is not JSON", e);
                }
            }
            return out;
        });
    }
}
