package dev.schemactl.engine.mariadb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Defaults of binary columns whose bytes are not text ({@code varbinary(4) DEFAULT 0x00FF}): information_schema.COLUMNS
 * has already replaced such bytes by {@code ?} ({@code '\0?'}), and SHOW CREATE TABLE sends them raw, which the driver
 * decodes to U+FFFD. So for the binary columns whose catalog default has a {@code ?}, SHOW CREATE TABLE of their table
 * is read as bytes (one statement per such table; rare) and the default is carried as a hex literal
 * ({@code 0x00ff}), which is how the renderer writes it back (pair 580).
 */
final class MariaDbBinaryDefaults {
    private MariaDbBinaryDefaults() {
    }

    /** True when a binary column's catalog default may have lost bytes. */
    static boolean suspect(String columnType, String columnDefault) {
        if (columnDefault == null || !columnDefault.contains("?")) return false;
        String type = columnType.toLowerCase(Locale.ROOT);
        return type.startsWith("binary") || type.startsWith("varbinary") || type.endsWith("blob");
    }

    /** Column name -> its default as a hex literal, for the given columns of {@code table}. */
    static Map<String, String> read(Connection connection, String database, String table, Collection<String> columns) throws SQLException {
        byte[] definition;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
            if (!rs.next()) return Map.of();
            definition = rs.getBytes(2);
        }
        return parse(definition, columns);
    }

    /** The defaults of {@code columns} in a SHOW CREATE TABLE text given as bytes. */
    static Map<String, String> parse(byte[] showCreateTable, Collection<String> columns) {
        Map<String, String> out = new HashMap<>();
        int start = 0;
        while (start < showCreateTable.length) {
            int end = start;
            while (end < showCreateTable.length && showCreateTable[end] != '\n') end++;
            String column = leadingIdentifier(showCreateTable, start, end);
            if (column != null && columns.contains(column)) {
                String literal = defaultLiteral(showCreateTable, start, end);
                if (literal != null) out.put(column, literal);
            }
            start = end + 1;
        }
        return out;
    }

    private static final byte[] DEFAULT = " DEFAULT '".getBytes(StandardCharsets.US_ASCII);

    /** {@code 0x...} of the quoted DEFAULT literal on the line [from, to), or null when it has none. */
    private static String defaultLiteral(byte[] b, int from, int to) {
        int at = indexOf(b, DEFAULT, from, to);
        if (at < 0) return null;
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (int i = at + DEFAULT.length; i < to; i++) {
            byte c = b[i];
            if (c == '\\' && i + 1 < to) {
                byte e = b[++i];
                value.write(switch (e) {
                    case '0' -> 0;
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'Z' -> 26;
                    default -> e;
                });
            } else if (c == '\'') {
                if (i + 1 < to && b[i + 1] == '\'') {
                    value.write('\'');
                    i++;
                } else {
                    return "0x" + HexFormat.of().formatHex(value.toByteArray());
                }
            } else {
                value.write(c);
            }
        }
        return null;
    }

    /** The backquoted name a column line starts with ({@code   `name` type ...}), or null for other lines. */
    private static String leadingIdentifier(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] == ' ') i++;
        if (i >= to || b[i] != '`') return null;
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        for (i++; i < to; i++) {
            if (b[i] == '`') {
                if (i + 1 < to && b[i + 1] == '`') {
                    name.write('`');
                    i++;
                } else {
                    return name.toString(StandardCharsets.UTF_8);
                }
            } else {
                name.write(b[i]);
            }
        }
        return null;
    }

    private static int indexOf(byte[] b, byte[] what, int from, int to) {
        outer:
        for (int i = from; i + what.length <= to; i++) {
            for (int j = 0; j < what.length; j++) if (b[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
