package dev.schemactl.schema;

import java.util.List;

/** A (non-constraint) index. Unique indexes that back a UNIQUE constraint are modelled as UniqueConstraint. */
public record Index(String name, List<IndexColumn> columns, boolean unique) {
    public Index {
        columns = List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::name).toList();
    }
}
