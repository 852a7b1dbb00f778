package com.acme.inventory.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.acme.inventory.model.Stock;
import com.acme.inventory.service.ItemRepository;

/** Stock kept in a map. */
public class InMemoryItemRepository implements ItemRepository {

    private final Map<String, Stock> stock = new HashMap<>();

    @Override
    public Optional<Stock> find(String sku) {
        return Optional.ofNullable(stock.get(sku));
    }

    @Override
    public void save(Stock s) {
        stock.put(s.item().sku(), s);
    }
}
