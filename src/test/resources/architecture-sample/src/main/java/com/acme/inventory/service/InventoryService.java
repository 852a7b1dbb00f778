package com.acme.inventory.service;

import com.acme.inventory.events.EventPublisher;
import com.acme.inventory.events.StockChanged;
import com.acme.inventory.model.Stock;

/** Receives and ships stock, and tells the rest of the system about it. */
public class InventoryService {

    private final ItemRepository items;
    private final EventPublisher events;

    public InventoryService(ItemRepository items, EventPublisher events) {
        this.items = items;
        this.events = events;
    }

    public Stock receive(String sku, int units) {
        Stock stock = items.find(sku).orElseThrow(() -> new IllegalArgumentException("unknown sku " + sku));
        stock.add(units);
        items.save(stock);
        events.publish(new StockChanged(sku, stock.onHand()));
        return stock;
    }

    public Stock ship(String sku, int units) {
        return receive(sku, -units);
    }

    public void reorder(String sku, int units) {
        receive(sku, units);
    }

    public String report(java.util.List<Stock> stocks) {
        String out = "";
        for (Stock s : stocks) {
            out += s.item().sku() + "=" + s.onHand() + "\n";
        }
        return out;
    }
}
