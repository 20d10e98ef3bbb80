package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.TableStats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** information_schema.TABLES.TABLE_ROWS of the current database (InnoDB's estimate; NULL is unknown). */
final class MariaDbTableStats implements TableStats {

    private static final String QUERY = """
            SELECT TABLE_NAME, TABLE_ROWS
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
            """;

    @Override
    public Snapshot read(Connection connection) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                long n = rs.getLong(2);
                rows.put(rs.getString(1), rs.wasNull() ? UNKNOWN : n);
            }
        }
        return new Snapshot(rows, Set.of());
    }
}
