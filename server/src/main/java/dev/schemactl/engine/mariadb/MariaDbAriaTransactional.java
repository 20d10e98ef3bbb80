package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether an Aria table was given {@code TRANSACTIONAL=1}. information_schema.TABLES.CREATE_OPTIONS lists
 * {@code transactional=1} for every transactional Aria table, said or not, while SHOW CREATE TABLE prints
 * {@code TRANSACTIONAL=1} only when CREATE or ALTER TABLE said it (and {@code TRANSACTIONAL=DEFAULT} takes it away),
 * so the server's own text is read: one statement per Aria table whose options say {@code transactional=1} (only
 * those; Aria tables are rare), as for partitioned tables ({@link MariaDbPartitions}).
 */
final class MariaDbAriaTransactional {

    private MariaDbAriaTransactional() {
    }

    /** True for an Aria table whose catalog options say {@code transactional=1} (it may or may not have been said). */
    static boolean undecided(String engine, String createOptions) {
        return "Aria".equalsIgnoreCase(engine) && createOptions != null
                && (" " + createOptions.toLowerCase(java.util.Locale.ROOT) + " ").contains(" transactional=1 ");
    }

    /** Of the given Aria tables of {@code database}, the ones whose SHOW CREATE TABLE says {@code TRANSACTIONAL=1}. */
    static Set<String> explicit(Connection connection, String database, Collection<String> tables) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next() && said(rs.getString(2))) out.add(table);
            }
        }
        return out;
    }

    /** True when a SHOW CREATE TABLE text's table options (its last line) say {@code TRANSACTIONAL=1}. */
    static boolean said(String showCreateTable) {
        int close = showCreateTable.lastIndexOf("\n)");
        String options = close < 0 ? showCreateTable : showCreateTable.substring(close);
        int partitions = options.indexOf("\n PARTITION BY ");
        if (partitions < 0) partitions = options.indexOf("\n/*!50100 PARTITION BY ");
        if (partitions >= 0) options = options.substring(0, partitions);
        return (options.replace('\n', ' ') + " ").contains(" TRANSACTIONAL=1 ");
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
