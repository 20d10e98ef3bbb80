package dev.schemactl.source;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection provider of an offline Hibernate bootstrap: schemactl reads entity mappings without
 * any database, so asking for a connection is a bug and fails loudly instead of reaching a server.
 */
public final class NoConnectionProvider implements ConnectionProvider {

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("schemactl reads Hibernate models offline; no database connection is available");
    }

    @Override
    public void closeConnection(Connection connection) {
        // never handed out
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        throw new UnsupportedOperationException("cannot unwrap " + unwrapType);
    }
}
