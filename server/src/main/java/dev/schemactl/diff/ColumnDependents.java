package dev.schemactl.diff;

import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;

/**
 * The keys, indexes, checks and foreign keys that stand on one column when a step runs (definitions as the database
 * has them then): what dropping the column takes with it, and what re-adding it must recreate. {@code primaryKey} is
 * null when the table's primary key does not use the column; {@code referencedBy} are other tables' foreign keys onto
 * it, which must go before the column can be dropped.
 */
public record ColumnDependents(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<Index> indexes,
                               List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Change.AddForeignKey> referencedBy) {

    public static final ColumnDependents NONE = new ColumnDependents(null, List.of(), List.of(), List.of(), List.of(), List.of());

    public ColumnDependents {
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        referencedBy = List.copyOf(referencedBy);
    }
}
