package dev.schemactl.schema;

import java.util.Objects;

/**
 * An application-time period of a table (SQL:2011 {@code PERIOD FOR name (start, end)}; MariaDB 10.5+): a name over two
 * columns of the same date or time type, whose rows must have {@code start < end}. A unique key may be unique
 * {@code WITHOUT OVERLAPS} of it ({@link UniqueConstraint#withoutOverlaps()}). Or, named {@link #SYSTEM_TIME}, the
 * system-time period of a system-versioned table over its explicit row start and row end columns (MariaDB 10.3+,
 * {@link GeneratedKind#ROW_START}, {@link GeneratedKind#ROW_END}); a table versioned without explicit columns has none.
 */
public record Period(String name, String start, String end) {
    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The name of the system-time period (written unquoted: {@code PERIOD FOR SYSTEM_TIME}). */
    public static final String SYSTEM_TIME = "SYSTEM_TIME";

    public static Period systemTime(String rowStart, String rowEnd) {
        return new Period(SYSTEM_TIME, rowStart, rowEnd);
    }

    public boolean isSystemTime() {
        return SYSTEM_TIME.equals(name);
    }

    public boolean uses(String column) {
        return start.equals(column) || end.equals(column);
    }
}
