package dev.schemactl.engine;

import com.zaxxer.hikari.HikariDataSource;
import dev.schemactl.config.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * An open connection source for one database, with its engine: a pool, or (for a read-only command that needs one
 * or two connections) plain driver connections. Close it to release everything.
 */
public final class DatabaseHandle implements AutoCloseable {
    private final DatabaseUrl url;
    private final Engine engine;
    private final ConnectionSource connections;
    private final MigrationLock openGuard;

    private DatabaseHandle(DatabaseUrl url, Engine engine, ConnectionSource connections, MigrationLock openGuard) {
        this.url = url;
        this.engine = engine;
        this.connections = connections;
        this.openGuard = openGuard;
    }

    /** Opens (and checks) a connection pool; fails fast with a typed, password-free error. */
    public static DatabaseHandle open(DatabaseUrl url, Duration lockTimeout) {
        return open(url, lockTimeout, true);
    }

    /**
     * Without a pool: each {@link #connection()} is a new connection from the engine's driver (no pool threads, no
     * driver scan). For a short read (status) that starting a pool would cost more than it saves.
     */
    public static DatabaseHandle openDirect(DatabaseUrl url, Duration lockTimeout) {
        return open(url, lockTimeout, false);
    }

    private static DatabaseHandle open(DatabaseUrl url, Duration lockTimeout, boolean pooled) {
        Engine engine = Engines.of(url.engine());
        MigrationLock guard = engine.guardOpen(url, lockTimeout);
        try {
            ConnectionSource source = pooled ? new PooledConnections(pool(url, engine.connectUrl(url), engine))
                    : new DirectConnections(url, engine.connectUrl(url));
            return new DatabaseHandle(url, engine, source, guard);
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /** A pool on an explicit JDBC URL (admin work on a maintenance database). */
    public static HikariDataSource pool(DatabaseUrl url, String jdbcUrl, Engine engine) {
        return PooledConnections.create(url, jdbcUrl, engine);
    }

    public Connection connection() {
        try {
            return connections.get();
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
            connections.evict(connection);
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
            connections.close();
        } finally {
            openGuard.close();
        }
    }
}
