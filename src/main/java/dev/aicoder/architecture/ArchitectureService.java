package dev.aicoder.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.aicoder.analysis.architecture.ArchitectureReport;
import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;

/**
 * A scan's architecture report as the API serves it: the analyzer's report with each ranked suggestion stored
 * (so it gets an id and can be approved or rejected) and its decision merged in.
 */
@ApplicationScoped
public class ArchitectureService {

    static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");

    private final FinishedScans scans;
    private final SuggestionStore suggestions;
    private final Event<AuditEvent> audit;

    public ArchitectureService(FinishedScans scans, SuggestionStore suggestions, Event<AuditEvent> audit) {
        this.scans = scans;
        this.suggestions = suggestions;
        this.audit = audit;
    }

    public Uni<ObjectNode> report(Caller caller, UUID scanId) {
        return scans.artifacts(caller, scanId, ArchitectureReport.KIND).flatMap(found -> {
            if (found.isEmpty()) {
                throw new ApiException(404, "no-architecture-report", "Not found", "Scan " + scanId
                        + " has no architecture report: it did not analyse the maintainability category");
            }
            ObjectNode report = (ObjectNode) found.get(0);
            List<JsonNode> ranked = new ArrayList<>();
            report.path("suggestions").forEach(ranked::add);
            return suggestions.ensure(caller.tenantId(), scanId, ranked).map(stored -> {
                Map<String, SuggestionStore.Stored> byKey = new HashMap<>();
                stored.forEach(s -> byKey.put(s.key(), s));
                for (JsonNode s : ranked) {
                    SuggestionStore.Stored row = byKey.get(s.path("key").asText());
                    if (row != null) {
                        ((ObjectNode) s).put("id", row.id().toString()).put("status", row.status())
                                .put("reason", row.reason());
                    }
                }
                report.put("scan_id", scanId.toString());
                return report;
            });
        });
    }

    /** The caller's suggestions; those of {@code scanId} are stored first if its report was never read. */
    public Uni<Page<SuggestionView>> list(Caller caller, String status, UUID scanId, PageParams page) {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badRequest("invalid-status", "status must be pending, approved or rejected");
        }
        Uni<?> first = scanId == null ? Uni.createFrom().voidItem() : report(caller, scanId);
        return first.flatMap(x -> suggestions.list(caller.tenantId(), status, scanId, page))
                .map(p -> p.map(SuggestionView::of));
    }

    public Uni<SuggestionView> get(Caller caller, UUID id) {
        return suggestions.find(caller.tenantId(), id).map(found -> found.map(SuggestionView::of)
                .orElseThrow(() -> ApiException.notFound("Suggestion", id)));
    }

    public Uni<SuggestionView> decide(Caller caller, UUID id, String status, String reason) {
        if (reason != null && reason.length() > 2000) {
            throw ApiException.unprocessable("invalid-reason", "reason is longer than 2000 characters");
        }
        return suggestions.decide(caller.tenantId(), id, status, caller.userId(), reason)
                .map((Optional<SuggestionStore.Stored> found) -> {
                    SuggestionStore.Stored s = found.orElseThrow(() -> ApiException.notFound("Suggestion", id));
                    audit.fire(caller.event("suggestion." + status, s.key(), Map.of("scan_id", s.scanId().toString())));
                    return SuggestionView.of(s);
                });
    }
}
