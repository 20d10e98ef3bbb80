package dev.schemactl.engine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An application's own pool (the Spring Boot starter): connections come from it and go back to it, and closing the
 * handle leaves the pool open. A connection left in an unknown state is evicted where the pool is Hikari; other pools
 * get it closed.
 */
record BorrowedConnections(DataSource dataSource) implements ConnectionSource {
    @Override
    public Connection get() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void evict(Connection connection) {
        try {
            if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException | NoClassDefFoundError e) {
            // not a Hikari pool (or Hikari is absent): closing the connection is all that can be done
        }
    }

    @Override
    public void close() {
        // the application's pool outlives this handle
    }
}
