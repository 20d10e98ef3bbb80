package dev.schemactl.engine;

import dev.schemactl.schema.ColumnType;

/**
 * One engine's type vocabulary. {@link #parse} accepts both the catalog's spelling and the DDL spelling
 * Hibernate's dialect writes (so inspected and desired columns normalize the same way);
 * {@link #format} writes the DDL spelling for a normalized type.
 */
public interface TypeNames {
    ColumnType parse(String spelling);

    String format(ColumnType type);
}
