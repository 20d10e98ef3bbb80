package dev.schemactl.engine.sqlite;

import dev.schemactl.engine.TableStats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQLite row counts: SQLite keeps no estimate a query can read without ANALYZE, and its files are
 * small, so for up to {@value #EXACT_UP_TO} tables every table is counted exactly in one UNION ALL
 * query; above that the counts are unknown.
 */
final class SqliteTableStats implements TableStats {
    static final int EXACT_UP_TO = 50;

    @Override
    public Snapshot read(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        Map<String, Long> counts = new HashMap<>();
        if (names.isEmpty() || names.size() > EXACT_UP_TO) return new Snapshot(counts, Set.of());
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sql.append(" UNION ALL ");
            sql.append("SELECT ").append(i).append(", COUNT(*) FROM \"").append(names.get(i).replace("\"", "\"\"")).append('"');
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) counts.put(names.get(rs.getInt(1)).toLowerCase(Locale.ROOT), rs.getLong(2));
        }
        return new Snapshot(counts, Set.of());
    }

    @Override
    public String textLength(String column) {
        return "length(" + column + ")";
    }

    @Override
    public String binaryLength(String column) {
        return "length(CAST(" + column + " AS BLOB))";
    }
}
