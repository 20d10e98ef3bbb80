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
 * {@code prefixes}: MariaDB's key prefix length of each part ({@code PRIMARY KEY (k(100))}, STATISTICS.SUB_PART),
 * aligned with {@code columns}, null for a whole column; empty when no part has one (so a rename of a column keeps its
 * part's prefix). {@code storage}: the storage parameters of the index behind it as written in {@code WITH (...)}
 * ({@code fillfactor=80}; PostgreSQL, its reloptions), null for none.
 */
public record PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                         String comment, String indexComment, List<Integer> prefixes, String storage) {
    public PrimaryKey {
        if (storage != null && storage.isBlank()) storage = null;
        columns = List.copyOf(columns);
        descending = descending == null ? List.of() : columns.stream().filter(descending::contains).toList();
        if (method != null && method.isBlank()) method = null;
        include = include == null ? List.of() : List.copyOf(include);
        prefixes = prefixes == null || prefixes.size() != columns.size() || prefixes.stream().allMatch(java.util.Objects::isNull)
                ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(prefixes));
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                      String comment, String indexComment, List<Integer> prefixes) {
        this(name, columns, descending, method, include, comment, indexComment, prefixes, null);
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                      String comment, String indexComment) {
        this(name, columns, descending, method, include, comment, indexComment, List.of());
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                      String comment, List<Integer> prefixes) {
        this(name, columns, descending, method, include, comment, null, prefixes);
    }

    public PrimaryKey(String name, List<String> columns, List<String> descending, String method, List<String> include,
                      String comment) {
        this(name, columns, descending, method, include, comment, null, List.of());
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

    /** The key prefix length of part {@code i}, or null for the whole column. */
    public Integer prefix(int i) {
        return prefixes.isEmpty() ? null : prefixes.get(i);
    }

    public PrimaryKey withPrefixes(List<Integer> newPrefixes) {
        return new PrimaryKey(name, columns, descending, method, include, comment, indexComment, newPrefixes, storage);
    }

    public boolean isDescending(String column) {
        return descending.contains(column);
    }

    public PrimaryKey withMethod(String newMethod) {
        return new PrimaryKey(name, columns, descending, newMethod, include, comment, indexComment, prefixes, storage);
    }

    public PrimaryKey withInclude(List<String> newInclude) {
        return new PrimaryKey(name, columns, descending, method, newInclude, comment, indexComment, prefixes, storage);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, descending, method, include, comment, indexComment, prefixes, storage);
    }

    public PrimaryKey withIndexComment(String newIndexComment) {
        return new PrimaryKey(name, columns, descending, method, include, comment, newIndexComment, prefixes, storage);
    }

    public PrimaryKey withStorage(String newStorage) {
        return new PrimaryKey(name, columns, descending, method, include, comment, indexComment, prefixes, newStorage);
    }

    /** " WITH (...)" of the storage parameters of the index behind it (PostgreSQL), "" when it has none. */
    public String storageSql() {
        return storage == null ? "" : " WITH (" + storage + ")";
    }

    public PrimaryKey withComment(String newComment) {
        return new PrimaryKey(name, columns, descending, method, include, newComment, indexComment, prefixes, storage);
    }
}
