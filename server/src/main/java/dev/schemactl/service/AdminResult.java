package dev.schemactl.service;

/** Outcome of create / drop / wait. */
public record AdminResult(String action, String database, boolean changed, String message) implements Result {
    @Override
    public String text() {
        return message + "\n";
    }
}
