package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A MERGE (MRG_MyISAM) table's {@code INSERT_METHOD} and {@code UNION=(...)}: information_schema.TABLES.CREATE_OPTIONS
 * leaves both out and only SHOW CREATE TABLE prints them, so the server's own text is read, one statement per
 * MRG_MyISAM table (rare), as for Aria's TRANSACTIONAL ({@link MariaDbAriaTransactional}). {@code UNION=()} takes the
 * list away and {@code INSERT_METHOD=NO} the method; SHOW CREATE TABLE then prints neither.
 */
final class MariaDbMergeTables {

    private MariaDbMergeTables() {
    }

    static boolean isMerge(String engine) {
        return "MRG_MyISAM".equalsIgnoreCase(engine) || "MRG_MYISAM".equalsIgnoreCase(engine);
    }

    /** Of the given MRG_MyISAM tables of {@code database}, their merge options ({@code INSERT_METHOD=LAST UNION=(`a`,`b`)}) when any. */
    static Map<String, String> read(Connection connection, String database, Collection<String> tables) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next()) {
                    String said = said(rs.getString(2));
                    if (said != null) out.put(table, said);
                }
            }
        }
        return out;
    }

    /** The {@code INSERT_METHOD=...} and {@code UNION=(...)} a SHOW CREATE TABLE text's table options (after the last {@code \n)}) say; null for neither. */
    static String said(String showCreateTable) {
        int close = showCreateTable.lastIndexOf("\n)");
        String options = close < 0 ? showCreateTable : showCreateTable.substring(close + 2);
        StringBuilder out = new StringBuilder();
        for (String token : MariaDbTableOptions.tokens(options.replace('\n', ' '))) {
            String upper = token.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("INSERT_METHOD=") || upper.startsWith("UNION=(")) {
                if (!out.isEmpty()) out.append(' ');
                out.append(token);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
