package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a {@link DatabaseHandle} gets its connections. */
sealed interface ConnectionSource permits PooledConnections, DirectConnections, BorrowedConnections {
    Connection get() throws SQLException;

    /** Makes sure {@code connection} is never handed out again (the caller closes it). */
    void evict(Connection connection);

    void close();
}
