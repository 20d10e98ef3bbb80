package dev.schemactl.engine;

import com.zaxxer.hikari.HikariDataSource;
import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An open connection source for one database, with its engine: a pool, plain driver connections (for a read-only
 * command that needs one or two), or an application's pool it {@link #borrow borrowed} (left open on close). A
 * long-running process can hand out {@link #share shares} of one handle (one pool, one held H2 file) to concurrent callers.
 */
public final class DatabaseHandle implements AutoCloseable {
    private final DatabaseUrl url;
    private final Engine engine;
    private final ConnectionSource connections;
    private final MigrationLock openGuard;
    /** Serializes migrations among the shares of one pool (H2's file lock is held once, by the pool, for all of them). */
    private final ReentrantLock inProcess;
    /** The engine lock this handle holds while {@link #migrationLock} is held by its owner thread; null when none. */
    private MigrationLock held;
    private int holds;

    private DatabaseHandle(DatabaseUrl url, Engine engine, ConnectionSource connections, MigrationLock openGuard,
                           ReentrantLock inProcess) {
        this.url = url;
        this.engine = engine;
        this.connections = connections;
        this.openGuard = openGuard;
        this.inProcess = inProcess;
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
            return new DatabaseHandle(url, engine, source, guard, new ReentrantLock());
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /**
     * The database behind an application's own pool (the Spring Boot starter): the URL and user come from the driver's
     * metadata, the engine from the URL; the pool stays the application's and is not closed by {@link #close()}.
     *
     * @param workingDir    what a relative H2 or SQLite file path in the URL is relative to
     * @param trackingTable schemactl's tracking table ({@code migrations_table}); null for the default
     */
    public static DatabaseHandle borrow(DataSource dataSource, Path workingDir, List<String> schemas, String trackingTable,
                                        Duration lockTimeout) {
        DatabaseUrl url;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            DatabaseUrl parsed = DatabaseUrl.parse(meta.getURL(), workingDir).withSchemas(schemas);
            url = new DatabaseUrl(parsed.engine(), parsed.jdbcUrl(), meta.getUserName(), null, parsed.host(), parsed.port(),
                    parsed.database(), parsed.filePath(), parsed.original(), parsed.schemas(), trackingTable);
        } catch (SQLException e) {
            throw new SchemactlException(ErrorCode.UNREACHABLE, "cannot connect through the application's DataSource: "
                    + DatabaseUrl.maskText(String.valueOf(e.getMessage())), "check the spring.datasource.* settings", e);
        }
        Engine engine = Engines.of(url.engine());
        return new DatabaseHandle(url, engine, new BorrowedConnections(dataSource), engine.guardOpen(url, lockTimeout), new ReentrantLock());
    }

    /** A pool on an explicit JDBC URL (admin work on a maintenance database). */
    public static HikariDataSource pool(DatabaseUrl url, String jdbcUrl, Engine engine) {
        return PooledConnections.create(url, jdbcUrl, engine);
    }

    /**
     * Another handle on this same pool for one caller; closing it runs {@code release} and leaves the pool open. Shares
     * take turns on {@link #migrationLock}. {@code as} is the caller's URL: the same location and credentials, with its
     * own project's schemas and tracking table.
     */
    public DatabaseHandle share(DatabaseUrl as, Runnable release) {
        return new DatabaseHandle(as, engine, connections, new Share(release), inProcess);
    }

    /** True when holding this handle keeps other processes out of the database (an H2 file). */
    public boolean excludesOtherProcesses() {
        return openGuard != MigrationLock.NONE && !(openGuard instanceof Share);
    }

    /**
     * Takes the migration lock: first among the shares of this pool in this process, then the engine's (advisory lock,
     * file lock). Re-entrant on this handle: a caller that holds it (to decide and apply under one lock) can pass the
     * handle to code that takes it again; the inner take is a no-op.
     */
    public MigrationLock migrationLock(Duration timeout) {
        if (inProcess.isHeldByCurrentThread() && held != null) {
            holds++;
            return this::releaseMigrationLock;
        }
        try {
            if (!inProcess.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SchemactlException(ErrorCode.LOCK_TIMEOUT, "another migration in this process holds the migration lock on "
                        + url.masked() + " (waited " + timeout.toSeconds() + " s)", "wait for it to finish, or raise --lock-timeout");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.LOCK_TIMEOUT, "interrupted while waiting for the migration lock", "try again");
        }
        try {
            held = engine.acquireMigrationLock(this, timeout);
        } catch (RuntimeException e) {
            inProcess.unlock();
            throw e;
        }
        holds = 1;
        return this::releaseMigrationLock;
    }

    /** What closing a share does instead of closing the pool. */
    private record Share(Runnable release) implements MigrationLock {
        @Override
        public void close() {
            release.run();
        }
    }

    private void releaseMigrationLock() {
        if (--holds > 0) return;
        try {
            held.close();
        } finally {
            held = null;
            inProcess.unlock();
        }
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

    /** The engine's renderer for this database's managed schemas ({@link SqlRenderer#forSchemas}). */
    public SqlRenderer renderer() {
        return engine.renderer().forSchemas(url.inspectedSchemas());
    }

    /** The engine's writer of unmanaged objects for this database's managed schemas. */
    public UnmanagedDdl unmanagedDdl() {
        return engine.unmanagedDdl().forSchemas(url.inspectedSchemas());
    }

    /**
     * A connection whose session state (search_path, current database, SET variables a script changed) must not
     * leak to later users of the pool: close it with {@link #discard(Connection)}.
     */
    public Connection scratchConnection() {
        return connection();
    }

    /** Closes a {@link #scratchConnection()} and drops it from the pool (a borrowed pool that is not HikariCP: closes it). */
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
        if (openGuard instanceof Share) {
            openGuard.close(); // a share: the pool stays open for the others
            return;
        }
        try {
            connections.close();
        } finally {
            openGuard.close();
        }
    }
}
