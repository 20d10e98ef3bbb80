package dev.schemactl.engine.h2;

import dev.schemactl.engine.TableStats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2 row counts: for a small schema (at most {@value #EXACT_UP_TO} tables) the exact COUNT(*) of every table in one
 * UNION ALL query — H2 is an embedded database, typically small, and counting is cheap; for larger schemas
 * INFORMATION_SCHEMA.TABLES.ROW_COUNT_ESTIMATE. Names are lower-cased like the inspector's.
 */
final class H2TableStats implements TableStats {
    static final int EXACT_UP_TO = 50;

    private static final String TABLES = """
            SELECT TABLE_NAME, ROW_COUNT_ESTIMATE
            FROM INFORMATION_SCHEMA.TABLES
            WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'
            ORDER BY TABLE_NAME
            """;

    @Override
    public Snapshot read(Connection connection) throws SQLException {
        Map<String, Long> estimates = new HashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(TABLES)) {
            while (rs.next()) {
                String name = rs.getString(1);
                long n = rs.getLong(2);
                names.add(name);
                estimates.put(H2Names.model(name), rs.wasNull() ? UNKNOWN : n);
            }
        }
        if (names.isEmpty() || names.size() > EXACT_UP_TO) return new Snapshot(estimates, Set.of());
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sql.append(" UNION ALL ");
            sql.append("SELECT ").append(i).append(", COUNT(*) FROM \"PUBLIC\".\"")
                    .append(names.get(i).replace("\"", "\"\"")).append('"');
        }
        Map<String, Long> exact = new HashMap<>(estimates);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) exact.put(H2Names.model(names.get(rs.getInt(1))), rs.getLong(2));
        }
        return new Snapshot(exact, Set.of());
    }
}
