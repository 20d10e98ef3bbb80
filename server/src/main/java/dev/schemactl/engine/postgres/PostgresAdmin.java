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
        try (HikariDataSource ds = maintenance(url); Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, url.database());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw PostgresEngine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean create(DatabaseUrl url) {
        if (exists(url)) return false;
        try (HikariDataSource ds = maintenance(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + quote(url.database()));
            return true;
        } catch (SQLException e) {
            // 42P04 duplicate_database; 23505 when two creators race on pg_database's unique index
            if ("42P04".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) return false;
            throw PostgresEngine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean drop(DatabaseUrl url) {
        if (!exists(url)) return false;
        try (HikariDataSource ds = maintenance(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(url.database()));
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
