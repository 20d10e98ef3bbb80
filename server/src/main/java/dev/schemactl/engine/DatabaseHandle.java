package dev.schemactl.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** An open, pooled connection to one database, with its engine. Close it to release everything. */
public final class DatabaseHandle implements AutoCloseable {
    private final DatabaseUrl url;
    private final Engine engine;
    private final HikariDataSource dataSource;
    private final MigrationLock openGuard;

    private DatabaseHandle(DatabaseUrl url, Engine engine, HikariDataSource dataSource, MigrationLock openGuard) {
        this.url = url;
        this.engine = engine;
        this.dataSource = dataSource;
        this.openGuard = openGuard;
    }

    /** Opens (and checks) a connection pool; fails fast with a typed, password-free error. */
    public static DatabaseHandle open(DatabaseUrl url, Duration lockTimeout) {
        Engine engine = Engines.of(url.engine());
        MigrationLock guard = engine.guardOpen(url, lockTimeout);
        try {
            return new DatabaseHandle(url, engine, pool(url, engine.connectUrl(url), engine), guard);
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /** A pool on an explicit JDBC URL (admin work on a maintenance database). */
    public static HikariDataSource pool(DatabaseUrl url, String jdbcUrl, Engine engine) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (url.user() != null) config.setUsername(url.user());
        if (url.password() != null) config.setPassword(url.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        config.setPoolName("schemactl");
        config.addDataSourceProperty("connectTimeout", url.engine() == EngineKind.MARIADB ? "5000" : "5");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw translate(e, url, engine);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) throw engine.translate(sql, url);
            throw new SchemactlException(ErrorCode.UNREACHABLE, "cannot connect to " + url.masked() + ": "
                    + DatabaseUrl.maskText(String.valueOf(e.getMessage())), "check the URL and that the server runs", e);
        }
    }

    private static SchemactlException translate(HikariPool.PoolInitializationException e, DatabaseUrl url, Engine engine) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof SQLException)) cause = cause.getCause();
        if (cause instanceof SQLException sql) return engine.translate(sql, url);
        return new SchemactlException(ErrorCode.UNREACHABLE, "cannot connect to " + url.masked(),
                "check the URL and that the server runs", e);
    }

    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw engine.translate(e, url);
        }
    }

    /** The schema(s) this URL names, read by the engine's inspector (see {@link DatabaseUrl#inspectedSchemas()}). */
    public dev.schemactl.schema.Schema inspect() {
        try (Connection c = connection()) {
            return engine.inspector().inspect(c, url.inspectedSchemas());
        } catch (SQLException e) {
            throw engine.translate(e, url);
        }
    }

    /**
     * A connection whose session state (search_path, current database, SET variables a script changed) must not
     * leak to later users of the pool: close it with {@link #discard(Connection)}.
     */
    public Connection scratchConnection() {
        return connection();
    }

    /** Closes a {@link #scratchConnection()} and drops it from the pool. */
    public void discard(Connection connection) {
        if (connection == null) return;
        try {
            dataSource.evictConnection(connection);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // evicted anyway
            }
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            dataSource.close();
        } finally {
            openGuard.close();
        }
    }
}
