package dev.schemactl.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.Connection;
import java.sql.SQLException;

/** A Hikari pool; kept in its own class so that handles without a pool never load Hikari. */
record PooledConnections(HikariDataSource pool) implements ConnectionSource {
    static HikariDataSource create(DatabaseUrl url, String jdbcUrl, Engine engine) {
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

    @Override
    public Connection get() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void evict(Connection connection) {
        pool.evictConnection(connection);
    }

    @Override
    public void close() {
        pool.close();
    }
}
