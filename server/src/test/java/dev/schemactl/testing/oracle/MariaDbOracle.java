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
 * Triggers, stored procedures and functions and events follow the tables, from SHOW CREATE TRIGGER / PROCEDURE /
 * FUNCTION / EVENT (names from information_schema, read here, not through schemactl's inspector), with the trigger's
 * action order (which of two triggers on the same table, timing and event fires first) and the sql_mode each was
 * created under (it changes what the body does). What is volatile is normalized away: the DEFINER clause (the account
 * that ran the DDL, the same root in both databases but not what the object does) and an event's STARTS timestamp
 * (MariaDB stores the creation time when none is given). The created/modified timestamps are separate columns and are
 * not read. A sequence's current value is not compared: it is data (data.sql draws from it in one database only),
 * and pairs that care say so in expect.sql.
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

    private static final Pattern DEFINER = Pattern.compile("\\bDEFINER=(`(?:[^`]|``)*`|'[^']*'|\\S+?)@(`(?:[^`]|``)*`|'[^']*'|\\S+) ");
    private static final Pattern EVENT_STARTS = Pattern.compile(" STARTS '[^']*'");
    /** A trigger's ON clause: RENAME TABLE rewrites it with the new name backquoted, the rest of the text as written. */
    private static final Pattern TRIGGER_ON_QUOTED = Pattern.compile("(?i)( ON )`([A-Za-z_][A-Za-z0-9_$]*)`( FOR EACH ROW )");

    /**
     * Triggers, routines and events of the current database, keyed so they sort after nothing else's key collides:
     * {@code ~trigger name}, {@code ~procedure name}, {@code ~function name}, {@code ~event name}.
     */
    private static Map<String, String> code(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        List<String[]> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 'TRIGGER', TRIGGER_NAME, CONCAT(EVENT_OBJECT_TABLE, ' ', ACTION_TIMING, ' ', EVENT_MANIPULATION, ' #', ACTION_ORDER)"
                        + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                        + " UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME, '' FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
                        + " AND ROUTINE_TYPE IN ('PROCEDURE', 'FUNCTION')"
                        + " UNION ALL SELECT 'EVENT', EVENT_NAME, '' FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()")) {
            while (rs.next()) names.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
        for (String[] n : names) {
            int column = n[0].equals("EVENT") ? 4 : 3; // SHOW CREATE EVENT has time_zone before the statement
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE " + n[0] + " " + quote(n[1]))) {
                if (!rs.next()) throw new SQLException("SHOW CREATE " + n[0] + " " + n[1] + " returned nothing");
                String text = rs.getString(column);
                if (text == null) throw new SQLException("SHOW CREATE " + n[0] + " " + n[1] + " returned no text (privileges?)");
                text = DEFINER.matcher(text).replaceAll("");
                if (n[0].equals("EVENT")) text = EVENT_STARTS.matcher(text).replaceAll(" STARTS <creation time>");
                // the same name, quoted or not (quoting is not meaning): a trigger moved by RENAME TABLE says ON `invoices`
                if (n[0].equals("TRIGGER")) text = TRIGGER_ON_QUOTED.matcher(text).replaceFirst("$1$2$3");
                String head = "-- " + n[0].toLowerCase() + " " + n[1] + (n[2].isEmpty() ? "" : " on " + n[2])
                        + " sql_mode=" + rs.getString(2);
                out.put("~" + n[0].toLowerCase() + " " + n[1], head + "\n" + text.replace(quote(c.getCatalog()) + ".", ""));
            }
        }
        return out;
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
        out.putAll(code(c));
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
