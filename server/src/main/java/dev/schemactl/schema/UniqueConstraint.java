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
 * keys created in another order stay equal.
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                               List<String> include, @JsonIgnore int keyOrder) {
    public static final int NO_KEY_ORDER = Integer.MAX_VALUE;

    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = Deferral.orDefault(deferral);
        include = include == null ? List.of() : List.copyOf(include);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                            List<String> include) {
        this(name, columns, deferral, nullsNotDistinct, include, NO_KEY_ORDER);
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
        return new UniqueConstraint(name, newColumns, deferral, nullsNotDistinct, include, keyOrder);
    }

    public UniqueConstraint withInclude(List<String> newInclude) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, newInclude, keyOrder);
    }

    public UniqueConstraint withKeyOrder(int newKeyOrder) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, include, newKeyOrder);
    }

    /** " NULLS NOT DISTINCT" when set, else "" (PostgreSQL's spelling, after UNIQUE). */
    public String nullsSql() {
        return nullsNotDistinct ? " NULLS NOT DISTINCT" : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UniqueConstraint u && Objects.equals(name, u.name) && columns.equals(u.columns)
                && deferral == u.deferral && nullsNotDistinct == u.nullsNotDistinct && include.equals(u.include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, deferral, nullsNotDistinct, include);
    }
}
