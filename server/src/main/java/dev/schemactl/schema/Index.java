package dev.schemactl.schema;

import java.util.List;

/**
 * A (non-constraint) index. Unique indexes that back a UNIQUE constraint are modelled as UniqueConstraint.
 * {@code method} is the access method (btree, hash, gin, gist, brin, spgist, ...), null for the table's
 * default: btree, except on a MariaDB MEMORY table, whose default is hash (there an explicit {@code btree} is a method;
 * an inspector reports its default as null); {@code predicate} the WHERE of a partial index (null for none); {@code include} the
 * non-key INCLUDE columns; {@code nullsNotDistinct} PostgreSQL 15's NULLS NOT DISTINCT of a unique index;
 * {@code storage} its storage parameters as written in {@code WITH (...)} ({@code fillfactor=70, deduplicate_items=off};
 * PostgreSQL), null for none; {@code comment} MariaDB/MySQL's {@code KEY ... COMMENT '...'} or PostgreSQL's
 * {@code COMMENT ON INDEX} (null for none); {@code ignored} MariaDB's {@code IGNORED} (the optimizer does not use the
 * index; it is still maintained).
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String method, String predicate,
                    List<String> include, boolean nullsNotDistinct, String storage, String comment, boolean ignored) {
    public Index {
        columns = List.copyOf(columns);
        if (storage != null && storage.isBlank()) storage = null;
        include = include == null ? List.of() : List.copyOf(include);
        if (method != null && method.isBlank()) method = null;
        if (predicate != null && predicate.isBlank()) predicate = null;
        if (comment != null && comment.isEmpty()) comment = null;
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String method, String predicate,
                 List<String> include, boolean nullsNotDistinct) {
        this(name, columns, unique, method, predicate, include, nullsNotDistinct, null, null, false);
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String method, String predicate, List<String> include) {
        this(name, columns, unique, method, predicate, include, false);
    }

    public Index(String name, List<IndexColumn> columns, boolean unique) {
        this(name, columns, unique, null, null, List.of());
    }

    /** Column names of the keys (the expression text for expression keys). */
    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::key).toList();
    }

    /** Each key's statistics target ({@link IndexColumn#statistics()}), null for the default. */
    public List<Integer> keyStatistics() {
        return columns.stream().map(IndexColumn::statistics).toList();
    }

    public Index withKeyStatistics(List<Integer> targets) {
        List<IndexColumn> keys = new java.util.ArrayList<>();
        for (int k = 0; k < columns.size(); k++) keys.add(columns.get(k).withStatistics(k < targets.size() ? targets.get(k) : null));
        return withColumns(keys);
    }

    public Index withName(String newName) {
        return new Index(newName, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored);
    }

    public Index withColumns(List<IndexColumn> newColumns) {
        return new Index(name, newColumns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored);
    }

    public Index withMethod(String newMethod) {
        return new Index(name, columns, unique, newMethod, predicate, include, nullsNotDistinct, storage, comment, ignored);
    }

    public Index withStorage(String newStorage) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, newStorage, comment, ignored);
    }

    public Index withComment(String newComment) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, newComment, ignored);
    }

    public Index withIgnored(boolean newIgnored) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, newIgnored);
    }
}
