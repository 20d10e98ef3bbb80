package dev.schemactl.service;

/** A migration file written by `new` (path null when there was nothing to write). */
public record NewMigrationResult(String path, String version, String content, String message) implements Result {
    @Override
    public String text() {
        return message + "\n";
    }
}
