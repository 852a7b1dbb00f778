package com.acme.inventory.model;

/** How many units of an item are on hand. */
public final class Stock {

    private final Item item;
    private int onHand;

    public Stock(Item item, int onHand) {
        this.item = item;
        this.onHand = onHand;
    }

    public Item item() {
        return item;
    }

    public int onHand() {
        return onHand;
    }

    public void add(int units) {
        onHand += units;
    }

    public boolean belowReorderLevel() {
        return onHand < item.reorderLevel();
    }
}
