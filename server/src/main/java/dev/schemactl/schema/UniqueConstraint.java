package dev.schemactl.schema;

import java.util.List;

/**
 * A UNIQUE constraint. {@code nullsNotDistinct}: PostgreSQL 15's UNIQUE NULLS NOT DISTINCT, under which two rows
 * with NULL in the same key columns collide (by default they do not).
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral, boolean nullsNotDistinct) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = Deferral.orDefault(deferral);
    }

    public UniqueConstraint(String name, List<String> columns, Deferral deferral) {
        this(name, columns, deferral, false);
    }

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral, nullsNotDistinct);
    }

    /** " NULLS NOT DISTINCT" when set, else "" (PostgreSQL's spelling, after UNIQUE). */
    public String nullsSql() {
        return nullsNotDistinct ? " NULLS NOT DISTINCT" : "";
    }
}
