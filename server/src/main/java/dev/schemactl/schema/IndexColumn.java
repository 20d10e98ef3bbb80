package dev.schemactl.schema;

public record IndexColumn(String name, boolean descending) {
    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }
}
