package com.acme.inventory.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Hands events to the handlers registered for them. */
public class EventPublisher {

    private final List<Consumer<StockChanged>> handlers = new ArrayList<>();

    public void register(Consumer<StockChanged> handler) {
        handlers.add(handler);
    }

    public void publish(StockChanged event) {
        handlers.forEach(h -> h.accept(event));
    }
}
