package dev.schemactl.service;

/** A written schema file. */
public record DumpResult(String path, int tables, int appliedMigrations, String content) implements Result {
    @Override
    public String text() {
        return path == null ? content : "wrote " + path + " (" + tables + " tables, " + appliedMigrations + " applied migrations)\n";
    }
}
