package dev.schemactl.schema;

import java.util.Objects;

/**
 * An application-time period of a table (SQL:2011 {@code PERIOD FOR name (start, end)}; MariaDB 10.5+): a name over two
 * columns of the same date or time type, whose rows must have {@code start < end}. A unique key may be unique
 * {@code WITHOUT OVERLAPS} of it ({@link UniqueConstraint#withoutOverlaps()}).
 */
public record Period(String name, String start, String end) {
    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean uses(String column) {
        return start.equals(column) || end.equals(column);
    }
}
