package dev.schemactl.engine.mariadb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys written with an explicit {@code USING BTREE} on an engine whose default is a B-tree (InnoDB, Aria, MyISAM):
 * {@code PRIMARY KEY (`id`) USING BTREE}, {@code UNIQUE KEY `u` (`a`) USING BTREE}, as Navicat and many published
 * MySQL schemas write every key. The server keeps the words in the table's .frm and SHOW CREATE TABLE prints them, but
 * information_schema.STATISTICS.INDEX_TYPE and SHOW INDEX say BTREE with or without them, so SHOW CREATE TABLE is the
 * only source. To keep the inspector's number of statements independent of the number of tables, the SHOW CREATE
 * TABLEs go in one MariaDB compound statement ({@code BEGIN NOT ATOMIC ... END}, no object created) after the index
 * statistics' SELECT: one round trip, one result set each. A server without compound statements outside routines
 * (MySQL) refuses it as a syntax error; the statistics are then read alone and the words are not known.
 */
final class MariaDbExplicitBtree {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MariaDbExplicitBtree.class);
    private static final int PARSE_ERROR = 1064;

    /** A key line of SHOW CREATE TABLE whose column list (backquoted names, prefixes, ASC/DESC) is followed by USING BTREE. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "^\\s*(?:PRIMARY KEY|(?:UNIQUE )?KEY `((?:[^`]|``)+)`) \\((?:`(?:[^`]|``)+`(?:\\(\\d+\\))?(?: ASC| DESC)?,?)+\\) USING BTREE\\b",
            Pattern.MULTILINE);

    private MariaDbExplicitBtree() {
    }

    /**
     * Runs {@code select} and then SHOW CREATE TABLE of each of {@code tables} of {@code database} as one statement;
     * true when it ran (the select's rows are {@code statement.getResultSet()}, the rest is read by {@link #keys(Statement)}),
     * false when the server has no compound statements.
     */
    static boolean execute(Statement statement, String select, String database, List<String> tables) throws SQLException {
        StringBuilder sql = new StringBuilder("BEGIN NOT ATOMIC\n").append(select.strip()).append(";\n");
        for (String table : tables) sql.append("SHOW CREATE TABLE ").append(quote(database)).append('.').append(quote(table)).append(";\n");
        sql.append("END");
        try {
            return statement.execute(sql.toString());
        } catch (SQLException e) {
            // a table SHOW CREATE TABLE cannot show (its engine is not loaded...) must not make the schema unreadable:
            // the statistics are then read alone, and these words are not known
            if (e.getErrorCode() != PARSE_ERROR) LOG.warn("could not read which keys are USING BTREE: {}", e.getMessage());
            return false;
        }
    }

    /** Table name -> names of its keys ({@code PRIMARY} for the primary key) written USING BTREE, from the SHOW CREATE results. */
    static Map<String, Set<String>> keys(Statement statement) {
        Map<String, Set<String>> out = new TreeMap<>();
        try {
            read(statement, out);
        } catch (SQLException e) {
            LOG.warn("could not read which keys are USING BTREE: {}", e.getMessage());
        }
        return out;
    }

    private static void read(Statement statement, Map<String, Set<String>> out) throws SQLException {
        while (true) {
            if (statement.getMoreResults()) {
                try (ResultSet rs = statement.getResultSet()) {
                    if (rs.next()) {
                        Set<String> keys = keys(rs.getString(2));
                        if (!keys.isEmpty()) out.put(rs.getString(1), keys);
                    }
                }
            } else if (statement.getUpdateCount() == -1) {
                return;
            }
        }
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
