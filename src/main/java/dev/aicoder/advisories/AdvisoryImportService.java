package dev.aicoder.advisories;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;

import dev.aicoder.analysis.security.deps.osv.OsvFiles;
import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;

/**
 * Imports OSV advisories from an uploaded JSON document or zip archive, offline: parses on the calling (worker)
 * thread, then writes in batches. Blocking by design; the resource runs it off the event loop.
 */
@ApplicationScoped
public class AdvisoryImportService {

    /** The outcome of one import. */
    public record ImportResult(int received, int imported, int unchanged, int invalid, List<String> errors) {
    }

    @Inject
    AdvisoryStore store;

    @Inject
    AdvisoryConfig config;

    @Inject
    Event<AuditEvent> audit;

    public ImportResult importAdvisories(Caller caller, InputStream body) {
        AdvisoryConfig.Import limits = config.importing();
        OsvFiles.Result parsed;
        try {
            parsed = OsvFiles.read(body, new OsvFiles.Limits(limits.maxBytes(), limits.maxEntryBytes(),
                    limits.maxEntries()));
        } catch (IOException e) {
            throw ApiException.badRequest("osv-import-rejected", e.getMessage());
        }
        if (parsed.advisories().isEmpty()) {
            throw ApiException.unprocessable("osv-import-empty", "no valid OSV advisory in the upload"
                    + (parsed.errors().isEmpty() ? "" : ": " + String.join("; ", parsed.errors().subList(0,
                            Math.min(5, parsed.errors().size())))));
        }
        List<OsvFiles.Parsed> all = parsed.advisories();
        int imported = 0;
        for (int from = 0; from < all.size(); from += limits.batchSize()) {
            imported += store.upsert(all.subList(from, Math.min(all.size(), from + limits.batchSize()))).await()
                    .indefinitely();
        }
        ImportResult result = new ImportResult(all.size(), imported, all.size() - imported, parsed.errorCount(),
                parsed.errors());
        Log.infof("OSV import by %s: %d received, %d imported, %d invalid", caller.name(), result.received(),
                imported, result.invalid());
        audit.fire(caller.event("advisories.import", "osv", Map.of("received", String.valueOf(result.received()),
                "imported", String.valueOf(imported), "invalid", String.valueOf(result.invalid()))));
        return result;
    }
}
