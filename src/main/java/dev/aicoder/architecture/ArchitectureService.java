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
import dev.aicoder.review.SuggestionExplanations;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A scan's architecture report as the API serves it: the analyzer's report with each ranked suggestion stored
 * (so it gets an id and can be approved or rejected), its decision merged in, and, when the tenant has an LLM,
 * its explanation written by a model from the evidence ({@code explanation_by} names the model, or
 * {@code template}).
 */
@ApplicationScoped
public class ArchitectureService {

    static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");

    private final FinishedScans scans;
    private final SuggestionStore suggestions;
    private final Event<AuditEvent> audit;
    private final SuggestionExplanations explanations;

    public ArchitectureService(FinishedScans scans, SuggestionStore suggestions, Event<AuditEvent> audit,
            SuggestionExplanations explanations) {
        this.scans = scans;
        this.suggestions = suggestions;
        this.audit = audit;
        this.explanations = explanations;
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
            return suggestions.ensure(caller.tenantId(), scanId, ranked)
                    .flatMap(stored -> explainByModel(caller, stored)).map(explained -> {
                        Map<String, SuggestionStore.Stored> byKey = new HashMap<>();
                        explained.stored().forEach(s -> byKey.put(s.key(), s));
                        for (JsonNode s : ranked) {
                            SuggestionStore.Stored row = byKey.get(s.path("key").asText());
                            if (row != null) {
                                merge((ObjectNode) s, row);
                            }
                        }
                        report.put("scan_id", scanId.toString());
                        if (explained.notice() != null) {
                            report.put("explanations_notice", explained.notice());
                        }
                        return report;
                    });
        });
    }

    private record Explained(List<SuggestionStore.Stored> stored, String notice) {
    }

    /**
     * The first {@link SuggestionExplanations#BATCH} suggestions not yet explained by a model are, when the tenant
     * has one, explained in one call and the explanations stored, so a report is paid for once.
     */
    private Uni<Explained> explainByModel(Caller caller, List<SuggestionStore.Stored> stored) {
        List<SuggestionStore.Stored> pending = stored.stream()
                .filter(s -> !SuggestionStore.json(s.content()).has("explanation_by"))
                .limit(SuggestionExplanations.BATCH).toList();
        if (pending.isEmpty()) {
            return Uni.createFrom().item(new Explained(stored, null));
        }
        UUID tenantId = caller.tenantId();
        return Uni.createFrom().item(() -> explanations.explain(caller, null,
                pending.stream().map(s -> SuggestionStore.json(s.content())).toList()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(written -> {
                    if (written.byKey().isEmpty()) {
                        return Uni.createFrom().item(new Explained(stored, written.notice()));
                    }
                    List<Uni<Void>> updates = pending.stream().filter(s -> written.byKey().containsKey(s.key()))
                            .map(s -> suggestions.explained(tenantId, s.id(), written.byKey().get(s.key()),
                                    written.model()))
                            .toList();
                    return Uni.join().all(updates).andFailFast()
                            .flatMap(x -> suggestions.forScan(tenantId, stored.get(0).scanId()))
                            .map(again -> new Explained(again, null));
                });
    }

    private static void merge(ObjectNode s, SuggestionStore.Stored row) {
        s.put("id", row.id().toString()).put("status", row.status()).put("reason", row.reason());
        JsonNode content = SuggestionStore.json(row.content());
        if (content.has("explanation_by")) {
            s.put("explanation", content.path("explanation").asText())
                    .put("explanation_by", content.path("explanation_by").asText());
        } else {
            s.put("explanation_by", "template");
        }
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
