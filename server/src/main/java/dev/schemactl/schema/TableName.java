package dev.schemactl.schema;

import java.util.Objects;

/**
 * A table's identity: its schema (null for the configured default schema) and its name. Two managed schemas may each
 * hold a table of one name (public.items and billing.items): they are two tables. {@link #key()} is the one string
 * that names it wherever a table is looked up or a {@code Change} names its table: the bare name in the default
 * schema (so engines with one schema see plain names), {@code schema.name} outside it, which also reads right in
 * descriptions and findings.
 */
public record TableName(String schema, String name) {

    public TableName {
        Objects.requireNonNull(name, "name");
    }

    public static TableName of(Table table) {
        return new TableName(table.schema(), table.name());
    }

    /** The table a foreign key references. */
    public static TableName referencedBy(ForeignKey foreignKey) {
        return new TableName(foreignKey.referencedSchema(), foreignKey.referencedTable());
    }

    /** The lookup key: the name in the default schema, {@code schema.name} outside it. */
    public String key() {
        return key(schema, name);
    }

    public static String key(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** The same schema, another name (a table rename stays in its schema). */
    public TableName withName(String newName) {
        return new TableName(schema, newName);
    }

    @Override
    public String toString() {
        return key();
    }
}
