package dev.schemactl.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named enum type (PostgreSQL {@code CREATE TYPE name AS ENUM (...)}); values in their declared order,
 * which is their sort order. {@code schema} is null for the configured default schema; {@code comment} its
 * {@code COMMENT ON TYPE}, null for none. Columns of this type
 * have a {@code ColumnType.other(...)} whose raw spelling is the engine's (quoted where needed) type name.
 */
public record EnumType(String schema, String name, List<String> values, String comment) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    public EnumType(String schema, String name, List<String> values) {
        this(schema, name, values, null);
    }

    public EnumType withComment(String newComment) {
        return new EnumType(schema, name, values, newComment);
    }

    public EnumType(String name, List<String> values) {
        this(null, name, values);
    }
}
