package dev.schemactl.schema;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table. {@code name} keeps its exact case; {@code schema} is null for the configured default schema
 * (e.g. {@code public}) and names another schema otherwise; {@code collation} is the table's default collation
 * when it is not the database's (MariaDB/MySQL; it implies the default character set), null otherwise; {@code options}
 * the MariaDB/MySQL table options that are not the server's defaults, as {@code CREATE TABLE} takes them after the
 * column list ({@code ENGINE=MyISAM ROW_FORMAT=DYNAMIC WITH SYSTEM VERSIONING}), on PostgreSQL {@code UNLOGGED} for an
 * unlogged table, null when none. Columns keep their
 * declared order; indexes keep the order their source gives: MariaDB's catalog order (the server's key order, which
 * {@code SHOW CREATE TABLE} shows and creating them in that order reproduces), by name ({@link #byName}) from every
 * other source. Every other list is sorted (unique constraints by columns, the rest by name) so that two equal tables
 * are equal records regardless of the order a catalog or a model returned them in; unique constraints carry their
 * catalog's key order as a hint that equality ignores ({@link #uniquesInKeyOrder()}). {@code periods}: its
 * application-time periods and its system-time period ({@link Period#SYSTEM_TIME}) by name (MariaDB; empty elsewhere).
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                    String comment, String schema, String collation, String options,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) List<Period> periods) {

    public Table {
        periods = sorted(periods, Comparator.comparing(Period::name));
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        // names may be null (desired models often leave them to the engine): order nulls last, then by content
        uniques = sorted(uniques, UNIQUES_BY_COLUMNS);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        foreignKeys = sorted(foreignKeys, Comparator.<ForeignKey, String>comparing(f -> String.join(",", f.columns()) + "->" + f.referencedTable())
                .thenComparing(f -> String.join(",", f.referencedColumns())).thenComparing(ForeignKey::name, NULLS_LAST)
                .thenComparing(f -> f.onDelete() + "/" + f.onUpdate() + "/" + f.deferral() + "/" + Objects.toString(f.referencedSchema(), "")));
        checks = sorted(checks, Comparator.comparing(CheckConstraint::name, NULLS_LAST)
                .thenComparing(CheckConstraint::expression, NULLS_LAST));
    }

    /** A table without periods. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment, String schema,
                 String collation, String options) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, options, List.of());
    }

    /** A table with the server's default table options. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment, String schema,
                 String collation) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, null);
    }

    /** A table with the default collation. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment, String schema) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, null);
    }

    /** A table of the default schema. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, null, null);
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private static final Comparator<Index> INDEXES_BY_NAME = Comparator.comparing(Index::name, NULLS_LAST)
            .thenComparing(i -> i.columns().toString()).thenComparing(Index::unique)
            .thenComparing(i -> Objects.toString(i.method(), "") + "|" + Objects.toString(i.predicate(), "") + "|" + i.include());

    private static final Comparator<UniqueConstraint> UNIQUES_BY_COLUMNS = Comparator
            .<UniqueConstraint, String>comparing(u -> String.join(",", u.columns()))
            .thenComparing(UniqueConstraint::name, NULLS_LAST).thenComparing(UniqueConstraint::deferral)
            .thenComparing(UniqueConstraint::withoutOverlaps, NULLS_LAST);

    /** Indexes in the order of every source without one of its own: by name (unnamed last), then by content. */
    public static List<Index> byName(List<Index> indexes) {
        return sorted(indexes, INDEXES_BY_NAME);
    }


    /**
     * The unique constraints in the order to create them: their catalog's key order where it has one (MariaDB's
     * creation order, which SHOW CREATE TABLE shows and creating them in that order reproduces), the others after
     * them by columns.
     */
    public List<UniqueConstraint> uniquesInKeyOrder() {
        return sorted(uniques, Comparator.comparingInt(UniqueConstraint::keyOrder)); // stable: by columns within
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        if (items == null || items.isEmpty()) return List.of();
        if (items.size() == 1) return Collections.singletonList(items.get(0)); // unmodifiable, like toList()
        return items.stream().sorted(order).toList();
    }

    /** This table's (schema, name). */
    public TableName tableName() {
        return new TableName(schema, name);
    }

    /** The key that names this table in lookups and changes ({@link TableName#key()}). */
    public String key() {
        return TableName.key(schema, name);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, options, periods);
    }

    public Table withSchema(String newSchema) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, newSchema, collation, options, periods);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, options, periods);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks, comment, schema, collation, options, periods);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, newIndexes, foreignKeys, checks, comment, schema, collation, options, periods);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniques, indexes, newForeignKeys, checks, comment, schema, collation, options, periods);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, newChecks, comment, schema, collation, options, periods);
    }

    public Table withCollation(String newCollation) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, newCollation, options, periods);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, options, periods);
    }

    public Table withOptions(String newOptions) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, newOptions, periods);
    }

    public Table withPeriods(List<Period> newPeriods) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, options, newPeriods);
    }

    /** The period of that name, if any. */
    public Optional<Period> period(String periodName) {
        return periods.stream().filter(p -> p.name().equals(periodName)).findFirst();
    }
}
