package com.acme.inventory.service;

import java.util.Optional;

import com.acme.inventory.model.Stock;

/** Where stock is kept; implemented by the persistence package. */
public interface ItemRepository {

    Optional<Stock> find(String sku);

    void save(Stock stock);
}
