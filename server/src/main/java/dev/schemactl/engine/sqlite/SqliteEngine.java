package dev.schemactl.engine.sqlite;

import dev.schemactl.engine.SchemaFingerprint;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.ConnectionErrors;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.FileLockGuard;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.TypeNames;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * SQLite through org.xerial:sqlite-jdbc (SQLite 3.50). DDL is transactional, so a generated migration is one
 * changeset, all or nothing; what SQLite's ALTER TABLE cannot do is a table rebuild inside that transaction
 * ({@link SqliteRenderer}), with foreign key enforcement turned off around it by two non-transactional steps.
 * <ul>
 *   <li>Connections enforce foreign keys ({@code foreign_keys=true}) like the other engines do, and open the
 *       file read-write without creating it ({@code open_mode=2}): a missing file is a missing database,
 *       created by {@code schemactl create}.</li>
 *   <li>The migration lock is an OS file lock beside the database ({@link FileLockGuard}), freed by the kernel
 *       when its holder dies; other processes may read the database meanwhile.</li>
 *   <li>No comments, no sequences, one integer type (see {@link SqliteTypeNames}).</li>
 * </ul>
 */
public final class SqliteEngine implements Engine {
    public static final SqliteEngine INSTANCE = new SqliteEngine();

    /** SQLITE_OPEN_READWRITE without SQLITE_OPEN_CREATE. */
    private static final int OPEN_EXISTING = 0x02;

    private SqliteEngine() {
    }

    @Override
    public EngineKind kind() {
        return EngineKind.SQLITE;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public DatabaseAdmin admin() {
        return new SqliteAdmin();
    }

    @Override
    public String connectUrl(DatabaseUrl url) {
        String jdbc = url.jdbcUrl();
        // another schemactl process may hold a write transaction (its audit row, its changelog): wait for it, as the
        // server-based engines' sessions do, instead of failing at once with SQLITE_BUSY
        return jdbc + (jdbc.contains("?") ? "&" : "?") + "open_mode=" + OPEN_EXISTING + "&foreign_keys=true&busy_timeout=30000";
    }

    @Override
    public MigrationLock acquireMigrationLock(DatabaseHandle database, Duration timeout) {
        return FileLockGuard.acquire(database.url(), timeout);
    }

    @Override
    public SchemactlException translate(SQLException error, DatabaseUrl url) {
        int code = error.getErrorCode() & 0xff; // primary result code (extended codes carry it in the low byte)
        ErrorCode kind;
        if (code == 14 && !Files.exists(url.filePath())) kind = ErrorCode.DATABASE_MISSING; // SQLITE_CANTOPEN
        else if (code == 5 || code == 6) kind = ErrorCode.LOCK_TIMEOUT; // SQLITE_BUSY, SQLITE_LOCKED
        else kind = ErrorCode.INTERNAL;
        return ConnectionErrors.of(kind, error, url);
    }

    @Override
    public Inspector inspector() {
        return new SqliteInspector();
    }

    @Override
    public TypeNames typeNames() {
        return SqliteTypeNames.INSTANCE;
    }

    @Override
    public SqliteRenderer renderer() {
        return new SqliteRenderer();
    }

    /** Drops comments (SQLite has none) and respells every column type as SQLite reads it back. */
    @Override
    public Schema normalizeDesired(Schema desired) {
        List<Table> tables = desired.tables().stream().map(t -> new Table(t.name(),
                t.columns().stream().map(SqliteEngine::normalize).toList(), t.primaryKey(), t.uniques(), t.indexes(),
                t.foreignKeys(), t.checks(), null).withOptions(t.options())).toList();
        return new Schema(tables, desired.sequences()).withUnmanaged(desired.unmanaged());
    }

    private static Column normalize(Column c) {
        SqliteTypeNames types = SqliteTypeNames.INSTANCE;
        return c.withType(types.parse(types.format(c.type()))).withComment(null);
    }

    /** Declared type names count (PRAGMA table_info shows them): INT and BIGINT are one type of two spellings. */
    @Override
    public dev.schemactl.diff.Differ differ() {
        return Engine.super.differ().comparingTypesWith(SqliteTypeNames::sameType);
    }

    /** An entity cannot choose the declared spelling: the live one stays while the types are the same. */
    @Override
    public dev.schemactl.schema.ColumnType entityColumnType(dev.schemactl.schema.ColumnType entity, dev.schemactl.schema.ColumnType live) {
        return entity.equals(live) ? live : entity;
    }

    @Override
    public dev.schemactl.engine.UnmanagedDdl unmanagedDdl() {
        return new SqliteUnmanaged();
    }

    /** ALTER TABLE RENAME (TABLE or COLUMN) rewrites the text of the views and triggers that name it. */
    @Override
    public boolean renameFollows(dev.schemactl.schema.UnmanagedObject dependent) {
        return true;
    }

    /**
     * A type change is a table rebuild, which recreates the table's triggers; views keep their text, and SQLite's
     * values carry their own types, so neither breaks.
     */
    @Override
    public boolean retypeBreaks(dev.schemactl.schema.UnmanagedObject dependent) {
        return false;
    }

    @Override
    public dev.schemactl.engine.TableStats tableStats() {
        return new SqliteTableStats();
    }

    /** SQLite bumps schema_version on every schema change. */
    private static final SchemaFingerprint FINGERPRINT = SchemaFingerprint.query("PRAGMA schema_version");

    @Override
    public SchemaFingerprint schemaFingerprint() {
        return FINGERPRINT;
    }
}
