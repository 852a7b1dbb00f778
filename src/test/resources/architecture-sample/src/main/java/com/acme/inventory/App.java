package com.acme.inventory;

import com.acme.inventory.events.EventPublisher;
import com.acme.inventory.events.ReorderHandler;
import com.acme.inventory.model.Item;
import com.acme.inventory.model.Stock;
import com.acme.inventory.persistence.InMemoryItemRepository;
import com.acme.inventory.service.InventoryService;
import com.acme.inventory.web.InventoryController;

/** Wires the application together. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        InMemoryItemRepository items = new InMemoryItemRepository();
        items.save(new Stock(new Item("A-1", "bolt", 5), 10));
        EventPublisher events = new EventPublisher();
        InventoryService inventory = new InventoryService(items, events);
        ReorderHandler reorder = new ReorderHandler(inventory, 20);
        events.register(reorder::on);
        System.out.println(new InventoryController(inventory).receive("A-1", "3"));
    }
}
