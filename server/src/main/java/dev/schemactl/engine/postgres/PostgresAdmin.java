package dev.schemactl.engine.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

final class PostgresAdmin implements DatabaseAdmin {

    @Override
    public boolean exists(DatabaseUrl url) {
        try (HikariDataSource ds = maintenance(url); Connection c = ds.getConnection()) {
            return exists(c, url);
        } catch (SQLException e) {
            throw PostgresEngine.INSTANCE.translate(e, url);
        }
    }

    private static boolean exists(Connection c, DatabaseUrl url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, url.database());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean create(DatabaseUrl url) {
        return create(url, false);
    }

    /**
     * A shadow is thrown away, never recovered after a crash: its commits need not wait for the WAL flush (what other
     * sessions see is the same). Loading a desired-state file and replaying a migration, its rollback and the migration
     * again commit each DDL statement on its own: Zabbix's 8,000 lines loaded in 3.5-5.5 s instead of 6.5 s.
     */
    @Override
    public boolean createLike(DatabaseUrl url, DatabaseUrl like) {
        return create(url, true);
    }

    /** One maintenance connection for the check and the CREATE (each pool costs a connection and its threads). */
    private static boolean create(DatabaseUrl url, boolean scratch) {
        try (HikariDataSource ds = maintenance(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (exists(c, url)) return false;
            st.execute("CREATE DATABASE " + quote(url.database()));
            if (scratch) st.execute("ALTER DATABASE " + quote(url.database()) + " SET synchronous_commit = off");
            return true;
        } catch (SQLException e) {
            // 42P04 duplicate_database; 23505 when two creators race on pg_database's unique index
            if ("42P04".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) return false;
            throw PostgresEngine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean drop(DatabaseUrl url) {
        return drop(url, "");
    }

    /** WITH (FORCE) (PostgreSQL 13+) ends the server sessions a pooler keeps to the shadow after schemactl closed its own. */
    @Override
    public boolean dropScratch(DatabaseUrl url) {
        return drop(url, " WITH (FORCE)");
    }

    private static boolean drop(DatabaseUrl url, String options) {
        try (HikariDataSource ds = maintenance(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (!exists(c, url)) return false;
            st.execute("DROP DATABASE IF EXISTS " + quote(url.database()) + options);
            return true;
        } catch (SQLException e) {
            if ("55006".equals(e.getSQLState())) {
                throw new SchemactlException(ErrorCode.INTERNAL, "database '" + url.database()
                        + "' is in use by other sessions", "close the other connections and try again", e);
            }
            throw PostgresEngine.INSTANCE.translate(e, url);
        }
    }

    private static HikariDataSource maintenance(DatabaseUrl url) {
        DatabaseUrl admin = url.withDatabase("postgres");
        return DatabaseHandle.pool(admin, admin.jdbcUrl(), PostgresEngine.INSTANCE);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
