package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which column holds each column-level CHECK of a table. information_schema.CHECK_CONSTRAINTS names such a check
 * after the column it was declared on and keeps that name through RENAME COLUMN (and its clause may name other
 * columns). When every clause names only the column its check is named after, and that column exists, the name
 * tells (no query: the usual {@code qty int CHECK (qty > 0)}); otherwise only the table's own definition does:
 * SHOW CREATE TABLE writes each check at the end of its column's line, so that table alone is asked.
 */
final class MariaDbColumnChecks {
    private MariaDbColumnChecks() {
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("`((?:[^`]|``)+)`");

    /** Column name -> its CHECK clause when the names tell (see the class comment), null when they do not. */
    static Map<String, String> byName(java.util.List<dev.schemactl.schema.Column> columns, Map<String, String> nameByClause) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : nameByClause.entrySet()) {
            String name = e.getValue();
            if (columns.stream().noneMatch(c -> c.name().equals(name))) return null;
            java.util.regex.Matcher m = IDENTIFIER.matcher(e.getKey());
            while (m.find()) {
                if (!m.group(1).replace("``", "`").equals(name)) return null;
            }
            out.put(name, e.getKey());
        }
        return out;
    }

    /** Column name -> its CHECK clause, for the clauses given (as CHECK_CONSTRAINTS.CHECK_CLAUSE spells them). */
    static Map<String, String> of(Connection connection, String database, String table, Collection<String> clauses) throws SQLException {
        String definition;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quoted(database) + "." + quoted(table))) {
            rs.next();
            definition = rs.getString(2);
        }
        Map<String, String> out = new HashMap<>();
        for (String line : definition.split("\n")) {
            String text = line.strip();
            if (text.endsWith(",")) text = text.substring(0, text.length() - 1);
            if (!text.startsWith("`")) continue; // keys and table-level constraints start with a keyword
            String column = leadingIdentifier(text);
            for (String clause : clauses) {
                if (text.endsWith(" CHECK (" + clause + ")")) out.put(column, clause);
            }
        }
        return out;
    }

    private static String leadingIdentifier(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '`') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    b.append('`');
                    i++;
                } else {
                    break;
                }
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
