package dev.schemactl.engine;

import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** A table being assembled from several bulk catalog queries; {@link #build()} makes the model record. */
public final class InspectedTable {
    public final String name;
    public String comment;
    /** The table's schema; null for the configured default schema. */
    public String schema;
    /** The table's default collation when it is not the database's (MariaDB); null otherwise. */
    public String collation;
    /** The table options that are not the server's defaults (MariaDB); null otherwise. */
    public String options;
    public final List<Column> columns = new ArrayList<>();
    public PrimaryKey primaryKey;
    public final List<UniqueConstraint> uniques = new ArrayList<>();
    public final List<Index> indexes = new ArrayList<>();
    public final List<ForeignKey> foreignKeys = new ArrayList<>();
    public final List<CheckConstraint> checks = new ArrayList<>();
    /** Application-time periods (MariaDB). */
    public final List<dev.schemactl.schema.Period> periods = new ArrayList<>();

    public InspectedTable(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    /** The table with its indexes by name: for catalogs without a key order. */
    public Table build() {
        return new Table(name, columns, primaryKey, uniques, Table.byName(indexes), foreignKeys, checks,
                comment, schema, collation, options, periods);
    }

    /** The table with its indexes in the order they were added: the catalog's key order. */
    public Table buildInCatalogOrder() {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, schema, collation, options, periods);
    }
}
