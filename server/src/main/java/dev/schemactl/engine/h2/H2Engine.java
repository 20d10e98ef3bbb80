package dev.schemactl.engine.h2;

import dev.schemactl.engine.SchemaFingerprint;

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
    public dev.schemactl.engine.UnmanagedDdl unmanagedDdl() {
        return new H2UnmanagedDdl();
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

    /**
     * H2 keeps no DDL counter: a hash over the INFORMATION_SCHEMA rows the inspector reads (one query, in memory), of every
     * schema (a superset of any configured {@code schemas:}), the unmanaged objects' too (view definitions, triggers,
     * domains, constants, aliases: a CREATE OR REPLACE VIEW left a cached inspection as it was).
     */
    private static final SchemaFingerprint FINGERPRINT = SchemaFingerprint.query("""
            SELECT RAWTOHEX(HASH('SHA-256', CONCAT_WS('|',
              (SELECT LISTAGG(CONCAT_WS(':', TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, REMARKS), ',') WITHIN GROUP (ORDER BY TABLE_SCHEMA, TABLE_NAME)
                 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                      NUMERIC_SCALE, COALESCE(DECLARED_NUMERIC_PRECISION, -1), COALESCE(INTERVAL_TYPE, ''), DATETIME_PRECISION, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, '~'), IS_IDENTITY, COALESCE(IDENTITY_GENERATION, ''),
                      COALESCE(IDENTITY_START, 0), COALESCE(IDENTITY_INCREMENT, 0), COALESCE(COLUMN_ON_UPDATE, '~'),
                      COALESCE(GENERATION_EXPRESSION, ''), REMARKS, COALESCE(DOMAIN_NAME, '')), ',') WITHIN GROUP (ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION)
                 FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', INDEX_SCHEMA, INDEX_NAME, TABLE_NAME, INDEX_TYPE_NAME, REMARKS), ',') WITHIN GROUP (ORDER BY INDEX_SCHEMA, INDEX_NAME)
                 FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', INDEX_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, ORDERING_SPECIFICATION), ',') WITHIN GROUP (ORDER BY INDEX_NAME, ORDINAL_POSITION)
                 FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME, COALESCE(INDEX_NAME, ''), REMARKS), ',') WITHIN GROUP (ORDER BY CONSTRAINT_NAME)
                 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', CONSTRAINT_NAME, CHECK_CLAUSE), ',') WITHIN GROUP (ORDER BY CONSTRAINT_NAME)
                 FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE), ',') WITHIN GROUP (ORDER BY CONSTRAINT_NAME)
                 FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION), ',') WITHIN GROUP (ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION)
                 FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE, CYCLE_OPTION, REMARKS), ',') WITHIN GROUP (ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME)
                 FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_ORDINAL, VALUE_NAME), ',') WITHIN GROUP (ORDER BY OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_ORDINAL)
                 FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE OBJECT_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION), ',') WITHIN GROUP (ORDER BY TABLE_SCHEMA, TABLE_NAME)
                 FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING, ACTION_ORIENTATION,
                      COALESCE(JAVA_CLASS, ''), QUEUE_SIZE, NO_WAIT), ',') WITHIN GROUP (ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_MANIPULATION)
                 FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', DOMAIN_SCHEMA, DOMAIN_NAME, DATA_TYPE, COALESCE(CHARACTER_MAXIMUM_LENGTH, -1), COALESCE(NUMERIC_PRECISION, -1),
                      COALESCE(NUMERIC_SCALE, -1), COALESCE(DOMAIN_DEFAULT, '~'), COALESCE(DOMAIN_ON_UPDATE, '~')), ',') WITHIN GROUP (ORDER BY DOMAIN_SCHEMA, DOMAIN_NAME)
                 FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', CONSTANT_SCHEMA, CONSTANT_NAME, VALUE_DEFINITION), ',') WITHIN GROUP (ORDER BY CONSTANT_SCHEMA, CONSTANT_NAME)
                 FROM INFORMATION_SCHEMA.CONSTANTS WHERE CONSTANT_SCHEMA <> 'INFORMATION_SCHEMA'),
              (SELECT LISTAGG(CONCAT_WS(':', ROUTINE_SCHEMA, ROUTINE_NAME, COALESCE(EXTERNAL_NAME, ''), COALESCE(ROUTINE_DEFINITION, '')), ',')
                      WITHIN GROUP (ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, EXTERNAL_NAME, ROUTINE_DEFINITION)
                 FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA')), 1))
            """);

    @Override
    public SchemaFingerprint schemaFingerprint() {
        return FINGERPRINT;
    }
}
