package dev.aicoder.architecture;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A refactoring suggestion with its decision. {@code suggestion} is the suggestion as the architecture report
 * has it (title, rationale, evidence, steps, effort, explanation...).
 */
public record SuggestionView(UUID id, UUID scanId, String key, int rank, String kind, String target, String title,
        String status, String reason, UUID decidedBy, OffsetDateTime decidedAt, OffsetDateTime createdAt,
        JsonNode suggestion) {

    static SuggestionView of(SuggestionStore.Stored s) {
        return new SuggestionView(s.id(), s.scanId(), s.key(), s.rank(), s.kind(), s.target(), s.title(), s.status(),
                s.reason(), s.decidedBy(), s.decidedAt(), s.createdAt(), SuggestionStore.json(s.content()));
    }

    /** Body of approve and reject: an optional reason, kept with the decision. */
    public record Decision(String reason) {
    }
}
