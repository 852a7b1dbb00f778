package com.acme.inventory.web;

import com.acme.inventory.model.Stock;
import com.acme.inventory.service.InventoryService;

/** The HTTP face of the inventory. */
public class InventoryController {

    private final InventoryService inventory;

    public InventoryController(InventoryService inventory) {
        this.inventory = inventory;
    }

    public String receive(String sku, String units) {
        Stock s = inventory.receive(sku, Integer.parseInt(units));
        return s.item().sku() + "=" + s.onHand();
    }

    public String page(java.util.List<Stock> stocks) {
        String out = "";
        for (Stock s : stocks) {
            out += s.item().sku() + "=" + s.onHand() + "\n";
        }
        return out;
    }
}
