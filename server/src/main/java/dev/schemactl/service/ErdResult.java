package dev.schemactl.service;

/**
 * A schema diagram: what it draws ({@code source}: "models ...", a database, "sql FILE"), how many tables, in which
 * format, and the diagram itself.
 */
public record ErdResult(String source, int tables, String format, String diagram) implements Result {
    @Override
    public String text() {
        return diagram.endsWith("\n") ? diagram : diagram + "\n";
    }
}
