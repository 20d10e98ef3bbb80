package dev.schemactl.testing.oracle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What H2 itself says the PUBLIC schema holds, read from INFORMATION_SCHEMA without any schemactl code: per base
 * table (names exactly as the catalog has them) its columns (type, size, nullability, default, identity), its
 * constraints (kind, columns, referenced table) and its indexes (columns with order). Names H2 makes up
 * ({@code CONSTRAINT_8}, {@code PRIMARY_KEY_E}, {@code ..._INDEX_3}) are left out: they depend on the path that built
 * the table. Columns are sorted (a rolled-back DROP COLUMN comes back last); schemactl's tracking tables are left out.
 */
public final class H2Oracle {
    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+|PRIMARY_KEY_[0-9A-F]+|.*_INDEX_[0-9A-F]+");

    private H2Oracle() {
    }

    public static String describe(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND LOWER(TABLE_NAME) NOT LIKE 'schema\\_migrations%'""")) {
            while (rs.next()) tables.put(rs.getString(1), new ArrayList<>());
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                       IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'""")) {
            while (rs.next()) {
                List<String> t = tables.get(rs.getString(1));
                if (t == null) continue;
                t.add("column " + rs.getString(2) + " " + rs.getString(3) + "(" + rs.getString(4) + "," + rs.getString(5) + ","
                        + rs.getString(6) + ") nullable=" + rs.getString(7) + " default=" + rs.getString(8) + " identity=" + rs.getString(9));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE,
                       (SELECT LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION)
                        FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                        WHERE k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) AS COLS,
                       (SELECT u.TABLE_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
                        JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u
                          ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                        WHERE r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) AS REFERENCED
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc WHERE tc.TABLE_SCHEMA = 'PUBLIC'""")) {
            while (rs.next()) {
                List<String> t = tables.get(rs.getString(1));
                if (t == null) continue;
                t.add("constraint " + name(rs.getString(2)) + rs.getString(3) + " (" + rs.getString(4) + ")"
                        + (rs.getString(5) == null ? "" : " references " + rs.getString(5)));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,
                       (SELECT LISTAGG(ic.COLUMN_NAME || ' ' || ic.ORDERING_SPECIFICATION, ',') WITHIN GROUP (ORDER BY ic.ORDINAL_POSITION)
                        FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic
                        WHERE ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME) AS COLS
                FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC'""")) {
            while (rs.next()) {
                List<String> t = tables.get(rs.getString(1));
                if (t == null) continue;
                t.add("index " + name(rs.getString(2)) + rs.getString(3) + " (" + rs.getString(4) + ")");
            }
        }
        StringBuilder b = new StringBuilder();
        tables.forEach((table, lines) -> {
            b.append("table ").append(table).append('\n');
            lines.stream().sorted().forEach(l -> b.append("  ").append(l).append('\n'));
        });
        return b.toString();
    }

    private static String name(String name) {
        return GENERATED_NAME.matcher(name).matches() ? "" : name + " ";
    }
}
