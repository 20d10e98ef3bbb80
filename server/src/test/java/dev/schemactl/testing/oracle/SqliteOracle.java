package dev.schemactl.testing.oracle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What SQLite itself says a database holds, written without any schemactl code: {@code sqlite_schema} and the
 * table PRAGMAs ({@code table_list}, {@code table_xinfo}, {@code index_list}, {@code index_xinfo},
 * {@code foreign_key_list}); columns are sorted by name (their order is not compared); NOT NULL is compared as
 * {@code table_xinfo} shows it, on key columns too. The CREATE TABLE text is not compared as a whole (a table rebuilt through
 * {@code new_x} + rename is spelled differently but behaves the same); what the PRAGMAs cannot show is read from
 * it: CHECK constraints (with their names), column collations and generated expressions, AUTOINCREMENT, and the
 * WITHOUT ROWID / STRICT options.
 * Indexes made by CREATE INDEX compare by their whitespace-normalized SQL (that carries a partial index's WHERE
 * and expressions); indexes SQLite made for UNIQUE / PRIMARY KEY constraints compare by their columns, not their
 * {@code sqlite_autoindex_*} names. Views and triggers compare by normalized SQL. schemactl's tracking tables
 * ({@code schema_migrations*}) are left out.
 */
public final class SqliteOracle {
    private SqliteOracle() {
    }

    public static String describe(Connection c) throws SQLException {
        Map<String, String> sqlByName = new TreeMap<>();
        Map<String, String> typeByName = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                     + " AND name NOT LIKE 'schema\\_migrations%' ESCAPE '\\' AND tbl_name NOT LIKE 'schema\\_migrations%' ESCAPE '\\'")) {
            while (rs.next()) {
                typeByName.put(rs.getString(2), rs.getString(1));
                sqlByName.put(rs.getString(2), rs.getString(3));
            }
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : typeByName.entrySet()) {
            String name = e.getKey();
            String sql = sqlByName.get(name);
            switch (e.getValue()) {
                case "table" -> b.append(table(c, name, sql));
                case "index" -> { } // with its table
                default -> b.append(e.getValue()).append(' ').append(name).append(": ").append(normalizeSql(sql)).append('\n');
            }
        }
        return b.toString();
    }

    private static String table(Connection c, String table, String sql) throws SQLException {
        StringBuilder b = new StringBuilder("table ").append(table);
        String upper = normalizeSql(sql).toUpperCase(Locale.ROOT);
        if (upper.contains("AUTOINCREMENT")) b.append(" autoincrement");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_list(" + literal(table) + ")")) {
            while (rs.next()) {
                if (rs.getInt("wr") != 0) b.append(" without-rowid");
                if (rs.getInt("strict") != 0) b.append(" strict");
            }
        }
        b.append('\n');
        Map<String, String> details = columnDetails(sql);
        List<String> columns = new ArrayList<>(); // sorted: a column a rollback re-adds comes back last
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_xinfo(" + literal(table) + ")")) {
            while (rs.next()) {
                StringBuilder b2 = new StringBuilder();
                b2.append("  column ").append(rs.getString("name")).append(' ').append(rs.getString("type"))
                        .append(rs.getInt("notnull") != 0 ? " not null" : "")
                        .append(rs.getString("dflt_value") == null ? "" : " default " + rs.getString("dflt_value"))
                        .append(rs.getInt("pk") != 0 ? " pk#" + rs.getInt("pk") : "")
                        .append(switch (rs.getInt("hidden")) {
                            case 2 -> " generated virtual";
                            case 3 -> " generated stored";
                            default -> "";
                        }).append(details.getOrDefault(rs.getString("name").toUpperCase(Locale.ROOT), "")).append('\n');
                columns.add(b2.toString());
            }
        }
        columns.sort(null);
        columns.forEach(b::append);
        List<String> indexes = new ArrayList<>();
        List<String[]> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA index_list(" + literal(table) + ")")) {
            while (rs.next()) list.add(new String[]{rs.getString("name"), rs.getString("unique"), rs.getString("origin"), rs.getString("partial")});
        }
        for (String[] index : list) {
            List<String> cols = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA index_xinfo(" + literal(index[0]) + ")")) {
                while (rs.next()) {
                    if (rs.getInt("key") == 0) continue;
                    String col = rs.getString("name") == null ? "<expr>" : rs.getString("name");
                    cols.add(col + (rs.getInt("desc") != 0 ? " desc" : "") + " " + rs.getString("coll"));
                }
            }
            String origin = index[2];
            String head = origin.equals("c") ? "index " + index[0] + " " + normalizeSql(indexSql(c, index[0]))
                    : (origin.equals("pk") ? "primary key index" : "unique constraint");
            indexes.add("  " + head + " unique=" + index[1] + " partial=" + index[3] + " (" + String.join(", ", cols) + ")");
        }
        indexes.sort(null);
        indexes.forEach(i -> b.append(i).append('\n'));
        List<String> fks = new ArrayList<>();
        Map<Integer, StringBuilder> byId = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(" + literal(table) + ")")) {
            while (rs.next()) {
                StringBuilder fk = byId.computeIfAbsent(rs.getInt("id"), id -> new StringBuilder());
                fk.append(rs.getString("from")).append("->").append(rs.getString("table")).append('.').append(rs.getString("to"))
                        .append(" on update ").append(rs.getString("on_update")).append(" on delete ").append(rs.getString("on_delete"))
                        .append(" match ").append(rs.getString("match")).append("; ");
            }
        }
        byId.values().forEach(fk -> fks.add("  foreign key " + fk));
        fks.sort(null);
        fks.forEach(f -> b.append(f).append('\n'));
        List<String> checks = checks(sql);
        checks.sort(null);
        checks.forEach(ch -> b.append("  check ").append(ch).append('\n'));
        return b.toString();
    }

    /**
     * What a column's definition in the CREATE TABLE text says beyond the PRAGMAs, by upper-cased column name: its
     * collation (BINARY, the default, left out) and its generated expression, as {@code " collate NOCASE as (EXPR)"}.
     */
    static Map<String, String> columnDetails(String createTable) {
        Map<String, String> out = new TreeMap<>();
        if (createTable == null) return out;
        int open = createTable.indexOf('(');
        if (open < 0) return out;
        String body = createTable.substring(open + 1, closing(createTable, open) - 1);
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); ) {
            char ch = body.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                i = skipQuoted(body, i);
                continue;
            }
            if (ch == '(') depth++;
            if (ch == ')') depth--;
            if (ch == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
            i++;
        }
        parts.add(body.substring(start));
        for (String part : parts) {
            String def = part.strip();
            if (def.isEmpty()) continue;
            int nameEnd = def.charAt(0) == '"' || def.charAt(0) == '`' || def.charAt(0) == '[' ? skipQuoted(def, 0) : wordEnd(def, 0);
            String name = unquote(def.substring(0, nameEnd)).toUpperCase(Locale.ROOT);
            if (List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(name)) continue;
            StringBuilder b = new StringBuilder();
            String collation = null;
            String generated = null;
            for (int i = nameEnd; i < def.length(); ) {
                char ch = def.charAt(i);
                if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                    i = skipQuoted(def, i);
                    continue;
                }
                if (ch == '(') {
                    i = closing(def, i);
                    continue;
                }
                if (Character.isLetter(ch) && !Character.isLetterOrDigit(def.charAt(i - 1)) && def.charAt(i - 1) != '_') {
                    int j = wordEnd(def, i);
                    String word = def.substring(i, j).toUpperCase(Locale.ROOT);
                    if (word.equals("COLLATE")) {
                        int k = skipSpace(def, j);
                        int end = def.charAt(k) == '"' || def.charAt(k) == '`' || def.charAt(k) == '[' || def.charAt(k) == '\''
                                ? skipQuoted(def, k) : wordEnd(def, k);
                        collation = unquote(def.substring(k, end).replace('\'', '"')).toUpperCase(Locale.ROOT);
                        i = end;
                        continue;
                    }
                    if (word.equals("AS")) {
                        int k = skipSpace(def, j);
                        if (k < def.length() && def.charAt(k) == '(') {
                            int end = closing(def, k);
                            generated = normalizeSql(def.substring(k, end));
                            i = end;
                            continue;
                        }
                    }
                    i = j;
                    continue;
                }
                i++;
            }
            if (collation != null && !collation.equals("BINARY")) b.append(" collate ").append(collation);
            if (generated != null) b.append(" as ").append(generated);
            if (b.length() > 0) out.put(name, b.toString());
        }
        return out;
    }

    private static String indexSql(Connection c, String index) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = " + literal(index))) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The CHECK clauses of a CREATE TABLE text, each as {@code [name] (expression)}, whitespace and keyword case normalized. */
    static List<String> checks(String createTable) {
        List<String> out = new ArrayList<>();
        if (createTable == null) return out;
        String s = createTable;
        int i = 0;
        String pendingName = null;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int end = skipQuoted(s, i);
                i = end;
                continue;
            }
            if (Character.isLetter(ch) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_')) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                String word = s.substring(i, j).toUpperCase(Locale.ROOT);
                if (word.equals("CONSTRAINT")) {
                    int k = skipSpace(s, j);
                    int end = s.charAt(k) == '"' || s.charAt(k) == '`' || s.charAt(k) == '[' ? skipQuoted(s, k) : wordEnd(s, k);
                    pendingName = unquote(s.substring(k, end));
                    i = end;
                    continue;
                }
                if (word.equals("CHECK")) {
                    int k = skipSpace(s, j);
                    int end = closing(s, k);
                    out.add((pendingName == null ? "" : pendingName + " ") + normalizeSql(s.substring(k, end)));
                    pendingName = null;
                    i = end;
                    continue;
                }
                if (!word.equals("NOT") && !word.equals("NULL")) {
                    if (word.equals("PRIMARY") || word.equals("UNIQUE") || word.equals("FOREIGN") || word.equals("DEFAULT")
                            || word.equals("REFERENCES") || word.equals("COLLATE") || word.equals("GENERATED")) {
                        pendingName = null;
                    }
                }
                i = j;
                continue;
            }
            if (ch == ',') pendingName = null;
            i++;
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        return i;
    }

    private static int skipQuoted(String s, int i) {
        char open = s.charAt(i);
        char close = open == '[' ? ']' : open;
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == close) {
                if (close != ']' && j + 1 < s.length() && s.charAt(j + 1) == close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return j;
    }

    /** The index just after the parenthesis that closes the one at {@code i}. */
    private static int closing(String s, int i) {
        int depth = 0;
        int j = i;
        while (j < s.length()) {
            char ch = s.charAt(j);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                j = skipQuoted(s, j);
                continue;
            }
            if (ch == '(') depth++;
            if (ch == ')' && --depth == 0) return j + 1;
            j++;
        }
        return j;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '`' || name.charAt(0) == '[')) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /** Whitespace collapsed (none next to parentheses and commas), everything outside quotes upper-cased. */
    static String normalizeSql(String sql) {
        if (sql == null) return "";
        StringBuilder b = new StringBuilder();
        int i = 0;
        boolean space = false;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int end = skipQuoted(sql, i);
                if (space && b.length() > 0 && !isTight(b.charAt(b.length() - 1))) b.append(' ');
                space = false;
                String quoted = sql.substring(i, end);
                // identifiers: "x", `x`, [x] and a bare x are one name (case-insensitive); literals keep their text
                String name = unquote(quoted);
                if (ch == '\'') b.append(quoted);
                else if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) b.append(name.toUpperCase(Locale.ROOT));
                else b.append('"').append(name.replace("\"", "\"\"")).append('"');
                i = end;
                continue;
            }
            if (Character.isWhitespace(ch)) {
                space = true;
                i++;
                continue;
            }
            if (space && b.length() > 0 && !isTight(b.charAt(b.length() - 1)) && !isTight(ch)) b.append(' ');
            space = false;
            b.append(Character.toUpperCase(ch));
            i++;
        }
        return b.toString();
    }

    private static boolean isTight(char ch) {
        return ch == '(' || ch == ')' || ch == ',';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
