package dev.schemactl.engine.mariadb;

import com.zaxxer.hikari.HikariDataSource;
import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.engine.DatabaseHandle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

final class MariaDbAdmin implements DatabaseAdmin {

    @Override
    public boolean exists(DatabaseUrl url) {
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection()) {
            return exists(c, url);
        } catch (SQLException e) {
            throw MariaDbEngine.INSTANCE.translate(e, url);
        }
    }

    /** On the caller's connection: one server pool serves the check and what follows it (each costs a connection). */
    private static boolean exists(Connection c, DatabaseUrl url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, url.database());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean create(DatabaseUrl url) {
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (exists(c, url)) return false;
            // IF NOT EXISTS: several `up` processes may race to create it
            st.execute("CREATE DATABASE IF NOT EXISTS " + quote(url.database()));
            return true;
        } catch (SQLException e) {
            throw MariaDbEngine.INSTANCE.translate(e, url);
        }
    }

    /**
     * With {@code like}'s default character set and collation (the server's when {@code like} does not exist yet):
     * the inspector leaves out a table collation equal to its database's, so a desired-state file loaded into a
     * shadow of the server's default utf8mb4 read a utf8mb4 table as "the database's", and the plan for a latin1
     * database set that table to latin1 (ALTER TABLE t DEFAULT CHARACTER SET=DEFAULT, converting its columns).
     */
    @Override
    public boolean createLike(DatabaseUrl url, DatabaseUrl like) {
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (exists(c, url)) return false;
            String defaults = "";
            try (PreparedStatement ps = c.prepareStatement("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                    + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
                ps.setString(1, like.database());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) defaults = " CHARACTER SET " + quote(rs.getString(1)) + " COLLATE " + quote(rs.getString(2));
                }
            }
            st.execute("CREATE DATABASE IF NOT EXISTS " + quote(url.database()) + defaults);
            return true;
        } catch (SQLException e) {
            throw MariaDbEngine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean drop(DatabaseUrl url) {
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (!exists(c, url)) return false;
            st.execute("DROP DATABASE IF EXISTS " + quote(url.database()));
            return true;
        } catch (SQLException e) {
            throw MariaDbEngine.INSTANCE.translate(e, url);
        }
    }

    private static HikariDataSource server(DatabaseUrl url) {
        DatabaseUrl admin = url.withDatabase(null);
        return DatabaseHandle.pool(url, admin.jdbcUrl(), MariaDbEngine.INSTANCE);
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
