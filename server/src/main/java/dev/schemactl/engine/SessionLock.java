package dev.schemactl.engine;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A lock owned by one database session (PostgreSQL advisory lock, MariaDB GET_LOCK): the server frees
 * it when the session ends, so a holder killed with -9 never leaves it stale.
 */
public final class SessionLock implements MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(SessionLock.class);
    private final Connection connection;
    private final String unlockSql;

    private SessionLock(Connection connection, String unlockSql) {
        this.connection = connection;
        this.unlockSql = unlockSql;
    }

    /** Polls {@code tryLockSql} (must return a boolean/1) with backoff until it succeeds or time runs out. */
    public static SessionLock acquire(DatabaseHandle database, Duration timeout, String tryLockSql, String unlockSql) {
        Connection connection = database.connection();
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 50;
        try (Statement st = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = st.executeQuery(tryLockSql)) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return new SessionLock(connection, unlockSql);
                    }
                }
                if (System.nanoTime() > deadline) {
                    closeQuietly(connection);
                    throw new SchemactlException(ErrorCode.LOCK_TIMEOUT, "another schemactl process holds the migration lock on "
                            + database.url().masked() + " (waited " + timeout.toSeconds() + " s)",
                            "wait for it to finish, or raise --lock-timeout");
                }
                LOG.debug("migration lock busy; retrying in {} ms", sleep);
                Thread.sleep(sleep);
                sleep = Math.min(sleep * 2, 1000);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw database.engine().translate(e, database.url());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(connection);
            throw new SchemactlException(ErrorCode.LOCK_TIMEOUT, "interrupted while waiting for the migration lock", "try again");
        }
    }

    @Override
    public void close() {
        try (Statement st = connection.createStatement()) {
            st.execute(unlockSql);
        } catch (SQLException e) {
            LOG.debug("unlock failed (the session end releases it): {}", e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing the session releases the lock anyway
        }
    }
}
