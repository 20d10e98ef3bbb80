package dev.schemactl.engine.sqlite;

import dev.schemactl.engine.SqlText;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UnmanagedObject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Views, triggers and virtual tables (FTS5, R*Tree: their module keeps the rows in shadow tables the inspector leaves
 * out) of a SQLite database, which the model does not carry: listed with their sqlite_schema text as definition, a
 * trigger with the table it is on. SQLite records no dependencies, so {@code dependsOn} is read from
 * that text: every managed table whose name appears in it as an identifier, and every column of such a table whose
 * name does. That errs towards seeing a dependency (a column of the same name in another table counts), which only
 * ever refuses a plan, never lets one break the object. Written back (dump) verbatim after the tables: virtual tables,
 * views, then triggers.
 */
final class SqliteUnmanaged implements UnmanagedDdl {

    private static final String OBJECTS = """
            SELECT CASE WHEN m.type = 'table' THEN 'virtual table' ELSE m.type END AS type, m.name, m.tbl_name, m.sql
            FROM sqlite_schema m
            WHERE (m.type IN ('view', 'trigger') OR m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_list vt
                   WHERE vt.schema = 'main' AND vt.name = m.name AND vt.type = 'virtual'))
              AND m.sql IS NOT NULL ORDER BY m.rowid
            """;

    static List<UnmanagedObject> read(Connection connection, List<Table> tables) throws SQLException {
        List<UnmanagedObject> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(OBJECTS)) {
            while (rs.next()) {
                String kind = rs.getString("type");
                String sql = rs.getString("sql");
                String table = kind.equals("trigger") ? SqlText.ident(rs.getString("tbl_name")) : null;
                // a virtual table names the tables it reads in string options (FTS5's content='items')
                List<String> uses = new ArrayList<>(uses(kind.equals("virtual table") ? sql.replace('\'', '"') : sql, tables));
                if (table != null) uses.add(table);
                out.add(new UnmanagedObject(kind, null, SqlText.ident(rs.getString("name")), table, sql, uses));
            }
        }
        return out;
    }

    /** {@code table} and {@code table.column} for the managed tables and their columns that {@code sql} names. */
    static List<String> uses(String sql, List<Table> tables) {
        Set<String> words = identifiers(sql);
        List<String> out = new ArrayList<>();
        for (Table t : tables) {
            if (!words.contains(t.name())) continue;
            out.add(t.name());
            for (Column c : t.columns()) if (words.contains(c.name())) out.add(t.name() + "." + c.name());
        }
        return out;
    }

    /** The identifiers of a statement, bare or quoted ("x", `x`, [x]), lower-cased; string literals skipped. */
    static Set<String> identifiers(String sql) {
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = SqlText.endOfQuoted(sql, i, false);
            } else if (c == '"' || c == '`') {
                int end = SqlText.endOfQuoted(sql, i, false);
                String inner = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c));
                out.add(SqlText.ident(inner));
                i = Math.max(end, i + 1);
            } else if (c == '[') {
                int end = sql.indexOf(']', i);
                if (end < 0) end = n;
                out.add(SqlText.ident(sql.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                out.add(SqlText.ident(sql.substring(start, i)));
            } else {
                i++;
            }
        }
        return out;
    }

    @Override
    public List<String> afterTables(List<UnmanagedObject> objects) {
        List<String> out = new ArrayList<>();
        objects.stream().filter(o -> o.kind().equals("virtual table") && o.definition() != null).forEach(o -> out.add(o.definition()));
        objects.stream().filter(o -> o.kind().equals("view") && o.definition() != null).forEach(o -> out.add(o.definition()));
        objects.stream().filter(o -> o.kind().equals("trigger") && o.definition() != null).forEach(o -> out.add(o.definition()));
        return out;
    }

    @Override
    public String drop(UnmanagedObject object) {
        return switch (object.kind()) {
            case "view" -> "DROP VIEW IF EXISTS \"" + object.name().replace("\"", "\"\"") + "\"";
            case "virtual table" -> "DROP TABLE IF EXISTS \"" + object.name().replace("\"", "\"\"") + "\"";
            case "trigger" -> "DROP TRIGGER IF EXISTS \"" + object.name().replace("\"", "\"\"") + "\"";
            default -> null;
        };
    }
}
