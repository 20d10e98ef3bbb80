package dev.schemactl.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Objects;

/**
 * A UNIQUE constraint. {@code nullsNotDistinct}: PostgreSQL 15's UNIQUE NULLS NOT DISTINCT, under which two rows
 * with NULL in the same key columns collide (by default they do not). {@code include}: the non-key columns of
 * PostgreSQL's {@code UNIQUE (a) INCLUDE (b)}, in order (empty on the other engines); uniqueness is over the key only.
 * {@code keyOrder}: the key's place in its catalog's key order (MariaDB's creation order, which SHOW CREATE TABLE
 * shows), {@link #NO_KEY_ORDER} from sources without one. It is a rendering hint only (see
 * {@link Table#uniquesInKeyOrder()}): {@link #equals} and {@link #hashCode} ignore it, so two tables with the same
 * keys created in another order stay equal. {@code comment}: its {@code COMMENT ON CONSTRAINT} (PostgreSQL), null for
 * none; not the comment of an index (a unique index that is no constraint is an {@link Index} with its own).
 * {@code indexComment}: the {@code COMMENT ON INDEX} of the index behind the constraint (PostgreSQL; same name as the
 * constraint), null for none. {@code storage}: the storage parameters of the index behind it as written in
 * {@code WITH (...)} ({@code fillfactor=70, deduplicate_items=off}; PostgreSQL, its reloptions), null for none.
 * {@code withoutOverlaps}: the name of the table's {@link Period} the key is unique over without overlaps
 * ({@code UNIQUE (room_id, stay WITHOUT OVERLAPS)}, MariaDB), after {@code columns}; null for a plain key.
 * {@code ignored}: MariaDB's {@code IGNORED} of a key unique without overlaps (with a {@code COMMENT}, its
 * {@code indexComment}): MariaDB keys no other unique constraint with these options, which make it an {@link Index}.
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                               List<String> include, String comment, String indexComment, String storage,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String withoutOverlaps,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) boolean ignored,
                               @JsonIgnore int keyOrder) {
    public static final int NO_KEY_ORDER = Integer.MAX_VALUE;

    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = Deferral.orDefault(deferral);
        include = include == null ? List.of() : List.copyOf(include);
        if (storage != null && storage.isBlank()) storage = null;
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include, String comment, String indexComment, String storage, String withoutOverlaps,
                            int keyOrder) {
        this(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, withoutOverlaps, false, keyOrder);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include, String comment, String indexComment, String storage, int keyOrder) {
        this(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, null, keyOrder);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include, String comment, String indexComment, int keyOrder) {
        this(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, null, keyOrder);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include, String comment, int keyOrder) {
        this(name, columns, deferral, nullsNotDistinct, include, comment, null, keyOrder);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include, String comment, String indexComment) {
        this(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, NO_KEY_ORDER);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include, String comment) {
        this(name, columns, deferral, nullsNotDistinct, include, comment, (String) null);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include) {
        this(name, columns, deferral, nullsNotDistinct, include, null);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct) {
        this(name, columns, deferral, nullsNotDistinct, List.of());
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral) {
        this(name, columns, deferral, false);
    }

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral, nullsNotDistinct, include, comment, indexComment, storage, withoutOverlaps, ignored, keyOrder);
    }

    public UniqueConstraint withInclude(List<String> newInclude) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, newInclude, comment, indexComment, storage, withoutOverlaps, ignored, keyOrder);
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, withoutOverlaps, ignored, keyOrder);
    }

    public UniqueConstraint withComment(String newComment) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, newComment, indexComment, storage, withoutOverlaps, ignored, keyOrder);
    }

    public UniqueConstraint withIndexComment(String newIndexComment) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, comment, newIndexComment, storage, withoutOverlaps, ignored, keyOrder);
    }

    public UniqueConstraint withKeyOrder(int newKeyOrder) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, withoutOverlaps, ignored, newKeyOrder);
    }

    public UniqueConstraint withStorage(String newStorage) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, newStorage, withoutOverlaps, ignored, keyOrder);
    }

    public UniqueConstraint withWithoutOverlaps(String period) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, period, ignored, keyOrder);
    }

    public UniqueConstraint withIgnored(boolean newIgnored) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, withoutOverlaps, newIgnored, keyOrder);
    }

    /** " WITH (...)" of the storage parameters of the index behind it (PostgreSQL), "" when it has none. */
    public String storageSql() {
        return storage == null ? "" : " WITH (" + storage + ")";
    }

    /** " NULLS NOT DISTINCT" when set, else "" (PostgreSQL's spelling, after UNIQUE). */
    public String nullsSql() {
        return nullsNotDistinct ? " NULLS NOT DISTINCT" : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UniqueConstraint u && Objects.equals(name, u.name) && columns.equals(u.columns)
                && deferral == u.deferral && nullsNotDistinct == u.nullsNotDistinct && include.equals(u.include)
                && Objects.equals(comment, u.comment) && Objects.equals(indexComment, u.indexComment) && Objects.equals(storage, u.storage)
                && Objects.equals(withoutOverlaps, u.withoutOverlaps) && ignored == u.ignored;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, deferral, nullsNotDistinct, include, comment, indexComment, storage, withoutOverlaps, ignored);
    }
}
