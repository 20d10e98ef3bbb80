package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The partition clause of partitioned tables ({@code PARTITION BY RANGE (`clock`) (PARTITION `p0` VALUES LESS THAN
 * (1000) ENGINE = InnoDB, ...)}), verbatim from SHOW CREATE TABLE, on one line. information_schema.TABLES only says
 * {@code partitioned}, and PARTITIONS spreads the clause over rows that do not give it back exactly (LINEAR,
 * ALGORITHM=, column lists, subpartition templates), so the server's own text is read: one statement per partitioned
 * table (only those; tables are rarely partitioned), as for the tables with column checks.
 */
final class MariaDbPartitions {

    private MariaDbPartitions() {
    }

    /** Table name -> its partition clause, for the given partitioned tables of {@code database}. */
    static Map<String, String> read(Connection connection, String database, Collection<String> tables) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next()) {
                    String clause = clause(rs.getString(2));
                    if (clause != null) out.put(table, clause);
                }
            }
        }
        return out;
    }

    /** The partition clause of a SHOW CREATE TABLE text (MySQL wraps it in a version comment), or null when none. */
    static String clause(String showCreateTable) {
        int at = showCreateTable.indexOf("\n PARTITION BY ");
        if (at < 0) at = showCreateTable.indexOf("\n/*!50100 PARTITION BY ");
        if (at < 0) return null;
        String text = showCreateTable.substring(at + 1).strip();
        if (text.startsWith("/*!50100 ")) text = text.substring("/*!50100 ".length(), text.length() - (text.endsWith("*/") ? 2 : 0)).strip();
        return Arrays.stream(text.split("\n")).map(String::strip).collect(Collectors.joining(" "));
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
