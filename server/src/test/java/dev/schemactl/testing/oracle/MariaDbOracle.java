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
 * What MariaDB itself says the current database ({@code DATABASE()}) holds, written without any schemactl code:
 * {@code SHOW CREATE TABLE} for every base table, {@code SHOW CREATE SEQUENCE} / {@code SHOW CREATE VIEW} for the
 * rest, normalized so that two databases built along different paths compare equal exactly when they behave alike:
 * <ul>
 *   <li>the {@code AUTO_INCREMENT=N} counter of the table options is dropped (it depends on the rows inserted);</li>
 *   <li>keys and constraints (PRIMARY, UNIQUE, KEY, CONSTRAINT ... FOREIGN KEY / CHECK) are sorted: their order in
 *       SHOW CREATE TABLE is creation order, which carries no meaning;</li>
 *   <li>column definitions keep their order in {@link #describeStrict} (what the corpus and the round trips compare:
 *       schemactl places added and re-added columns); {@link #describe} sorts them too, for a comparison where B
 *       moves columns that stay, which schemactl never does;</li>
 *   <li>the database name is left out (two databases are compared).</li>
 * </ul>
 * schemactl's own tracking tables ({@code schema_migrations*}) are left out.
 */
public final class MariaDbOracle {
    private static final Pattern AUTO_INCREMENT_COUNTER = Pattern.compile(" AUTO_INCREMENT=\\d+");

    private MariaDbOracle() {
    }

    /** Every object of the current database, one normalized block per object, columns sorted. */
    public static String describe(Connection c) throws SQLException {
        return render(objects(c, false));
    }

    /** Like {@link #describe}, but columns keep their order. */
    public static String describeStrict(Connection c) throws SQLException {
        return render(objects(c, true));
    }

    /**
     * Each base table's key lines of SHOW CREATE TABLE (PRIMARY, UNIQUE, KEY, FULLTEXT, SPATIAL) in the order it
     * shows them, which is creation order within the server's groups of keys: what {@link #describe} sorts away.
     */
    public static Map<String, String> keyOrder(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
            while (rs.next()) if (!rs.getString(1).toLowerCase().startsWith("schema_migrations")) tables.add(rs.getString(1));
        }
        Map<String, String> out = new TreeMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(t))) {
                rs.next();
                StringBuilder keys = new StringBuilder();
                for (String line : rs.getString(2).split("\n")) {
                    line = line.strip();
                    if (line.matches("(PRIMARY |UNIQUE |FULLTEXT |SPATIAL )?KEY .*")) keys.append(line).append('\n');
                }
                out.put(t, keys.toString());
            }
        }
        return out;
    }

    /** Each table's column names in order, e.g. {@code t: id, name}. */
    public static String columnOrder(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR ', ')"
                     + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                     + " AND TABLE_NAME NOT LIKE 'schema\\_migrations%' GROUP BY TABLE_NAME ORDER BY TABLE_NAME")) {
            while (rs.next()) b.append(rs.getString(1)).append(": ").append(rs.getString(2)).append('\n');
        }
        return b.toString();
    }

    private static String render(Map<String, String> objects) {
        StringBuilder b = new StringBuilder();
        objects.forEach((name, text) -> b.append(text).append("\n\n"));
        return b.toString();
    }

    private static Map<String, String> objects(Connection c, boolean keepColumnOrder) throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW FULL TABLES")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.toLowerCase().startsWith("schema_migrations")) continue;
                types.put(name, rs.getString(2));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : types.entrySet()) {
            String name = e.getKey();
            String type = e.getValue();
            String show = switch (type) {
                case "VIEW" -> "SHOW CREATE VIEW ";
                case "SEQUENCE" -> "SHOW CREATE SEQUENCE ";
                default -> "SHOW CREATE TABLE ";
            };
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(show + quote(name))) {
                rs.next();
                String ddl = rs.getString(2);
                // a sequence default names its own database (nextval(`db`.`s`)); two databases holding the same schema
                // differ only there, while a default calling another database's sequence keeps that database's name
                out.put(name, type.equals("VIEW") || type.equals("SEQUENCE") ? ddl
                        : normalizeTable(ddl.replace(quote(c.getCatalog()) + ".", ""), keepColumnOrder));
            }
        }
        return out;
    }

    /** Normalizes one SHOW CREATE TABLE text (see the class comment). */
    public static String normalizeTable(String ddl, boolean keepColumnOrder) {
        String[] lines = ddl.split("\n");
        String head = lines[0];
        String tail = AUTO_INCREMENT_COUNTER.matcher(lines[lines.length - 1]).replaceAll("");
        List<String> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i].strip();
            if (line.endsWith(",")) line = line.substring(0, line.length() - 1);
            if (line.startsWith("`")) columns.add(line);
            else keys.add(line);
        }
        if (!keepColumnOrder) columns.sort(null);
        keys.sort(null);
        StringBuilder b = new StringBuilder(head).append('\n');
        for (String col : columns) b.append("  ").append(col).append('\n');
        for (String key : keys) b.append("  ").append(key).append('\n');
        return b.append(tail).toString();
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
