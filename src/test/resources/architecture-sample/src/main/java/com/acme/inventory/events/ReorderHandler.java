package com.acme.inventory.events;

import com.acme.inventory.service.InventoryService;

/** Orders more of an item when its stock runs low. */
public class ReorderHandler {

    private final InventoryService inventory;
    private final int batch;

    public ReorderHandler(InventoryService inventory, int batch) {
        this.inventory = inventory;
        this.batch = batch;
    }

    public void on(StockChanged event) {
        if (event.onHand() < 5) {
            inventory.reorder(event.sku(), batch);
        }
    }
}
