package dev.schemactl.schema;

/**
 * A generated column's storage: computed on write and stored, or computed on read (MariaDB/MySQL VIRTUAL); or the row
 * start / row end column of a system-versioned table (MariaDB {@code GENERATED ALWAYS AS ROW START|END}, the two ends
 * of its {@code PERIOD FOR SYSTEM_TIME}), whose expression is {@code ROW START} / {@code ROW END} as the catalog says.
 */
public enum GeneratedKind {
    STORED, VIRTUAL, ROW_START, ROW_END;

    /** True for a system-versioning row start or row end column. */
    public boolean rowStartOrEnd() {
        return this == ROW_START || this == ROW_END;
    }
}
