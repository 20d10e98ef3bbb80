package dev.schemactl.schema;

import java.util.List;

/**
 * A UNIQUE constraint. {@code nullsNotDistinct}: PostgreSQL 15's UNIQUE NULLS NOT DISTINCT, under which two rows
 * with NULL in the same key columns collide (by default they do not). {@code include}: the non-key columns of
 * PostgreSQL's {@code UNIQUE (a) INCLUDE (b)}, in order (empty on the other engines); uniqueness is over the key only.
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct,
                               List<String> include) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = Deferral.orDefault(deferral);
        include = include == null ? List.of() : List.copyOf(include);
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
        return new UniqueConstraint(name, newColumns, deferral, nullsNotDistinct, include);
    }

    public UniqueConstraint withInclude(List<String> newInclude) {
        return new UniqueConstraint(name, columns, deferral, nullsNotDistinct, newInclude);
    }

    /** " NULLS NOT DISTINCT" when set, else "" (PostgreSQL's spelling, after UNIQUE). */
    public String nullsSql() {
        return nullsNotDistinct ? " NULLS NOT DISTINCT" : "";
    }
}
