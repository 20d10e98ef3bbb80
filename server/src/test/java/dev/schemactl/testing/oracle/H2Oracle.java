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
 * What H2 itself says the database holds, read from INFORMATION_SCHEMA without any schemactl code, in every schema
 * but INFORMATION_SCHEMA (tables named {@code SCHEMA.TABLE}, names exactly as the catalog has them):
 * <ul>
 *   <li>per base table its comment and its columns: data type with length / precision / scale / datetime precision /
 *       interval qualifier / enum values, nullability, default, ON UPDATE expression, identity (ALWAYS or BY DEFAULT,
 *       start, increment), generated expression, visibility, DEFAULT ON NULL, comment;</li>
 *   <li>its constraints: kind, columns, referenced table and columns (each foreign-key column's own, by POSITION_IN_UNIQUE_CONSTRAINT), ON DELETE / ON UPDATE rules, CHECK expression,
 *       NULLS DISTINCT;</li>
 *   <li>its indexes: kind (unique or not), columns with order and NULLS order (not the plain indexes H2 makes up for
 *       foreign keys, which depend on the order the table was built in);</li>
 *   <li>sequences (type, start, increment, minimum, maximum, cycle, cache), and views (present, their query) left
 *       alone.</li>
 * </ul>
 * Names H2 makes up ({@code CONSTRAINT_8}, {@code PRIMARY_KEY_E}, {@code ..._INDEX_3}) are left out: they depend on
 * the path that built the table; a name the user gave is compared. Columns are sorted (a rolled-back DROP COLUMN
 * comes back last); schemactl's tracking tables are left out.
 */
public final class H2Oracle {
    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+|PRIMARY_KEY_[0-9A-F]+|.*_INDEX_[0-9A-F]+");
    private static final String NOT_SYSTEM = " <> 'INFORMATION_SCHEMA'";

    private H2Oracle() {
    }

    public static String describe(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> others = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, REMARKS FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA""" + NOT_SYSTEM + " AND LOWER(TABLE_NAME) NOT LIKE 'schema\\_migrations%'")) {
            while (rs.next()) {
                if (!"BASE TABLE".equals(rs.getString(3))) continue;
                List<String> lines = new ArrayList<>();
                if (rs.getString(4) != null) lines.add("comment " + rs.getString(4));
                tables.put(rs.getString(1) + "." + rs.getString(2), lines);
            }
        }
        Map<String, List<String>> enums = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
                WHERE OBJECT_TYPE = 'TABLE' ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""")) {
            while (rs.next()) {
                enums.computeIfAbsent(rs.getString(1) + "." + rs.getString(2) + "\0" + rs.getString(3), k -> new ArrayList<>())
                        .add(rs.getString(4));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                       NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,
                       IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT, IS_GENERATED, GENERATION_EXPRESSION,
                       COLUMN_ON_UPDATE, IS_VISIBLE, DEFAULT_ON_NULL, REMARKS, DTD_IDENTIFIER, COLLATION_NAME, DOMAIN_NAME
                FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA""" + NOT_SYSTEM)) {
            while (rs.next()) {
                String key = rs.getString(1) + "." + rs.getString(2);
                List<String> t = tables.get(key);
                if (t == null) continue;
                StringBuilder b = new StringBuilder("column ").append(rs.getString(3)).append(' ').append(rs.getString(4))
                        .append('(').append(rs.getString(5)).append(',').append(rs.getString(6)).append(',')
                        .append(rs.getString(7)).append(',').append(rs.getString(8)).append(')');
                if (rs.getString(9) != null) b.append(' ').append(rs.getString(9));
                List<String> values = enums.get(key + "\0" + rs.getString(22));
                if (values != null) b.append(" values").append(values);
                b.append(" nullable=").append(rs.getString(10)).append(" default=").append(rs.getString(11));
                if ("YES".equals(rs.getString(12))) {
                    b.append(" identity ").append(rs.getString(13)).append(" start ").append(rs.getString(14))
                            .append(" increment ").append(rs.getString(15));
                }
                if ("ALWAYS".equals(rs.getString(16))) b.append(" generated as ").append(rs.getString(17));
                if (rs.getString(18) != null) b.append(" on update ").append(rs.getString(18));
                if (!rs.getBoolean(19)) b.append(" invisible");
                if (rs.getBoolean(20)) b.append(" default on null");
                if (rs.getString(21) != null && !rs.getString(21).isEmpty()) b.append(" comment ").append(rs.getString(21));
                if (rs.getString(23) != null && !"OFF".equals(rs.getString(23))) b.append(" collate ").append(rs.getString(23));
                if (rs.getString(24) != null) b.append(" domain ").append(rs.getString(24));
                t.add(b.toString());
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, tc.NULLS_DISTINCT,
                       (SELECT LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION)
                        FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                        WHERE k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) AS COLS,
                       (SELECT u.TABLE_SCHEMA || '.' || u.TABLE_NAME || ' ('
                               || (SELECT LISTAGG(k2.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k1.ORDINAL_POSITION)
                                   FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k1
                                   JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k2
                                     ON k2.CONSTRAINT_SCHEMA = u.CONSTRAINT_SCHEMA AND k2.CONSTRAINT_NAME = u.CONSTRAINT_NAME
                                    AND k2.ORDINAL_POSITION = k1.POSITION_IN_UNIQUE_CONSTRAINT
                                   WHERE k1.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k1.CONSTRAINT_NAME = tc.CONSTRAINT_NAME)
                               || ') on delete ' || r.DELETE_RULE || ' on update ' || r.UPDATE_RULE
                        FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
                        JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u
                          ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                        WHERE r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) AS REFERENCED,
                       (SELECT cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
                        WHERE cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) AS CHECK_CLAUSE
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc WHERE tc.TABLE_SCHEMA""" + NOT_SYSTEM)) {
            while (rs.next()) {
                List<String> t = tables.get(rs.getString(1) + "." + rs.getString(2));
                if (t == null) continue;
                t.add("constraint " + name(rs.getString(3)) + rs.getString(4) + " (" + rs.getString(6) + ")"
                        + (rs.getString(7) == null ? "" : " references " + rs.getString(7))
                        + (rs.getString(8) == null ? "" : " check " + rs.getString(8))
                        + (rs.getString(5) == null || "DISTINCT".equals(rs.getString(5)) ? "" : " nulls " + rs.getString(5)));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, i.NULLS_DISTINCT,
                       (SELECT LISTAGG(ic.COLUMN_NAME || ' ' || ic.ORDERING_SPECIFICATION || ' NULLS ' || ic.NULL_ORDERING, ',')
                               WITHIN GROUP (ORDER BY ic.ORDINAL_POSITION)
                        FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic
                        WHERE ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME) AS COLS
                FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA""" + NOT_SYSTEM)) {
            while (rs.next()) {
                List<String> t = tables.get(rs.getString(1) + "." + rs.getString(2));
                if (t == null) continue;
                // a plain index H2 made up itself serves a foreign key: H2 makes one only when no index made before the
                // key covers its columns, and keeps it when a primary key over them comes later, so whether it is there
                // tells the order the table was built in, not what it does (it enforces nothing)
                if (GENERATED_NAME.matcher(rs.getString(3)).matches() && "INDEX".equals(rs.getString(4))) continue;
                t.add("index " + name(rs.getString(3)) + rs.getString(4) + " (" + indexColumns(rs.getString(3), rs.getString(6)) + ")"
                        + (rs.getString(5) == null || "DISTINCT".equals(rs.getString(5)) ? "" : " nulls " + rs.getString(5)));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE,
                       CYCLE_OPTION, CACHE, REMARKS
                FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA""" + NOT_SYSTEM)) {
            while (rs.next()) {
                others.add("sequence " + rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + " start " + rs.getString(4)
                        + " increment " + rs.getString(5) + " min " + rs.getString(6) + " max " + rs.getString(7)
                        + " cycle " + rs.getString(8) + " cache " + rs.getString(9)
                        + (rs.getString(10) == null ? "" : " comment " + rs.getString(10)));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA""" + NOT_SYSTEM)) {
            while (rs.next()) others.add("view " + rs.getString(1) + "." + rs.getString(2) + ": " + rs.getString(3));
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME""" + NOT_SYSTEM)) {
            while (rs.next()) others.add("schema " + rs.getString(1));
        }
        StringBuilder b = new StringBuilder();
        tables.forEach((table, lines) -> {
            b.append("table ").append(table).append('\n');
            lines.stream().sorted().forEach(l -> b.append("  ").append(l).append('\n'));
        });
        others.stream().sorted().forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    /**
     * An index H2 made for a constraint backs every later constraint over the same columns in any order, so its
     * column order is the first such constraint's, which depends on the path that built the table (two foreign keys
     * over (a, b) and (b, a) added in either order): such an index is compared by its columns as a set.
     */
    private static String indexColumns(String indexName, String columns) {
        if (columns == null || !GENERATED_NAME.matcher(indexName).matches()) return columns;
        return java.util.Arrays.stream(columns.split(",")).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    private static String name(String name) {
        return GENERATED_NAME.matcher(name).matches() ? "" : name + " ";
    }
}
