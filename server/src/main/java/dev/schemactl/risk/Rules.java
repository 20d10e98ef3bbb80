package dev.schemactl.risk;

import java.util.List;

/** Every risk rule: the catalog (ids, categories, what they match, safe alternatives) and the rule families. */
public final class Rules {
    private Rules() {
    }

    // ---- D: destructive
    public static final RuleInfo DS_DROP_TABLE = new RuleInfo("DS-DROP-TABLE", Category.D,
            "DROP TABLE of a table that exists",
            "rename the table (e.g. t_deprecated) and drop it in a later release, after a backup, once nothing reads it");
    public static final RuleInfo DS_DROP_COLUMN = new RuleInfo("DS-DROP-COLUMN", Category.D,
            "ALTER TABLE ... DROP COLUMN of a column that exists",
            "expand/contract: stop reading and writing the column, deploy, then drop it in a later release (back it up first)");
    public static final RuleInfo DS_DROP_HISTORY = new RuleInfo("DS-DROP-HISTORY", Category.D,
            "MariaDB ALTER TABLE ... DROP SYSTEM VERSIONING of a system-versioned table: its history rows are deleted",
            "copy the history out first (INSERT INTO t_history SELECT * FROM t FOR SYSTEM_TIME ALL WHERE row_end < NOW()), "
                    + "or keep the table versioned");
    public static final RuleInfo DS_DROP_SCHEMA = new RuleInfo("DS-DROP-SCHEMA", Category.D,
            "DROP SCHEMA", "drop the schema's objects one by one in reviewed migrations, or do it outside schemactl");
    public static final RuleInfo DS_TRUNCATE = new RuleInfo("DS-TRUNCATE", Category.D,
            "TRUNCATE, or DELETE without WHERE or with a WHERE that is always true (1 = 1, true, a condition on no column)",
            "delete in batches with a WHERE clause, or rename the table away and create an empty one");
    public static final RuleInfo DS_DELETE_ROWS = new RuleInfo("DS-DELETE-ROWS", Category.D,
            "DELETE (also inside a WITH clause, or MERGE ... THEN DELETE) whose WHERE does not pick rows by primary or "
                    + "unique key values, on a table that exists",
            "delete by key (WHERE id IN (...)) in reviewed batches, after a backup, or outside the schema migration");
    public static final RuleInfo DS_UPDATE_ROWS = new RuleInfo("DS-UPDATE-ROWS", Category.D,
            "UPDATE (also inside a WITH clause, or MERGE ... THEN UPDATE) of columns that exist whose WHERE does not pick "
                    + "rows by primary or unique key values (a backfill of a column added earlier in the migration, or of "
                    + "NULLs only, WHERE col IS NULL, is not one)",
            "write the new values to a new column and switch over (expand/contract), or update by key in reviewed "
                    + "batches after a backup");
    public static final RuleInfo DS_OPAQUE_CODE = new RuleInfo("DS-OPAQUE-CODE", Category.D,
            "code whose effect cannot be read from the text: DO blocks, dynamic EXECUTE, PREPARE/EXECUTE, CALL, calling a "
                    + "function created in the same migration, psql \\i includes, a statement not understood that says "
                    + "DELETE/UPDATE/DROP TABLE/...; judged as if it could drop or rewrite the largest table",
            "write the statements the code runs as plain SQL in the migration, so they are scored one by one");
    public static final RuleInfo DD_USING_DISCARDS = new RuleInfo("DD-USING-DISCARDS", Category.D,
            "ALTER COLUMN ... TYPE ... USING an expression that does not read the column (a constant, NULL, '', another "
                    + "column): every existing value is replaced",
            "convert from the column itself (USING col::newtype), or add a new column, fill it, and drop the old one later");
    public static final RuleInfo DD_NARROW_TYPE = new RuleInfo("DD-NARROW-TYPE", Category.D,
            "a type change that narrows: shorter length, smaller precision or scale, smaller integer, fewer fractional "
                    + "seconds, fewer enum values",
            "check the data fits first (max(length(col)), min/max), or add a new column, backfill it with checked values, "
                    + "switch reads and drop the old one later");

    // ---- F: may fail on existing data
    public static final RuleInfo DD_ADD_REQUIRED_COLUMN = new RuleInfo("DD-ADD-REQUIRED-COLUMN", Category.F,
            "ADD COLUMN ... NOT NULL without a default on a table that exists",
            "add the column nullable (or with a default), backfill it in batches, then set NOT NULL");
    public static final RuleInfo DD_NOT_NULL_EXISTING = new RuleInfo("DD-NOT-NULL-EXISTING", Category.F,
            "a nullable column that exists becomes NOT NULL (with a default, its NULLs are filled with it first)",
            "backfill the NULLs first (UPDATE ... WHERE col IS NULL, in batches); on PostgreSQL add CHECK (col IS NOT NULL) "
                    + "NOT VALID, VALIDATE it, then SET NOT NULL");
    public static final RuleInfo DD_UNIQUE_EXISTING = new RuleInfo("DD-UNIQUE-EXISTING", Category.F,
            "a unique index, unique constraint or primary key over columns that exist",
            "look for duplicates first (SELECT cols, count(*) ... GROUP BY cols HAVING count(*) > 1) and clean them up");

    // ---- B: breaks running code
    public static final RuleInfo BC_RENAME_COLUMN = new RuleInfo("BC-RENAME-COLUMN", Category.B,
            "a column that exists is renamed",
            "expand/contract: add the new column, write both, backfill, switch reads, drop the old one in a later release");
    public static final RuleInfo BC_RENAME_TABLE = new RuleInfo("BC-RENAME-TABLE", Category.B,
            "a table that exists is renamed",
            "keep a view with the old name while old code runs, or expand/contract with a copy");
    public static final RuleInfo BC_DROP_NOT_NULL = new RuleInfo("BC-DROP-NOT-NULL", Category.B,
            "a NOT NULL column becomes nullable", "deploy code that handles NULL in this column before the migration");
    public static final RuleInfo BC_DROP_DEFAULT = new RuleInfo("BC-DROP-DEFAULT", Category.B,
            "the default of a column is dropped", "deploy code that always sets the column before dropping its default");
    public static final RuleInfo BC_DROP_GENERATED = new RuleInfo("BC-DROP-GENERATED", Category.B,
            "a generated column that exists becomes a plain one (it keeps its values, but they are no longer computed)",
            "deploy code that writes the column (or a trigger that computes it) before the migration");
    public static final RuleInfo BC_ADD_JSON_PG = new RuleInfo("BC-ADD-JSON-PG", Category.B,
            "a PostgreSQL column of type json (not jsonb)",
            "use jsonb: it has equality (DISTINCT, GROUP BY, UNIQUE work), indexes and faster access");

    // ---- L: locks and rewrites
    public static final RuleInfo LK_ADD_DEFAULT_REWRITE = new RuleInfo("LK-ADD-DEFAULT-REWRITE", Category.L,
            "ADD COLUMN with a default that rewrites the table: a volatile or unknown function (PostgreSQL), any default "
                    + "(PostgreSQL < 11), an expression (MariaDB/MySQL)",
            "add the column without a default (or with a constant), then set the default and backfill in batches");
    public static final RuleInfo LK_ADD_STORED_GENERATED = new RuleInfo("LK-ADD-STORED-GENERATED", Category.L,
            "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on a table that exists (rewrites it)",
            "add a plain column and backfill it in batches (kept up to date by the application or a trigger), or use a "
                    + "VIRTUAL column (MariaDB/MySQL) or an expression index");
    public static final RuleInfo LK_ADD_IDENTITY = new RuleInfo("LK-ADD-IDENTITY", Category.L,
            "ADD COLUMN with IDENTITY / AUTO_INCREMENT / serial on a table that exists (rewrites it)",
            "add a nullable column, backfill it from a sequence in batches, then attach the sequence as its default");
    public static final RuleInfo LK_CHANGE_TYPE = new RuleInfo("LK-CHANGE-TYPE", Category.L,
            "a column type change (info when the engine does it without a rewrite: PostgreSQL varchar growth or to "
                    + "text, numeric precision growth at the same scale; MariaDB/MySQL varchar growth within the same "
                    + "length-byte band)",
            "add a column of the new type, backfill it in batches, switch reads and writes, drop the old column later");
    public static final RuleInfo LK_SET_NOT_NULL = new RuleInfo("LK-SET-NOT-NULL", Category.L,
            "PostgreSQL SET NOT NULL on a column that exists (a full scan under ACCESS EXCLUSIVE), unless a validated "
                    + "CHECK (col IS NOT NULL) exists (PostgreSQL 12+)",
            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c in a later changeset; then SET NOT "
                    + "NULL (no scan on 12+) and DROP CONSTRAINT c");
    public static final RuleInfo LK_ADD_CHECK = new RuleInfo("LK-ADD-CHECK", Category.L,
            "PostgreSQL ADD CONSTRAINT ... CHECK without NOT VALID on a table that exists",
            "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later changeset (schemactl's safe SQL does this)");
    public static final RuleInfo LK_ADD_FK = new RuleInfo("LK-ADD-FK", Category.L,
            "ADD ... FOREIGN KEY on a table that exists: PostgreSQL without NOT VALID (exempt only for a column added "
                    + "without a default in the same ALTER TABLE), MariaDB/MySQL with foreign_key_checks on (ALGORITHM=COPY)",
            "PostgreSQL: ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later changeset (schemactl's safe SQL "
                    + "does this); MariaDB/MySQL: SET foreign_key_checks = 0 before it (in place, no copy) once the data is "
                    + "known to match, and back to 1 after");
    public static final RuleInfo LK_TABLE_COPY = new RuleInfo("LK-TABLE-COPY", Category.L,
            "MariaDB/MySQL ALTER TABLE ... ALGORITHM=COPY, LOCK=SHARED/EXCLUSIVE, ENGINE=, PARTITION BY or REMOVE PARTITIONING, "
                    + "PostgreSQL SET LOGGED / SET UNLOGGED / SET ACCESS METHOD, on a table that exists: the table is copied, or writes (and with "
                    + "EXCLUSIVE reads) wait while it runs",
            "leave ALGORITHM/LOCK out (the server picks INPLACE/INSTANT where it can), or use an online schema change tool");
    public static final RuleInfo LK_MOVE_COLUMN = new RuleInfo("LK-MOVE-COLUMN", Category.L,
            "MariaDB/MySQL MODIFY COLUMN ... AFTER x / FIRST on a table that exists: the column moves (info where InnoDB "
                    + "reorders in place: MariaDB 10.4+, MySQL 8.0.29+, not a generated column, no FULLTEXT index, not "
                    + "ROW_FORMAT=COMPRESSED; otherwise the table is rebuilt or copied while writes wait)",
            "leave the column where it is (column order changes nothing for queries that name their columns), or move it "
                    + "in a quiet window or with an online schema change tool");
    public static final RuleInfo LK_VALIDATE_SAME_TX = new RuleInfo("LK-VALIDATE-SAME-TX", Category.L,
            "PostgreSQL VALIDATE CONSTRAINT in the transaction that already took a strong lock on the table",
            "run VALIDATE CONSTRAINT in its own, later changeset so its scan holds only SHARE UPDATE EXCLUSIVE");
    public static final RuleInfo LK_ADD_UNIQUE = new RuleInfo("LK-ADD-UNIQUE", Category.L,
            "PostgreSQL ADD CONSTRAINT ... UNIQUE on a table that exists (builds the index under ACCESS EXCLUSIVE)",
            "CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX");
    public static final RuleInfo LK_ADD_PK = new RuleInfo("LK-ADD-PK", Category.L,
            "PostgreSQL ADD PRIMARY KEY on a table that exists (builds the index under ACCESS EXCLUSIVE)",
            "CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX");
    public static final RuleInfo LK_DROP_PK = new RuleInfo("LK-DROP-PK", Category.L,
            "DROP PRIMARY KEY (MariaDB/MySQL rebuild the table around a new clustered index)",
            "add the new key first (unique index built online/concurrently), switch, then drop the old one in a quiet window");
    public static final RuleInfo LK_CREATE_INDEX = new RuleInfo("LK-CREATE-INDEX", Category.L,
            "CREATE INDEX on a table that exists that blocks writes while it builds: PostgreSQL without CONCURRENTLY, "
                    + "MariaDB/MySQL FULLTEXT or SPATIAL (LOCK=SHARED at best)",
            "PostgreSQL: CREATE INDEX CONCURRENTLY in its own runInTransaction:false changeset (schemactl's safe SQL does this); "
                    + "MariaDB/MySQL: build it in a quiet window or with an online schema change tool");
    public static final RuleInfo LK_DROP_INDEX = new RuleInfo("LK-DROP-INDEX", Category.L,
            "PostgreSQL DROP INDEX without CONCURRENTLY (ACCESS EXCLUSIVE on the table)",
            "DROP INDEX CONCURRENTLY in its own runInTransaction:false changeset (schemactl's safe SQL does this)");
    public static final RuleInfo LK_SQLITE_REBUILD = new RuleInfo("LK-SQLITE-REBUILD", Category.L,
            "SQLite table rebuild (CREATE TABLE new_X, INSERT INTO new_X ... SELECT ... FROM X, DROP TABLE X, ALTER TABLE "
                    + "new_X RENAME TO X) in one migration: every row is copied inside the transaction",
            "keep the change to ALTER TABLE forms SQLite does in place (add a nullable column, rename), or run it when "
                    + "the table is small/quiet");

    // ---- T: transactions
    public static final RuleInfo TX_CONCURRENTLY_IN_TX = new RuleInfo("TX-CONCURRENTLY-IN-TX", Category.T,
            "PostgreSQL CREATE/DROP INDEX CONCURRENTLY inside a transaction (always fails)",
            "put it in its own changeset with runInTransaction:false");
    public static final RuleInfo TX_MIXED_NONTX = new RuleInfo("TX-MIXED-NONTX", Category.T,
            "a PostgreSQL file mixing statements that cannot run in a transaction (CONCURRENTLY) with others",
            "give each non-transactional statement its own runInTransaction:false changeset (or its own migration) and "
                    + "make it safe to re-run");
    public static final RuleInfo TX_NON_TRANSACTIONAL = new RuleInfo("TX-NON-TRANSACTIONAL", Category.T,
            "a MariaDB/MySQL/H2 file with two or more DDL statements, or DDL plus DML (DDL commits implicitly)",
            "one statement per changeset (schemactl writes them so) so a failure resumes cleanly, or smaller migrations");

    // ---- constraint drops
    public static final RuleInfo CD_DROP_FK = new RuleInfo("CD-DROP-FK", Category.B,
            "a foreign key is dropped while its columns stay",
            "keep the constraint until no code relies on it (cascades, join assumptions); make the application enforce it");
    public static final RuleInfo CD_DROP_CONSTRAINT = new RuleInfo("CD-DROP-CONSTRAINT", Category.B,
            "a check or unique constraint is dropped while its columns stay",
            "keep the constraint until no code relies on it (duplicate detection, validation); enforce it in the application");

    // ---- best practice
    public static final RuleInfo BP_WIDE_INDEX = new RuleInfo("BP-WIDE-INDEX", Category.L,
            "a non-unique index over more than 3 columns",
            "index the columns queries filter on (at most 3) and INCLUDE the rest (PostgreSQL) if needed");
    public static final RuleInfo BP_ENUM_ORDER = new RuleInfo("BP-ENUM-ORDER", Category.B,
            "PostgreSQL ALTER TYPE ... ADD VALUE without BEFORE/AFTER",
            "say where the value goes (ADD VALUE 'x' BEFORE 'y'): enum order drives ORDER BY and comparisons");
    public static final RuleInfo BP_LOCK_TIMEOUT = new RuleInfo("BP-LOCK-TIMEOUT", Category.L,
            "PostgreSQL DDL on a table that exists without a lock_timeout set earlier in the file",
            "SET lock_timeout = '5s' at the top of the migration (schemactl's safe SQL does this) and retry on timeout");

    // ---- statements the parser does not understand
    public static final RuleInfo UNKNOWN_STATEMENT = new RuleInfo("UNKNOWN-STATEMENT", Category.L,
            "a statement that cannot be parsed or classified",
            "review it by hand, or split it into statements schemactl understands");

    /** Every rule, in the order the README lists them. */
    public static final List<RuleInfo> CATALOG = List.of(DS_DROP_TABLE, DS_DROP_COLUMN, DS_DROP_HISTORY, DS_DROP_SCHEMA, DS_TRUNCATE,
            DS_DELETE_ROWS, DS_UPDATE_ROWS, DS_OPAQUE_CODE, DD_USING_DISCARDS, DD_NARROW_TYPE, DD_ADD_REQUIRED_COLUMN, DD_NOT_NULL_EXISTING, DD_UNIQUE_EXISTING, BC_RENAME_COLUMN,
            BC_RENAME_TABLE, BC_DROP_NOT_NULL, BC_DROP_DEFAULT, BC_DROP_GENERATED, BC_ADD_JSON_PG, LK_ADD_DEFAULT_REWRITE,
            LK_ADD_STORED_GENERATED, LK_ADD_IDENTITY, LK_CHANGE_TYPE, LK_SET_NOT_NULL, LK_ADD_CHECK, LK_ADD_FK,
            LK_VALIDATE_SAME_TX, LK_ADD_UNIQUE, LK_ADD_PK, LK_DROP_PK, LK_CREATE_INDEX, LK_DROP_INDEX,
            LK_SQLITE_REBUILD, LK_TABLE_COPY, LK_MOVE_COLUMN, TX_CONCURRENTLY_IN_TX, TX_MIXED_NONTX, TX_NON_TRANSACTIONAL, CD_DROP_FK, CD_DROP_CONSTRAINT, BP_WIDE_INDEX,
            BP_ENUM_ORDER, BP_LOCK_TIMEOUT, UNKNOWN_STATEMENT);

    /** Every rule family, in the order they report. */
    public static List<RiskRule> all() {
        return List.of(new DestructiveRules(), new RowChangeRules(), new OpaqueCodeRule(), new DataRules(), new BreakingRules(), new RewriteRules(),
                new ConstraintLockRules(), new DomainRules(), new IndexLockRules(), new SqliteRebuildRule(), new TransactionRules(), new ConstraintDropRules(),
                new PracticeRules(), new UnknownStatementRule());
    }
}
