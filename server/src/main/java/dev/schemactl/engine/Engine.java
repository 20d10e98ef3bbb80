package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.diff.Differ;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Everything schemactl needs to know about one database engine. Engine differences live behind
 * this interface, in the engine's own package; nothing outside asks "is this PostgreSQL?".
 */
public interface Engine {

    EngineKind kind();

    /** True when DDL runs inside transactions (a whole migration file can be all-or-nothing). */
    boolean transactionalDdl();

    /** Create / drop / exists for the database a URL names. */
    DatabaseAdmin admin();

    /**
     * Takes the migration lock. It is tied to a session or an OS file lock, so a killed holder
     * releases it; the returned handle releases it on close.
     */
    MigrationLock acquireMigrationLock(DatabaseHandle database, Duration timeout);

    /**
     * Guards opening the database at all; engines whose embedded files allow one process at a time
     * (H2) serialize processes here. Others return a no-op (SQLite lets readers in while a migration runs).
     */
    default MigrationLock guardOpen(DatabaseUrl url, Duration timeout) {
        return MigrationLock.NONE;
    }

    /** The JDBC URL to open the database with; may add engine options (e.g. "must exist"). */
    default String connectUrl(DatabaseUrl url) {
        return url.jdbcUrl();
    }

    /**
     * Why this connection goes through a connection pooler (PgBouncer, pgcat, a cloud proxy), or null when it reaches
     * the server itself. Migrations need the server itself: session locks and SET do not survive transaction pooling.
     */
    default String poolerEvidence(java.sql.Connection connection) throws SQLException {
        return null;
    }

    /**
     * Watches the replicas for {@code --max-replica-lag}: PostgreSQL asks the primary (pg_stat_replication), MariaDB
     * asks each configured replica URL. {@link ReplicaMonitor#NONE} on engines without replication.
     */
    default ReplicaMonitor replicaMonitor(java.util.List<DatabaseUrl> replicas) {
        return ReplicaMonitor.NONE;
    }

    /** Turns a driver error into a typed one whose message names the (masked) URL. */
    SchemactlException translate(SQLException error, DatabaseUrl url);

    /** Reads the live schema in a few bulk catalog queries. */
    Inspector inspector();

    /** This engine's type vocabulary (parse catalog and Hibernate spellings, format DDL). */
    TypeNames typeNames();

    /** Turns Changes into this engine's forward and rollback SQL. */
    SqlRenderer renderer();

    /**
     * The desired schema as this engine can hold it, applied before diffing against the live database: SQLite
     * has no comments and one integer type, so it drops comments and spells column types its own way. Returns
     * {@code desired} unchanged on most engines.
     */
    default Schema normalizeDesired(Schema desired) {
        return desired;
    }

    /**
     * A schema inspected in another database ({@code diff --to-url}) as if it were in {@code live}: where the engine
     * leaves out what equals the database's defaults (MariaDB's table collation), what that left out in the other
     * database is spelled out, and what equals the live database's defaults left out. Returns {@code other} unchanged
     * on most engines.
     */
    default Schema inLiveDatabaseDefaults(Schema other, DatabaseHandle otherDb, DatabaseHandle liveDb) {
        return other;
    }

    /**
     * Of a live table's options ({@code Table.options}), the ones a desired table read from entities keeps because
     * entities cannot say them (see {@code EntityBlindSpots}); all of them on most engines.
     */
    default String entityTableOptions(String liveOptions) {
        return liveOptions;
    }

    /**
     * The type an entity's column keeps against the live column's: the entity's, unless the engine tells apart
     * spellings an entity cannot choose (SQLite: the declared type name, which a mapping's {@code bigint} would
     * otherwise change on every {@code INTEGER PRIMARY KEY}).
     */
    default dev.schemactl.schema.ColumnType entityColumnType(dev.schemactl.schema.ColumnType entity, dev.schemactl.schema.ColumnType live) {
        return entity;
    }

    /** What a foreign key needs of the table and columns it references. */
    default ForeignKeyTargets foreignKeyTargets() {
        return ForeignKeyTargets.UNIQUE_KEY;
    }

    /**
     * True when a foreign key needs an index led by its own columns and the engine refuses to drop the
     * last such index (MariaDB/InnoDB; H2, whose foreign keys take over such an index). {@link #differ()} passes it to the Differ so plans for this engine
     * rebuild such foreign keys around index changes.
     */
    default boolean foreignKeysNeedIndex() {
        return false;
    }

    /** The query that tells whether the live schema changed since it was last inspected ({@link SchemaFingerprint}). */
    default SchemaFingerprint schemaFingerprint() {
        return SchemaFingerprint.NONE;
    }

    /** Row-count estimates (and engine-specific facts) for risk rules; {@link TableStats#NONE} when the engine has none. */
    default TableStats tableStats() {
        return TableStats.NONE;
    }

    /**
     * The low-lock rewrites of migration steps this engine offers (PostgreSQL: CREATE INDEX CONCURRENTLY, NOT VALID +
     * VALIDATE, lock_timeout); {@link SafeSql#NONE} when it has none.
     */
    default SafeSql safeSql() {
        return SafeSql.NONE;
    }

    /**
     * True when ON DELETE/UPDATE RESTRICT and NO ACTION are one rule here and the catalog may report either
     * for the other (MariaDB reports RESTRICT for an FK declared without actions; H2 reports RESTRICT for
     * NO ACTION).
     */
    default boolean restrictIsNoAction() {
        return false;
    }

    /** What the managed schemas' tables use outside them (a dump names it); foreign keys unless the engine reads more. */
    default OutsideReferences outsideReferences() {
        return OutsideReferences.FOREIGN_KEYS;
    }

    /** Writes back (dump, baseline) what the inspector lists as unmanaged; {@link UnmanagedDdl#NONE} when it lists nothing. */
    default UnmanagedDdl unmanagedDdl() {
        return UnmanagedDdl.NONE;
    }

    /** True when a backslash escapes the next character in '...' literals of scripts (MariaDB/MySQL). */
    default boolean backslashEscapesInLiterals() {
        return false;
    }

    /**
     * A reason when a script statement would leave the database being loaded (MariaDB {@code USE other},
     * {@code CREATE DATABASE}; PostgreSQL {@code CREATE DATABASE}), else null: a desired-state file or a dump
     * describes one database, and its tables must land in the one inspected.
     */
    default String leavesDatabase(String statement) {
        String s = statement.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("create database") || s.startsWith("drop database")) return "it creates or drops a database";
        return null;
    }

    /**
     * True when changing the type of a column that {@code dependent} (a view, trigger, routine, ...) uses breaks it or
     * makes the ALTER fail: on PostgreSQL a view, rule, policy or trigger condition over the column blocks ALTER COLUMN
     * TYPE. Dropping the column breaks it on every engine; renaming it, see {@link #renameFollows}.
     */
    default boolean retypeBreaks(dev.schemactl.schema.UnmanagedObject dependent) {
        return true;
    }

    /**
     * True when renaming a table or column that {@code dependent} uses leaves it working, under the new name: PostgreSQL
     * keeps views, rules, policies, triggers, constraints and indexes by object id, not by name, and rewrites their
     * definitions. Engines that keep a view's text (MariaDB, H2) break it.
     */
    default boolean renameFollows(dev.schemactl.schema.UnmanagedObject dependent) {
        return false;
    }

    /**
     * True when renaming {@code table} (a key, see {@link dev.schemactl.schema.TableName#key()}) leaves {@code dependent}
     * working under the new name; by default as {@link #renameFollows}. MariaDB moves a table's own triggers with it.
     */
    default boolean tableRenameFollows(dev.schemactl.schema.UnmanagedObject dependent, String table) {
        return renameFollows(dependent);
    }

    /**
     * True when {@code statement} failed only because it sets a session parameter this server does not know: a line
     * a newer client's dump writes first (pg_dump 17's {@code SET transaction_timeout = 0}), which carries no schema.
     * A script runner skips it with a warning, as psql does, instead of refusing the whole file.
     */
    default boolean unknownSessionSetting(String statement, java.sql.SQLException failure) {
        return false;
    }

    /** Measures what a statement really does on a shadow database; empty when this engine has no way to. */
    default java.util.Optional<LockProbe> lockProbe() {
        return java.util.Optional.empty();
    }

    /**
     * How this engine runs big-table ALTERs online when the policy asks for {@code change}; empty when it has no
     * such tool (the policy option is then ignored with a warning).
     */
    default java.util.Optional<OnlineAlter> onlineAlter(DatabaseUrl url, OnlineSchemaChange change) {
        return java.util.Optional.empty();
    }

    /**
     * True when the catalog keeps an unquoted name (table, column, constraint, index) as written (MariaDB), false when
     * it folds it (PostgreSQL to lower case, H2 to upper case; the model then spells it in lower case).
     */
    default boolean keepsUnquotedNameCase() {
        return false;
    }

    /**
     * True when an unnamed CHECK written inside a column's definition stays the column's own (MariaDB: a column-level
     * constraint that every MODIFY restates), false when it is a table check like any other.
     */
    default boolean keepsInlineChecksWithTheColumn() {
        return false;
    }

    /**
     * The name the server gives the n-th (from 1) unnamed table CHECK of a CREATE TABLE when it numbers them (MariaDB:
     * CONSTRAINT_1, CONSTRAINT_2, ... skipping names taken), or null where it names them after the table and the
     * column (PostgreSQL, see source.CheckNames).
     */
    default String numberedCheckName(int n) {
        return null;
    }

    /** The Differ for plans on this engine (it knows the engine facts above). */
    default Differ differ() {
        return new Differ(foreignKeysNeedIndex(), restrictIsNoAction());
    }
}
