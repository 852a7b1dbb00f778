package com.acme.inventory.events;

/** Stock of an item changed. */
public record StockChanged(String sku, int onHand) {
}
