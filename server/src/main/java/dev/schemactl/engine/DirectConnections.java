package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * New connections straight from the engine's driver, with the options the pool would pass. Asking the driver itself
 * (not DriverManager) avoids loading and initialising every JDBC driver on the class path.
 */
final class DirectConnections implements ConnectionSource {
    private final DatabaseUrl url;
    private final String jdbcUrl;
    private final Driver driver;

    DirectConnections(DatabaseUrl url, String jdbcUrl) {
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.driver = driver(url.engine());
    }

    private static Driver driver(EngineKind kind) {
        String name = switch (kind) {
            case POSTGRESQL -> "org.postgresql.Driver";
            case MARIADB -> "org.mariadb.jdbc.Driver";
            case H2 -> "org.h2.Driver";
            case SQLITE -> "org.sqlite.JDBC";
        };
        try {
            return (Driver) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SchemactlException(ErrorCode.INTERNAL, "the JDBC driver " + name + " is missing",
                    "rebuild schemactl (mvn -B -DskipTests package)", e);
        }
    }

    @Override
    public Connection get() throws SQLException {
        Properties properties = new Properties();
        if (url.user() != null) properties.setProperty("user", url.user());
        if (url.password() != null) properties.setProperty("password", url.password());
        properties.setProperty("connectTimeout", url.engine() == EngineKind.MARIADB ? "5000" : "5");
        Connection connection = driver.connect(jdbcUrl, properties);
        if (connection == null) throw new SQLException("the driver does not accept " + url.masked());
        return connection;
    }

    @Override
    public void evict(Connection connection) {
        // never pooled
    }

    @Override
    public void close() {
        // nothing held
    }
}
