package dev.aicoder.standards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import dev.aicoder.analysis.quality.rules.InvalidRulesException;
import dev.aicoder.analysis.quality.rules.RuleDefinition;
import dev.aicoder.analysis.quality.rules.RulePacks;
import dev.aicoder.analysis.quality.rules.RuleProblem;
import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.error.ProblemDetail;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.source.Language;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Tenants' custom rule packs: an upload is accepted only when it parses, every query or regex compiles, every
 * example behaves and no rule id clashes with a built-in rule or another of the tenant's packs; otherwise a 422
 * names each rule and what failed.
 */
@ApplicationScoped
public class RulePackService {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_PACKS = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static volatile Set<String> builtinIds;

    private final RulePackStore store;
    private final Event<AuditEvent> audit;

    public RulePackService(RulePackStore store, Event<AuditEvent> audit) {
        this.store = store;
        this.audit = audit;
    }

    public Uni<RulePackView> upload(Caller caller, String name, String language, String yaml) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiException.unprocessable("invalid-rule-pack-name", "name must be 1-100 letters, digits, '.', "
                    + "'_' or '-', starting with a letter or digit");
        }
        if (yaml == null || yaml.isBlank()) {
            throw ApiException.unprocessable("invalid-rule-pack", "the rule pack is empty");
        }
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiException.unprocessable("rule-pack-too-large", "a rule pack may hold at most " + MAX_BYTES
                    + " bytes");
        }
        Language lang = language(language);
        return store.list(caller.tenantId()).flatMap(existing -> {
            if (existing.stream().anyMatch(p -> p.name().equals(name))) {
                throw ApiException.conflict("rule-pack-exists", "A rule pack named '" + name
                        + "' exists; delete it first to replace it");
            }
            if (existing.size() >= MAX_PACKS) {
                throw ApiException.unprocessable("too-many-rule-packs", "at most " + MAX_PACKS + " rule packs");
            }
            return Uni.createFrom().item(() -> validate(name, lang, yaml, existing))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }).flatMap(rules -> store.insert(new RulePackStore.Pack(UUID.randomUUID(), caller.tenantId(), name,
                lang == null ? null : lang.id(), rules.stream().map(RuleDefinition::id).toList(), yaml, sha256(yaml),
                caller.userId(), null)))
                .invoke(p -> audit.fire(caller.event("rule_pack.created", p.name(),
                        Map.of("rules", String.join(",", p.ruleIds())))))
                .map(RulePackView::of);
    }

    public Uni<List<RulePackView>> list(Caller caller) {
        return store.list(caller.tenantId()).map(all -> all.stream().map(RulePackView::of).toList());
    }

    public Uni<RulePackView> get(Caller caller, UUID id) {
        return store.find(caller.tenantId(), id).map(found -> found.stream().findFirst().map(RulePackView::of)
                .orElseThrow(() -> ApiException.notFound("Rule pack", id)));
    }

    public Uni<Void> delete(Caller caller, UUID id) {
        return store.delete(caller.tenantId(), id).map(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Rule pack", id);
            }
            audit.fire(caller.event("rule_pack.deleted", id.toString(), Map.of()));
            return null;
        });
    }

    private static Language language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        try {
            return Language.of(language.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("unknown-language", "unknown language '" + language + "'");
        }
    }

    static List<RuleDefinition> validate(String name, Language language, String yaml,
            List<RulePackStore.Pack> others) {
        String file = name + ".yml";
        List<RuleDefinition> rules;
        try {
            rules = RulePacks.parse(file, yaml, language);
        } catch (InvalidRulesException e) {
            throw invalid(e.problems());
        }
        if (rules.isEmpty()) {
            throw invalid(List.of(new RuleProblem(file, null, "the pack has no rules")));
        }
        Map<String, String> taken = new HashMap<>();
        builtinIds().forEach(id -> taken.put(id, "the built-in rules"));
        others.forEach(p -> p.ruleIds().forEach(id -> taken.put(id, "rule pack '" + p.name() + "'")));
        List<RuleProblem> clashes = new ArrayList<>();
        for (RuleDefinition r : rules) {
            if (taken.containsKey(r.id())) {
                clashes.add(new RuleProblem(file, r.id(), "id already used in " + taken.get(r.id())));
            }
        }
        if (!clashes.isEmpty()) {
            throw invalid(clashes);
        }
        return rules;
    }

    private static ApiException invalid(List<RuleProblem> problems) {
        List<ProblemDetail.FieldError> errors = problems.stream()
                .map(p -> new ProblemDetail.FieldError(p.ruleId() == null ? p.file() : p.ruleId(), p.message()))
                .toList();
        RuleProblem first = problems.get(0);
        String detail = (first.ruleId() == null ? first.file() : "rule " + first.ruleId()) + ": " + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s), see errors)" : "");
        return new ApiException(422, "invalid-rule-pack", "Invalid rule pack", detail, errors, null);
    }

    private static Set<String> builtinIds() {
        Set<String> ids = builtinIds;
        if (ids == null) {
            ids = RulePacks.builtin().rules().stream().map(RuleDefinition::id).collect(Collectors.toSet());
            builtinIds = ids;
        }
        return ids;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
