package dev.schemactl.engine.postgres;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.ConnectionErrors;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.engine.SessionLock;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.SQLException;
import java.time.Duration;

public final class PostgresEngine implements Engine {
    public static final PostgresEngine INSTANCE = new PostgresEngine();
    /** Advisory locks are scoped to the current database, so one fixed key suffices. */
    static final long LOCK_KEY = 0x736368656d61L;

    private PostgresEngine() {
    }

    @Override
    public EngineKind kind() {
        return EngineKind.POSTGRESQL;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public DatabaseAdmin admin() {
        return new PostgresAdmin();
    }

    @Override
    public MigrationLock acquireMigrationLock(DatabaseHandle database, Duration timeout) {
        return SessionLock.acquire(database, timeout,
                "SELECT pg_try_advisory_lock(" + LOCK_KEY + ")",
                "SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
    }

    @Override
    public SchemactlException translate(SQLException error, DatabaseUrl url) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        ErrorCode code;
        if (state.equals("28P01") || state.equals("28000")) code = ErrorCode.AUTH_FAILED;
        else if (state.equals("3D000")) code = ErrorCode.DATABASE_MISSING;
        else if (state.startsWith("08")) code = ErrorCode.UNREACHABLE;
        else code = ErrorCode.INTERNAL;
        return ConnectionErrors.of(code, error, url);
    }

    /** Constraint and index names are the user's on PostgreSQL: one that differs only in name is renamed. */
    @Override
    public dev.schemactl.diff.Differ differ() {
        return new dev.schemactl.diff.Differ(foreignKeysNeedIndex(), restrictIsNoAction(), true);
    }

    @Override
    public Inspector inspector() {
        return new PostgresInspector();
    }

    @Override
    public dev.schemactl.engine.TypeNames typeNames() {
        return PostgresTypeNames.INSTANCE;
    }

    @Override
    public SqlRenderer renderer() {
        return new PostgresRenderer();
    }

    @Override
    public dev.schemactl.engine.TableStats tableStats() {
        return new PostgresTableStats();
    }

    @Override
    public dev.schemactl.engine.SafeSql safeSql() {
        return new PostgresSafeSql(new PostgresRenderer());
    }
}
