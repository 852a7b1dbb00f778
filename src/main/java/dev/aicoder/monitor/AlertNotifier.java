package dev.aicoder.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import dev.aicoder.platform.events.EventType;
import dev.aicoder.platform.events.PlatformEvent;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns threshold checks into alert state changes: an alert fires when its value goes above the threshold and
 * resolves when it is back under. Each change is logged (WARN / INFO), counted ({@code aicoder.alerts{alert,status}}),
 * reflected in {@code aicoder.alerts.active{alert}}, published on the event bus and delivered to the webhook.
 */
public final class AlertNotifier {

    private static final Logger LOG = Logger.getLogger(AlertNotifier.class);

    private final MeterRegistry registry;
    private final Consumer<PlatformEvent> bus;
    private final AlertWebhook webhook;
    private final String instance;
    private final Map<String, Alert> firing = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> active = new ConcurrentHashMap<>();

    public AlertNotifier(MeterRegistry registry, Consumer<PlatformEvent> bus, AlertWebhook webhook, String instance) {
        this.registry = registry;
        this.bus = bus;
        this.webhook = webhook;
        this.instance = instance;
    }

    public synchronized void update(List<AlertRules.Check> checks) {
        Instant now = Instant.now();
        for (AlertRules.Check check : checks) {
            gauge(check.alert());
            if (check.value() == null) {
                continue;
            }
            Alert current = firing.get(check.alert());
            if (check.breached() && current == null) {
                Alert alert = alert(check, Alert.FIRING, now, now);
                firing.put(check.alert(), alert);
                LOG.warnf("ALERT %s", alert.summary());
                notify(alert, EventType.ALERT_RAISED);
            } else if (!check.breached() && current != null) {
                firing.remove(check.alert());
                Alert alert = alert(check, Alert.RESOLVED, now, current.since());
                LOG.infof("ALERT %s", alert.summary());
                notify(alert, EventType.ALERT_RESOLVED);
            } else if (current != null) {
                firing.put(check.alert(), alert(check, Alert.FIRING, now, current.since()));
            }
        }
    }

    /** Alerts firing now. */
    public List<Alert> firing() {
        return List.copyOf(firing.values());
    }

    private void notify(Alert alert, EventType type) {
        registry.counter("aicoder.alerts", "alert", alert.alert(), "status", alert.status()).increment();
        active.get(alert.alert()).set(Alert.FIRING.equals(alert.status()) ? 1 : 0);
        bus.accept(PlatformEvent.of(type, null, alert.alert(), Map.of("alert", alert.alert(), "value",
                alert.value(), "threshold", alert.threshold(), "instance", instance)));
        if (webhook != null) {
            webhook.deliver(alert);
        }
    }

    private void gauge(String alert) {
        active.computeIfAbsent(alert, name -> registry.gauge("aicoder.alerts.active",
                io.micrometer.core.instrument.Tags.of("alert", name), new AtomicInteger()));
    }

    private Alert alert(AlertRules.Check check, String status, Instant at, Instant since) {
        return new Alert(check.alert(), status, check.value(), check.threshold(), check.unit(), check.detail(),
                instance, at, since);
    }
}
