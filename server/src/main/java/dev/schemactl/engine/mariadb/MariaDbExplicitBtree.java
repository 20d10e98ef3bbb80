package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys written with an explicit {@code USING BTREE} on an engine whose default is a B-tree (InnoDB, Aria, MyISAM):
 * {@code PRIMARY KEY (`id`) USING BTREE}, {@code UNIQUE KEY `u` (`a`) USING BTREE}, as Navicat and many published
 * MySQL schemas write every key. The server keeps the words in the table's .frm and SHOW CREATE TABLE prints them, but
 * information_schema.STATISTICS.INDEX_TYPE and SHOW INDEX say BTREE with or without them, so the only source is SHOW
 * CREATE TABLE: one statement per table that has such a key candidate (the price of reproducing the table's text).
 */
final class MariaDbExplicitBtree {
    /** A key line of SHOW CREATE TABLE whose column list (backquoted names, prefixes, ASC/DESC) is followed by USING BTREE. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "^\\s*(?:PRIMARY KEY|(?:UNIQUE )?KEY `((?:[^`]|``)+)`) \\((?:`(?:[^`]|``)+`(?:\\(\\d+\\))?(?: ASC| DESC)?,?)+\\) USING BTREE\\b",
            Pattern.MULTILINE);

    private MariaDbExplicitBtree() {
    }

    /** Table name -> names of its keys ({@code PRIMARY} for the primary key) written with USING BTREE. */
    static Map<String, Set<String>> read(Connection connection, String database, Collection<String> tables) throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next()) {
                    Set<String> keys = keys(rs.getString(2));
                    if (!keys.isEmpty()) out.put(table, keys);
                }
            }
        }
        return out;
    }

    /** The names of the keys of a SHOW CREATE TABLE text written with USING BTREE. */
    static Set<String> keys(String showCreateTable) {
        Set<String> out = new HashSet<>();
        Matcher m = KEY_LINE.matcher(showCreateTable);
        while (m.find()) out.add(m.group(1) == null ? "PRIMARY" : m.group(1).replace("``", "`"));
        return out;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
