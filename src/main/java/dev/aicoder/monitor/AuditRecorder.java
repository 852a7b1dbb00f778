package dev.aicoder.monitor;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.logging.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Persists every {@link AuditEvent} fired anywhere in the application into the append-only {@code audit_log}.
 * The write is asynchronous (observers may run on the event loop) and retried through short database outages;
 * a write that still fails is logged and counted ({@code aicoder.audit.write.failures}), never thrown at the
 * action that was audited. Values are passed through the secret redactor as a last line of defence.
 */
@ApplicationScoped
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    private static final String INSERT = """
            INSERT INTO audit_log (id, tenant_id, actor_id, actor, action, target, outcome, details, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";

    private final Pool pool;
    private final MeterRegistry registry;

    public AuditRecorder(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
    }

    void record(@Observes AuditEvent event) {
        Map<String, Object> details = new HashMap<>();
        if (event.details() != null) {
            event.details().forEach((k, v) -> details.put(k, Redactor.redact(v)));
        }
        Tuple row = Tuple.from(new Object[] {UUID.randomUUID(), event.tenantId(), event.actorId(),
                clip(Redactor.redact(event.actor()), 320), clip(event.action(), 100),
                clip(Redactor.redact(event.target()), 500), clip(event.outcome(), 16), new JsonObject(details),
                event.at().atOffset(ZoneOffset.UTC)});
        pool.preparedQuery(INSERT).execute(row)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(6)
                .subscribe().with(
                        ok -> registry.counter("aicoder.audit.events", "outcome", event.outcome()).increment(),
                        failure -> {
                            registry.counter("aicoder.audit.write.failures").increment();
                            LOG.errorf("Audit entry %s by %s in tenant %s was not stored: %s", event.action(),
                                    event.actorId(), event.tenantId(), failure.toString());
                        });
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
