package dev.schemactl.risk;

import dev.schemactl.diff.Change;

/**
 * What one statement does, as the risk rules see it: a structural {@link Change} of the plan model where there is one,
 * otherwise one of the few statement kinds that have no Change (they only come from hand-written SQL).
 */
public sealed interface Op {

    /** The table the statement acts on; null when none. */
    String table();

    /** A structural step (create/drop/alter table, column, index, constraint, ...). */
    record Structural(Change change) implements Op {
        @Override
        public String table() {
            return change.table();
        }
    }

    /** DROP SCHEMA. */
    record DropSchema(String schema) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /** TRUNCATE of one table. */
    record Truncate(String table) implements Op {
    }

    /**
     * DELETE that removes every row: no WHERE, or a WHERE that is always true ({@code how} says which, e.g. "DELETE
     * whose WHERE is always true (1 = 1)").
     */
    record DeleteAll(String table, String how) implements Op {
        public DeleteAll(String table) {
            this(table, "DELETE without WHERE");
        }
    }

    /**
     * DELETE, UPDATE or MERGE that can remove or overwrite existing rows beyond a few picked by key: no WHERE, a WHERE
     * that is always true, or one that does not pin a primary key or unique key to values.
     *
     * @param verb     DELETE, UPDATE or MERGE
     * @param reach    how far it reaches
     * @param columns  the columns an UPDATE (or MERGE ... UPDATE) sets; empty for a DELETE
     * @param onlyNull true when the WHERE keeps only rows whose set columns are NULL (a backfill overwrites nothing)
     * @param where    the WHERE as written (null when none), for the message
     */
    record RowChange(String table, String verb, Reach reach, java.util.List<String> columns, boolean onlyNull,
                     String where) implements Op {
        public RowChange {
            columns = columns == null ? java.util.List.of() : java.util.List.copyOf(columns);
        }
    }

    /** How far a DELETE / UPDATE reaches. */
    enum Reach {
        EVERY_ROW("has no WHERE: every row"),
        ALWAYS_TRUE("has a WHERE that references no column or is always true: every row"),
        NOT_BY_KEY("has a WHERE that does not select rows by primary or unique key: any number of rows");

        private final String description;

        Reach(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * Code whose effect cannot be read from the text: a DO block, dynamic EXECUTE, PREPARE / EXECUTE, CALL, a function
     * created in the same migration being called, a psql {@code \i} include, or a statement not understood that names a
     * destructive verb. It may do anything, so it is judged as if it could drop or rewrite any table.
     */
    record Opaque(String what) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /**
     * PostgreSQL ALTER COLUMN ... TYPE ... USING expression: how each existing value becomes the new one.
     *
     * @param referencesColumn whether the expression reads the column itself (when not, the old values are gone)
     */
    record Conversion(String table, String column, String expression, boolean referencesColumn) implements Op {
    }

    /** MariaDB/MySQL ALTER TABLE ... ALGORITHM=COPY or LOCK=SHARED/EXCLUSIVE: the statement copies or locks the table. */
    record TableCopy(String table, String clause) implements Op {
    }

    /** SET of a session setting the rules care about (foreign_key_checks, TimeZone); lower-case name and value. */
    record SessionSetting(String name, String value) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /** PostgreSQL ALTER TYPE ... ADD VALUE; {@code positioned} when it says BEFORE/AFTER. */
    record AddEnumValue(String type, String value, boolean positioned) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /** SET [LOCAL] lock_timeout (PostgreSQL) / lock_wait_timeout (MariaDB/MySQL). */
    record SetLockTimeout(String value) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /** ALTER TABLE ... VALIDATE CONSTRAINT (PostgreSQL). */
    record Validate(String table, String constraint) implements Op {
    }

    /** Data manipulation that is not a whole-table wipe (INSERT, UPDATE, DELETE ... WHERE, MERGE). */
    record DataChange(String table, String verb) implements Op {
    }

    /**
     * A statement understood and harmless for the rules (SELECT, CALL, COMMENT ON, CREATE SEQUENCE, SET of another
     * setting, ...); {@code ddl} when it is DDL (it counts for the transaction rules); {@code creates} the new relation
     * it makes that the model has no table for (a materialized view, whose indexes then build on a relation nobody uses
     * yet), or null.
     */
    record Harmless(String what, boolean ddl, String creates) implements Op {
        Harmless(String what, boolean ddl) {
            this(what, ddl, null);
        }

        @Override
        public String table() {
            return null;
        }
    }

    /**
     * SQLite's table rebuild of {@code table} (CREATE TABLE tmp, INSERT INTO tmp ... SELECT ... FROM table, DROP TABLE
     * table, ALTER TABLE tmp RENAME TO table): the table stays, its rows are copied (see {@link SqliteRebuilds}).
     */
    record Rebuild(String table) implements Op {
    }

    /** BEGIN / START TRANSACTION (begin) or COMMIT / ROLLBACK / END. */
    record TransactionControl(boolean begin) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /** A statement that could not be parsed or classified; {@code reason} says why. */
    record Unknown(String reason) implements Op {
        @Override
        public String table() {
            return null;
        }
    }

    /** True for statements that change structure (they count as DDL for the transaction rules). */
    default boolean isDdl() {
        if (this instanceof Harmless h) return h.ddl();
        return this instanceof Structural || this instanceof DropSchema || this instanceof Truncate
                || this instanceof AddEnumValue || this instanceof Validate || this instanceof Unknown
                || this instanceof Rebuild || this instanceof Opaque;
    }

    /** True for data manipulation (INSERT, UPDATE, DELETE). */
    default boolean isDml() {
        return this instanceof DataChange || this instanceof DeleteAll || this instanceof RowChange;
    }
}
