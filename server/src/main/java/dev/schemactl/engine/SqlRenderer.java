package dev.schemactl.engine;

/**
 * Turns diff Changes into this engine's SQL (forward and rollback), quoting identifiers and naming
 * types the engine's way. Filled in by the diff engine work.
 */
public interface SqlRenderer {
}
