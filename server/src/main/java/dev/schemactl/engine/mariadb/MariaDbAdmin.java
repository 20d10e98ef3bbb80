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
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, url.database());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw MariaDbEngine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean create(DatabaseUrl url) {
        if (exists(url)) return false;
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // IF NOT EXISTS: several `up` processes may race to create it
            st.execute("CREATE DATABASE IF NOT EXISTS " + quote(url.database()));
            return true;
        } catch (SQLException e) {
            throw MariaDbEngine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean drop(DatabaseUrl url) {
        if (!exists(url)) return false;
        try (HikariDataSource ds = server(url); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
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
