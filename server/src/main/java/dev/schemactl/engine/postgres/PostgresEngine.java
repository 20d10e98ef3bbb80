package dev.schemactl.engine.postgres;

import dev.schemactl.engine.SchemaFingerprint;

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
import java.util.List;

public final class PostgresEngine implements Engine {
    public static final PostgresEngine INSTANCE = new PostgresEngine();
    /** Advisory locks are scoped to the current database, so one fixed key suffices. */
    static final long LOCK_KEY = 0x736368656d61L;

    private PostgresEngine() {
    }

    @Override
    public dev.schemactl.engine.ForeignKeyTargets foreignKeyTargets() {
        return PostgresForeignKeyTargets.INSTANCE;
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

    /** The primary knows its streaming replicas (pg_stat_replication); configured replica URLs are not needed. */
    @Override
    public dev.schemactl.engine.ReplicaMonitor replicaMonitor(java.util.List<DatabaseUrl> replicas) {
        return new PostgresReplicaMonitor(java.time.Clock.systemUTC());
    }

    /**
     * A pooler answers the startup itself: the backend key it hands the client is its own, so the pid the driver was
     * told at connect time is not the pid of the server process that runs the queries. Directly, they are equal.
     */
    @Override
    public String poolerEvidence(java.sql.Connection connection) throws SQLException {
        int announced = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        try (java.sql.Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int actual = rs.getInt(1);
            return announced == actual ? null : "the connection's backend pid " + announced
                    + " is not the server's (pg_backend_pid() = " + actual + "), so a pooler such as PgBouncer relays it";
        }
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
        return new dev.schemactl.diff.Differ(foreignKeysNeedIndex(), restrictIsNoAction(), true).droppingGenerationInPlace().comparingDefaultsExactly();
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
    public java.util.Optional<dev.schemactl.engine.LockProbe> lockProbe() {
        return java.util.Optional.of(new PostgresLockProbe());
    }

    @Override
    public dev.schemactl.engine.TableStats tableStats() {
        return new PostgresTableStats();
    }

    /**
     * ALTER COLUMN TYPE rebuilds an extended statistics object over the column (measured on PostgreSQL 15: it stays,
     * with its keys); it is DROP COLUMN that drops it. Every other dependent breaks or blocks the ALTER.
     */
    @Override
    public boolean retypeBreaks(dev.schemactl.schema.UnmanagedObject dependent) {
        return !dependent.kind().equals("statistics");
    }

    /** Every dependency PostgreSQL records (pg_depend, what the inspector reads) is by object id: a rename follows. */
    @Override
    public boolean renameFollows(dev.schemactl.schema.UnmanagedObject dependent) {
        return true;
    }

    @Override
    public dev.schemactl.engine.SafeSql safeSql() {
        return new PostgresSafeSql(new PostgresRenderer());
    }

    @Override
    public dev.schemactl.engine.OutsideReferences outsideReferences() {
        return PostgresOutsideReferences.INSTANCE;
    }

    @Override
    public dev.schemactl.engine.UnmanagedDdl unmanagedDdl() {
        PostgresRenderer renderer = new PostgresRenderer();
        return new PostgresUnmanagedDdl(renderer::quote);
    }

    /**
     * Row versions (xmin) of every catalog row the inspector reads in the schemas it reads: any DDL rewrites
     * at least one of them, so the value changes exactly when the schema may have. Each catalog gives its row count
     * and the sum of a 64-bit hash of every row's oid and xmin (a change is missed only if hashes cancel exactly,
     * about 2^-64): a third of the time of hashing one sorted string of them all. Only user columns (attnum > 0):
     * system columns come and go with their relation's own row.
     */
    private static final SchemaFingerprint FINGERPRINT = SchemaFingerprint.query("""
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = ANY (?)),
                 rel AS (SELECT c.oid, c.xmin FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns))
            SELECT concat_ws('|',
                (SELECT count(*) || ':' || sum(hashtextextended(oid || ':' || xmin, 0)) FROM rel),
                (SELECT count(*) || ':' || sum(hashtextextended(a.attrelid || '.' || a.attnum || ':' || a.xmin, 0))
                   FROM pg_attribute a WHERE a.attrelid IN (SELECT oid FROM rel) AND a.attnum > 0),
                (SELECT count(*) || ':' || sum(hashtextextended(x.oid || ':' || x.xmin, 0)) FROM pg_constraint x WHERE x.connamespace IN (SELECT oid FROM ns)),
                (SELECT count(*) || ':' || sum(hashtextextended(d.oid || ':' || d.xmin, 0)) FROM pg_attrdef d WHERE d.adrelid IN (SELECT oid FROM rel)),
                (SELECT count(*) || ':' || sum(hashtextextended(i.indexrelid || ':' || i.xmin, 0)) FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM rel)),
                (SELECT count(*) || ':' || sum(hashtextextended(s.seqrelid || ':' || s.xmin, 0)) FROM pg_sequence s WHERE s.seqrelid IN (SELECT oid FROM rel)),
                (SELECT count(*) || ':' || sum(hashtextextended(d.objoid || '.' || d.objsubid || ':' || d.xmin, 0))
                   FROM pg_description d WHERE d.objoid IN (SELECT oid FROM rel)),
                (SELECT count(*) || ':' || sum(hashtextextended(t.oid || ':' || t.xmin, 0)) FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typtype IN ('e', 'd')),
                (SELECT count(*) || ':' || sum(hashtextextended(e.oid || ':' || e.xmin, 0)) FROM pg_enum e
                   WHERE e.enumtypid IN (SELECT oid FROM pg_type WHERE typnamespace IN (SELECT oid FROM ns))))
            """, (c, schemas) -> c.createArrayOf("text", (schemas.isEmpty() ? List.of("public") : schemas).toArray()));

    @Override
    public SchemaFingerprint schemaFingerprint() {
        return FINGERPRINT;
    }

    private static final java.util.regex.Pattern SESSION_SETTING = java.util.regex.Pattern.compile(
            "(?is)\\s*(?:SET\\s+(?:SESSION\\s+)?(?!SESSION\\b|LOCAL\\b|ROLE\\b|CONSTRAINTS\\b|TRANSACTION\\b|TIME\\s+ZONE\\b)[a-z_][a-z0-9_.]*\\s*(?:=|\\bTO\\b).*"
                    + "|SELECT\\s+(?:pg_catalog\\.)?set_config\\s*\\(.*)");

    /** SQLSTATE 42704 ("unrecognized configuration parameter") of a plain SET or set_config(). */
    @Override
    public boolean unknownSessionSetting(String statement, java.sql.SQLException failure) {
        return "42704".equals(failure.getSQLState()) && String.valueOf(failure.getMessage()).contains("configuration parameter")
                && SESSION_SETTING.matcher(statement).matches();
    }
}
