package dev.schemactl.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Objects;

/**
 * A (non-constraint) index. Unique indexes that back a UNIQUE constraint are modelled as UniqueConstraint.
 * {@code method} is the access method (btree, hash, gin, gist, brin, spgist, ...), null for the table's
 * default: btree, except on a MariaDB MEMORY table, whose default is hash (there an explicit {@code btree} is a method;
 * an inspector reports its default as null); {@code predicate} the WHERE of a partial index (null for none); {@code include} the
 * non-key INCLUDE columns; {@code nullsNotDistinct} PostgreSQL 15's NULLS NOT DISTINCT of a unique index;
 * {@code storage} its storage parameters as written in {@code WITH (...)} ({@code fillfactor=70, deduplicate_items=off};
 * PostgreSQL), null for none; {@code comment} MariaDB/MySQL's {@code KEY ... COMMENT '...'} or PostgreSQL's
 * {@code COMMENT ON INDEX} (null for none); {@code ignored} MariaDB's {@code IGNORED} (the optimizer does not use the
 * index; it is still maintained). {@code keyOrder}: the index's place in its catalog's key order (MariaDB's creation
 * order, which SHOW CREATE TABLE shows, counted over the table's unique keys, indexes and foreign keys' own indexes
 * together, see {@link UniqueConstraint#keyOrder()} and {@link ForeignKey#keyOrder()}), {@link #NO_KEY_ORDER} from
 * sources without one. Like the unique constraints' it is a rendering hint only: {@link #equals} and {@link #hashCode}
 * ignore it, so two tables with the same keys created in another order stay equal.
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String method, String predicate,
                    List<String> include, boolean nullsNotDistinct, String storage, String comment, boolean ignored,
                    @JsonIgnore int keyOrder) {
    public static final int NO_KEY_ORDER = UniqueConstraint.NO_KEY_ORDER;

    public Index {
        columns = List.copyOf(columns);
        if (storage != null && storage.isBlank()) storage = null;
        include = include == null ? List.of() : List.copyOf(include);
        if (method != null && method.isBlank()) method = null;
        if (predicate != null && predicate.isBlank()) predicate = null;
        if (comment != null && comment.isEmpty()) comment = null;
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String method, String predicate,
                 List<String> include, boolean nullsNotDistinct, String storage, String comment, boolean ignored) {
        this(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored, NO_KEY_ORDER);
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
        return new Index(newName, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored, keyOrder);
    }

    public Index withColumns(List<IndexColumn> newColumns) {
        return new Index(name, newColumns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored, keyOrder);
    }

    public Index withMethod(String newMethod) {
        return new Index(name, columns, unique, newMethod, predicate, include, nullsNotDistinct, storage, comment, ignored, keyOrder);
    }

    public Index withStorage(String newStorage) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, newStorage, comment, ignored, keyOrder);
    }

    public Index withComment(String newComment) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, newComment, ignored, keyOrder);
    }

    public Index withIgnored(boolean newIgnored) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, newIgnored, keyOrder);
    }

    public Index withKeyOrder(int newKeyOrder) {
        return new Index(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored, newKeyOrder);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Index i && Objects.equals(name, i.name) && columns.equals(i.columns) && unique == i.unique
                && Objects.equals(method, i.method) && Objects.equals(predicate, i.predicate) && include.equals(i.include)
                && nullsNotDistinct == i.nullsNotDistinct && Objects.equals(storage, i.storage)
                && Objects.equals(comment, i.comment) && ignored == i.ignored;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, unique, method, predicate, include, nullsNotDistinct, storage, comment, ignored);
    }
}
