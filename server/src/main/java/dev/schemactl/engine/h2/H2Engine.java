package dev.schemactl.engine.h2;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.ConnectionErrors;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.FileLockGuard;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Embedded H2. A file database admits one process at a time, so processes queue on an OS file lock
 * before opening it ({@link #guardOpen}); that same lock serializes migrations.
 */
public final class H2Engine implements Engine {
    public static final H2Engine INSTANCE = new H2Engine();

    private H2Engine() {
    }

    @Override
    public EngineKind kind() {
        return EngineKind.H2;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public DatabaseAdmin admin() {
        return new H2Admin();
    }

    @Override
    public MigrationLock guardOpen(DatabaseUrl url, Duration timeout) {
        return url.filePath() == null ? MigrationLock.NONE : FileLockGuard.acquire(url, timeout);
    }

    @Override
    public String connectUrl(DatabaseUrl url) {
        return url.filePath() == null ? url.jdbcUrl() : url.jdbcUrl() + ";IFEXISTS=TRUE";
    }

    @Override
    public MigrationLock acquireMigrationLock(DatabaseHandle database, Duration timeout) {
        return MigrationLock.NONE; // guardOpen already holds the file lock for the whole session
    }

    @Override
    public SchemactlException translate(SQLException error, DatabaseUrl url) {
        int vendor = error.getErrorCode();
        ErrorCode code;
        if (vendor == 90146 || vendor == 90013) code = ErrorCode.DATABASE_MISSING;
        else if (vendor == 28000) code = ErrorCode.AUTH_FAILED;
        else if (vendor == 90020) code = ErrorCode.LOCK_TIMEOUT;
        else code = ErrorCode.INTERNAL;
        return ConnectionErrors.of(code, error, url);
    }

    @Override
    public Inspector inspector() {
        return new H2Inspector();
    }

    @Override
    public dev.schemactl.engine.TypeNames typeNames() {
        return H2TypeNames.INSTANCE;
    }

    @Override
    public SqlRenderer renderer() {
        return new H2Renderer();
    }

    @Override
    public dev.schemactl.engine.TableStats tableStats() {
        return new H2TableStats();
    }

    /** A foreign key takes over an existing index led by its columns, which H2 then refuses to drop. */
    @Override
    public boolean foreignKeysNeedIndex() {
        return true;
    }

    @Override
    public boolean restrictIsNoAction() {
        return true;
    }
}
