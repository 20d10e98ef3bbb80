package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

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

    /**
     * True for an Aria table whose catalog options do not list {@code page_checksum}: it has the page checksum
     * {@code @@aria_page_checksum} gave it when it was made, which only SHOW CREATE TABLE prints. Any ALTER TABLE that
     * rebuilds it writes that value into its options ({@code page_checksum=1} then listed, even after
     * {@code PAGE_CHECKSUM=DEFAULT}): the value is the table's, said or not, and is read as such.
     */
    static boolean pageChecksumUnlisted(String engine, String createOptions) {
        return "Aria".equalsIgnoreCase(engine)
                && !(" " + (createOptions == null ? "" : createOptions.toLowerCase(java.util.Locale.ROOT))).contains(" page_checksum=");
    }

    /** SHOW CREATE TABLE of each of the given tables of {@code database}, by table. */
    static java.util.Map<String, String> showCreate(Connection connection, String database, Collection<String> tables) throws SQLException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next()) out.put(table, rs.getString(2));
            }
        }
        return out;
    }

    /** The {@code PAGE_CHECKSUM} value a SHOW CREATE TABLE text's table options print, or null. */
    static String pageChecksum(String showCreateTable) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" PAGE_CHECKSUM=(\\d)(?= |$)").matcher(tableOptions(showCreateTable).replace('\n', ' ') + " ");
        return m.find() ? m.group(1) : null;
    }

    /** True when a SHOW CREATE TABLE text's table options (its last line) say {@code TRANSACTIONAL=1}. */
    static boolean said(String showCreateTable) {
        return (tableOptions(showCreateTable).replace('\n', ' ') + " ").contains(" TRANSACTIONAL=1 ");
    }

    /** The table options of a SHOW CREATE TABLE text (after the column list, before any partition clause). */
    private static String tableOptions(String showCreateTable) {
        int close = showCreateTable.lastIndexOf("\n)");
        String options = close < 0 ? showCreateTable : showCreateTable.substring(close);
        int partitions = options.indexOf("\n PARTITION BY ");
        if (partitions < 0) partitions = options.indexOf("\n/*!50100 PARTITION BY ");
        if (partitions >= 0) options = options.substring(0, partitions);
        return options;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
