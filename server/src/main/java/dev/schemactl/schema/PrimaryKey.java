package dev.schemactl.schema;

import java.util.List;

/** Primary key; compared by columns, never by name (engines and Hibernate invent names). */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
