package dev.schemactl.engine.postgres;

import dev.schemactl.engine.TableStats;
import dev.schemactl.schema.TableName;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pg_class.reltuples of every table of the inspected schemas (-1, "never vacuumed or analyzed", is unknown), named as
 * the inspector names them ({@code TableName#key()}: bare in the first schema, {@code billing.invoices} in another), and,
 * in the same query, the validated check constraints of the form {@code CHECK (col IS NOT NULL)}, which let
 * PostgreSQL 12+ SET NOT NULL without scanning the table.
 */
final class PostgresTableStats implements TableStats {

    private static final String QUERY = """
            SELECT n.nspname, c.relname, c.reltuples::bigint AS estimate,
                   ARRAY(SELECT pg_catalog.pg_get_constraintdef(con.oid)
                         FROM pg_catalog.pg_constraint con
                         WHERE con.conrelid = c.oid AND con.contype = 'c' AND con.convalidated) AS checks
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            """;

    /** {@code CHECK ((email IS NOT NULL))} as pg_get_constraintdef spells it. */
    private static final Pattern NOT_NULL_CHECK =
            Pattern.compile("(?i)^CHECK\\s*\\(+\\s*(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+IS\\s+NOT\\s+NULL\\s*\\)+$");

    /** The tables of {@code current_schema()} (bare names). */
    @Override
    public Snapshot read(Connection connection) throws SQLException {
        String current;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            current = rs.next() ? rs.getString(1) : null;
        }
        return current == null ? Snapshot.EMPTY : read(connection, List.of(current));
    }

    @Override
    public Snapshot read(Connection connection, List<String> schemas) throws SQLException {
        if (schemas.isEmpty()) return read(connection);
        Map<String, Long> rows = new HashMap<>();
        Set<String> notNull = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement(QUERY)) {
            st.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    String table = TableName.key(schema.equals(schemas.get(0)) ? null : schema, rs.getString(2));
                    long estimate = rs.getLong(3);
                    rows.put(table, estimate < 0 ? UNKNOWN : estimate);
                    Array checks = rs.getArray(4);
                    if (checks == null) continue;
                    for (Object def : (Object[]) checks.getArray()) {
                        Matcher m = NOT_NULL_CHECK.matcher(String.valueOf(def).trim());
                        if (m.matches()) notNull.add(table + "." + unquote(m.group(1)));
                    }
                }
            }
        }
        return new Snapshot(rows, notNull);
    }

    @Override
    public String sessionTimeZone(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW TimeZone")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public String losesHostBits(String column) {
        return "pg_catalog.network(" + column + ")::inet <> " + column;
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
    }
}
