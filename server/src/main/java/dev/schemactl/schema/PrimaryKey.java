package dev.schemactl.schema;

import java.util.List;

/**
 * Primary key; compared by columns, never by name (engines and Hibernate invent names). {@code descending} names the
 * columns whose part is sorted DESC (MariaDB {@code PRIMARY KEY (id, at DESC)}), in key order; empty when all ascend.
 * {@code method} is the key's access method as for {@link Index#method}: null for the table's default, which is all
 * there is on most engines; on a MariaDB MEMORY table (default HASH) an explicit {@code btree}. {@code include} the
 * non-key columns of PostgreSQL's {@code PRIMARY KEY (a) INCLUDE (b)}, in order (empty on the other engines).
 * {@code comment}: its {@code COMMENT ON CONSTRAINT} (PostgreSQL), null for none. {@code indexComment}: the
 * {@code COMMENT ON INDEX} of the index behind it (PostgreSQL; same name as the constraint), null for none.
 */
public record PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                         String comment, String indexComment) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        descending = descending == null ? List.of() : columns.stream().filter(descending::contains).toList();
        if (method != null && method.isBlank()) method = null;
        include = include == null ? List.of() : List.copyOf(include);
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                      String comment) {
        this(name, columns, descending, method, include, comment, null);
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

    public PrimaryKey withMethod(String newMethod) {
        return new PrimaryKey(name, columns, descending, newMethod, include, comment, indexComment);
    }

    public PrimaryKey withInclude(List<String> newInclude) {
        return new PrimaryKey(name, columns, descending, method, newInclude, comment, indexComment);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, descending, method, include, comment, indexComment);
    }

    public PrimaryKey withIndexComment(String newIndexComment) {
        return new PrimaryKey(name, columns, descending, method, include, comment, newIndexComment);
    }

    public PrimaryKey withComment(String newComment) {
        return new PrimaryKey(name, columns, descending, method, include, newComment, indexComment);
    }
}
