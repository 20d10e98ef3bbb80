package dev.schemactl.schema;

import java.util.Objects;

/**
 * A table column. {@code defaultExpression} is the normalized SQL default (null when none);
 * {@code identity} marks IDENTITY / AUTO_INCREMENT / serial-like generation; {@code generatedExpression}
 * is the expression of a stored generated column (null when none).
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                     boolean identity, String generatedExpression, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false, null, null);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, comment);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment);
    }
}
