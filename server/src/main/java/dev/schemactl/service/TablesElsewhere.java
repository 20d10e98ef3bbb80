package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables a PostgreSQL or H2 database keeps outside the schemas schemactl manages, counted by schema: an adopted
 * database often keeps all of its tables in a schema of its own (musicbrainz, graphile_worker), and "no tables" then
 * needs to say where they are. Read through JDBC metadata, separately from the inspector.
 */
record TablesElsewhere(Map<String, Integer> countsBySchema) {
    private static final Set<String> SYSTEM = Set.of("information_schema", "pg_catalog", "pg_toast");

    static TablesElsewhere of(Connection connection, EngineKind engine, List<String> managed) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        if (engine != EngineKind.POSTGRESQL && engine != EngineKind.H2) return new TablesElsewhere(counts);
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[]{"TABLE", "PARTITIONED TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || SYSTEM.contains(schema.toLowerCase(Locale.ROOT)) || managed.contains(schema)) continue;
                counts.merge(schema, 1, Integer::sum);
            }
        }
        return new TablesElsewhere(counts);
    }

    boolean isEmpty() {
        return countsBySchema.isEmpty();
    }

    /** {@code app (2 tables), audit (1 table)}. */
    String described() {
        StringBuilder out = new StringBuilder();
        countsBySchema.forEach((schema, n) -> out.append(out.isEmpty() ? "" : ", ").append(schema)
                .append(" (").append(n).append(n == 1 ? " table)" : " tables)"));
        return out.toString();
    }

    /** The {@code schemas:} setting that manages them: {@code schemas: [app, audit]}. */
    String setting() {
        return "schemas: [" + String.join(", ", countsBySchema.keySet()) + "]";
    }
}
