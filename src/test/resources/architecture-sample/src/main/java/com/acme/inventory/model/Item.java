package com.acme.inventory.model;

/** A stock keeping unit. */
public record Item(String sku, String name, int reorderLevel) {
}
