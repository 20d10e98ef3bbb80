package dev.schemactl.schema;

import java.util.List;

/**
 * Primary key; compared by columns, never by name (engines and Hibernate invent names). {@code descending} names the
 * columns whose part is sorted DESC (MariaDB {@code PRIMARY KEY (id, at DESC)}), in key order; empty when all ascend.
 */
public record PrimaryKey(String name, List<String> columns, List<String> descending) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        descending = descending == null ? List.of() : columns.stream().filter(descending::contains).toList();
    }

    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, List.of());
    }

    public boolean isDescending(String column) {
        return descending.contains(column);
    }
}
