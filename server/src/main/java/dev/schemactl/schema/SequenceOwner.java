package dev.schemactl.schema;

import java.util.Objects;

/**
 * The column a sequence is {@code OWNED BY} (PostgreSQL): dropping the column or its table drops the sequence. The
 * table is in the sequence's schema (PostgreSQL requires it).
 */
public record SequenceOwner(String table, String column) {

    public SequenceOwner {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
