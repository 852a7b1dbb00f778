package dev.aicoder.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * The in-process event bus. Publishers call {@link #publish}; subscribers either declare a CDI observer
 * ({@code void on(@Observes PlatformEvent e)}) or, when they come and go at run time (a WebSocket session),
 * {@link #subscribe} and close the returned handle.
 *
 * <p>Delivery is synchronous on the publisher's thread, which may be a Vert.x event loop: subscribers must not block
 * (hand blocking work to a worker). A failing subscriber is logged and never fails the publisher or the others.
 * The bus is per process; task events reach every replica because they travel through PostgreSQL
 * {@code NOTIFY} first (see {@code dev.aicoder.tasks.TaskEventListener}).
 */
@ApplicationScoped
public class EventBus {

    private static final Logger LOG = Logger.getLogger(EventBus.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Inject
    Event<PlatformEvent> observers;

    public void publish(PlatformEvent event) {
        for (Listener listener : listeners) {
            listener.deliver(event);
        }
        try {
            observers.fire(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "An observer of %s failed", event.type());
        }
    }

    /** Delivers every later event that matches {@code filter} to {@code consumer} until the handle is closed. */
    public Subscription subscribe(Predicate<PlatformEvent> filter, Consumer<PlatformEvent> consumer) {
        Listener listener = new Listener(filter, consumer);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Number of dynamic subscriptions (WebSocket sessions and the like). */
    public int subscriptions() {
        return listeners.size();
    }

    /** Stops a {@link #subscribe} delivery; closing twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Listener(Predicate<PlatformEvent> filter, Consumer<PlatformEvent> consumer) {
        void deliver(PlatformEvent event) {
            try {
                if (filter.test(event)) {
                    consumer.accept(event);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "A subscriber of %s failed", event.type());
            }
        }
    }
}
