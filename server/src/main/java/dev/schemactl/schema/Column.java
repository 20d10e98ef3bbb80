package dev.schemactl.schema;

import java.util.Objects;

/**
 * A table column. {@code name} keeps its exact case (the renderer quotes it where the engine needs it).
 * {@code defaultExpression} is the normalized SQL default (null when none); {@code identity} how the column
 * generates values (null when it does not; a serial column is identity kind SERIAL with no default);
 * {@code generatedExpression} the expression of a generated column (null when none) and {@code generatedKind}
 * its storage (STORED when an expression is given without a kind, null without an expression);
 * {@code collation} and {@code charset} null for the defaults; {@code onUpdate} MariaDB/MySQL
 * {@code ON UPDATE} expression (null when none); {@code invisible} a MariaDB {@code INVISIBLE} column (left out of
 * {@code SELECT *}); {@code check} the expression of a MariaDB column-level {@code CHECK} (written in the column's
 * definition, named after the column, and removed by a {@code MODIFY} that does not repeat it; null when none);
 * {@code options} the engine's physical column options that are not the defaults, one canonical string (PostgreSQL:
 * {@code COMPRESSION lz4 STORAGE EXTERNAL STATISTICS 500}, see {@code PostgresColumnOptions}; MariaDB: {@code COMPRESSED},
 * {@code WITHOUT SYSTEM VERSIONING} or both in that order, see {@code MariaDbColumnCompression} and
 * {@code MariaDbColumnVersioning}), null for none.
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                     Identity identity, String generatedExpression, GeneratedKind generatedKind, String comment,
                     String collation, String charset, String onUpdate, boolean invisible, String check,
                     String options) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (options != null && options.isBlank()) options = null;
        if (generatedExpression == null) generatedKind = null;
        else if (generatedKind == null) generatedKind = GeneratedKind.STORED;
    }

    /** A column with the engine's default physical options. */
    public Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                  Identity identity, String generatedExpression, GeneratedKind generatedKind, String comment,
                  String collation, String charset, String onUpdate, boolean invisible, String check) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset,
                onUpdate, invisible, check, null);
    }

    /** A visible column without a column-level check (every engine but MariaDB). */
    public Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                  Identity identity, String generatedExpression, GeneratedKind generatedKind, String comment,
                  String collation, String charset, String onUpdate) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset,
                onUpdate, false, null);
    }

    /** The shape every engine had before identity kinds: {@code identity=true} is BY DEFAULT with default options. */
    public Column(String name, ColumnType type, boolean nullable, String defaultExpression,
                  boolean identity, String generatedExpression, String comment) {
        this(name, type, nullable, defaultExpression, identity ? Identity.BY_DEFAULT : null, generatedExpression,
                null, comment, null, null, null);
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null, null, null, null);
    }

    public boolean isIdentity() {
        return identity != null;
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, newComment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withGenerated(String newExpression, GeneratedKind newKind) {
        return new Column(name, type, nullable, defaultExpression, identity, newExpression, newKind, comment, collation, charset, onUpdate, invisible, check, options);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, newCollation, charset, onUpdate, invisible, check, options);
    }

    public Column withCharset(String newCharset) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, newCharset, onUpdate, invisible, check, options);
    }

    public Column withOnUpdate(String newOnUpdate) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, newOnUpdate, invisible, check, options);
    }

    public Column withInvisible(boolean newInvisible) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, newInvisible, check, options);
    }

    public Column withCheck(String newCheck) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, newCheck, options);
    }

    public Column withOptions(String newOptions) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, generatedKind, comment, collation, charset, onUpdate, invisible, check, newOptions);
    }
}
