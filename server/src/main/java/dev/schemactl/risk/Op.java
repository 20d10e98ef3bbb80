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

    /** DELETE without WHERE. */
    record DeleteAll(String table) implements Op {
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
     * setting, ...); {@code ddl} when it is DDL (it counts for the transaction rules).
     */
    record Harmless(String what, boolean ddl) implements Op {
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
                || this instanceof Rebuild;
    }

    /** True for data manipulation (INSERT, UPDATE, DELETE). */
    default boolean isDml() {
        return this instanceof DataChange || this instanceof DeleteAll;
    }
}
