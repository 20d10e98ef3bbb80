package dev.schemactl.schema;

import java.util.List;

/**
 * Primary key; compared by columns, never by name (engines and Hibernate invent names). {@code descending} names the
 * columns whose part is sorted DESC (MariaDB {@code PRIMARY KEY (id, at DESC)}), in key order; empty when all ascend.
 * {@code method} is the key's access method as for {@link Index#method}: null for the table's default, which is all
 * there is on most engines; on a MariaDB MEMORY table (default HASH) an explicit {@code btree}. {@code include} the
 * non-key columns of PostgreSQL's {@code PRIMARY KEY (a) INCLUDE (b)}, in order (empty on the other engines).
 * {@code comment}: its {@code COMMENT ON CONSTRAINT} (PostgreSQL), null for none. {@code prefixLengths} the
 * MariaDB/MySQL key prefix of each column in key order ({@code PRIMARY KEY (token(191))} on a TEXT column: the first
 * 191 characters), null where the whole column is the key; an empty list when no column has one.
 */
public record PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                         String comment, List<Integer> prefixLengths) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        descending = descending == null ? List.of() : columns.stream().filter(descending::contains).toList();
        if (method != null && method.isBlank()) method = null;
        include = include == null ? List.of() : List.copyOf(include);
        if (prefixLengths == null || prefixLengths.stream().allMatch(java.util.Objects::isNull)) {
            prefixLengths = List.of();
        } else if (prefixLengths.size() != columns.size()) {
            throw new IllegalArgumentException("a prefix length for each key column: " + columns + " " + prefixLengths);
        } else {
            prefixLengths = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(prefixLengths));
        }
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                      String comment) {
        this(name, columns, descending, method, include, comment, List.of());
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include) {
        this(name, columns, descending, method, include, null);
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method) {
        this(name, columns, descending, method, List.of());
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending) {
        this(name, columns, descending, null);
    }

    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, List.of());
    }

    public boolean isDescending(String column) {
        return descending.contains(column);
    }

    /** The key prefix of the column at {@code position} in key order, null for the whole column. */
    public Integer prefixLength(int position) {
        return prefixLengths.isEmpty() ? null : prefixLengths.get(position);
    }

    public PrimaryKey withPrefixLengths(List<Integer> newPrefixLengths) {
        return new PrimaryKey(name, columns, descending, method, include, comment, newPrefixLengths);
    }

    public PrimaryKey withMethod(String newMethod) {
        return new PrimaryKey(name, columns, descending, newMethod, include, comment, prefixLengths);
    }

    public PrimaryKey withInclude(List<String> newInclude) {
        return new PrimaryKey(name, columns, descending, method, newInclude, comment, prefixLengths);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, descending, method, include, comment, prefixLengths);
    }

    public PrimaryKey withComment(String newComment) {
        return new PrimaryKey(name, columns, descending, method, include, newComment, prefixLengths);
    }
}
