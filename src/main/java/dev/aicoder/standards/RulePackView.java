package dev.aicoder.standards;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A tenant's rule pack as the API shows it; {@code content} is the YAML as uploaded. */
public record RulePackView(UUID id, String name, String language, List<String> rules, String sha256,
        OffsetDateTime createdAt, String content) {

    static RulePackView of(RulePackStore.Pack p) {
        return new RulePackView(p.id(), p.name(), p.language(), p.ruleIds(), p.sha256(), p.createdAt(), p.content());
    }

    /** JSON upload: the pack's name, its default language (unless the file says {@code languages:}) and YAML. */
    public record Upload(String name, String language, String yaml) {
    }
}
