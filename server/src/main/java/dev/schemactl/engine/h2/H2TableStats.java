package dev.schemactl.engine.h2;

import dev.schemactl.engine.TableStats;
import dev.schemactl.schema.TableName;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * H2 row counts of the tables of the inspected schemas ({@code schemas:}; none: PUBLIC): for a small schema (at most
 * {@value #EXACT_UP_TO} tables) the exact COUNT(*) of every table in one UNION ALL query — H2 is an embedded database,
 * typically small, and counting is cheap; for larger schemas INFORMATION_SCHEMA.TABLES.ROW_COUNT_ESTIMATE. Tables are
 * named as the inspector names them ({@link TableName#key()}: bare in the first schema, {@code billing.invoices} in
 * another), so a table of any configured schema gets its count.
 */
final class H2TableStats implements TableStats {
    static final int EXACT_UP_TO = 50;

    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, ROW_COUNT_ESTIMATE
            FROM INFORMATION_SCHEMA.TABLES
            WHERE %s AND TABLE_TYPE = 'BASE TABLE'
            ORDER BY TABLE_SCHEMA, TABLE_NAME
            """;

    @Override
    public Snapshot read(Connection connection) throws SQLException {
        return read(connection, List.of());
    }

    @Override
    public Snapshot read(Connection connection, List<String> schemas) throws SQLException {
        List<String> catalogSchemas = schemas.stream().map(H2Names::catalog).toList();
        String scope = catalogSchemas.isEmpty() ? "UPPER(TABLE_SCHEMA) = 'PUBLIC'"
                : "TABLE_SCHEMA IN (" + catalogSchemas.stream().map(n -> "'" + n.replace("'", "''") + "'")
                .collect(Collectors.joining(", ")) + ")";
        Map<String, Long> estimates = new HashMap<>();
        List<String[]> names = new ArrayList<>(); // {catalog schema, catalog table, model key}
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(TABLES.formatted(scope))) {
            while (rs.next()) {
                String schema = rs.getString(1);
                String name = rs.getString(2);
                long n = rs.getLong(3);
                boolean isDefault = catalogSchemas.isEmpty() ? schema.equalsIgnoreCase("PUBLIC") : catalogSchemas.get(0).equals(schema);
                String key = TableName.key(isDefault ? null : H2Names.model(schema), H2Names.model(name));
                names.add(new String[] {schema, name, key});
                estimates.put(key, rs.wasNull() ? UNKNOWN : n);
            }
        }
        if (names.isEmpty() || names.size() > EXACT_UP_TO) return new Snapshot(estimates, Set.of());
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sql.append(" UNION ALL ");
            sql.append("SELECT ").append(i).append(", COUNT(*) FROM ").append(quoted(names.get(i)[0])).append('.')
                    .append(quoted(names.get(i)[1]));
        }
        Map<String, Long> exact = new HashMap<>(estimates);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) exact.put(names.get(rs.getInt(1))[2], rs.getLong(2));
        }
        return new Snapshot(exact, Set.of());
    }

    private static String quoted(String catalogName) {
        return "\"" + catalogName.replace("\"", "\"\"") + "\"";
    }
}
