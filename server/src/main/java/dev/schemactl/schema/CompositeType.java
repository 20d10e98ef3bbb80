package dev.schemactl.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A composite type (PostgreSQL {@code CREATE TYPE name AS (attribute type [COLLATE collation], ...)}), not a table's
 * row type. {@code schema} is null for the configured default schema; {@code attributes} in their declared order (which
 * is the order of a value's fields); {@code comment} its {@code COMMENT ON TYPE}, null for none. Columns of a
 * composite type have a {@code ColumnType.other(...)} whose raw spelling is the type's name.
 */
public record CompositeType(String schema, String name, List<Attribute> attributes, String comment) {

    /**
     * One attribute: {@code type} as the catalog formats it (typmod and array included), {@code collation} the
     * collation ({@code schema.name}, quoted where needed) when not the type's default, null otherwise.
     */
    public record Attribute(String name, String type, String collation) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /** The attribute's type as declared: its type, then COLLATE when it has its own. */
        public String declared() {
            return type + (collation == null ? "" : " COLLATE " + collation);
        }
    }

    public CompositeType {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public CompositeType withAttributes(List<Attribute> newAttributes) {
        return new CompositeType(schema, name, newAttributes, comment);
    }

    public CompositeType withComment(String newComment) {
        return new CompositeType(schema, name, attributes, newComment);
    }

    /** True when a type's spelling may name this type (see {@link Domain#namedBy}); an array of it too. */
    public boolean namedBy(String spelling) {
        return SpelledNames.names(spelling, schema, name);
    }
}
