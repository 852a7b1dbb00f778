package dev.aicoder.scan;

import java.util.UUID;

import dev.aicoder.analysis.ScanOptions;

/**
 * Adjusts a stored scan's options for its tenant just before the engine runs, on the worker thread (blocking is
 * allowed), e.g. to add the tenant's uploaded rule packs. Every CDI bean implementing it is applied, in no
 * particular order, so each hook should only add what it owns.
 */
public interface ScanOptionsHook {

    ScanOptions apply(UUID tenantId, ScanOptions options);
}
