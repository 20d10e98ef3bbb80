package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads what a test needs to know about a live schema with plain JDBC metadata and catalog queries (the
 * real inspectors are built elsewhere). {@link #fingerprint} describes tables, columns, keys, indexes,
 * foreign keys, checks, comments and sequences by structure — never by constraint or index names — so
 * two schemas built along different paths can be compared.
 */
public final class SchemaFacts {
    private final Connection connection;
    private final EngineKind kind;

    public SchemaFacts(Connection connection, EngineKind kind) {
        this.connection = connection;
        this.kind = kind;
    }

    private String catalog() throws SQLException {
        return kind == EngineKind.MARIADB ? connection.getCatalog() : null;
    }

    private String schema() {
        return switch (kind) {
            case POSTGRESQL -> "public";
            case MARIADB -> null;
            case H2 -> "PUBLIC";
            case SQLITE -> null;
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The engine's spelling of a model (lower-case) name in catalog lookups. */
    private String catalogName(String name) {
        return kind == EngineKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** User tables, lower-cased. */
    public Set<String> tables() throws SQLException {
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(catalog(), schema(), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) out.add(lower(rs.getString("TABLE_NAME")));
            }
        }
        return out;
    }

    /** Column name → "type size nullable ..." of one table. */
    public Map<String, String> columns(String table) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getColumns(catalog(), schema(), catalogName(table), "%")) {
            while (rs.next()) {
                boolean auto = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
                String def = auto ? null : rs.getString("COLUMN_DEF");
                out.put(lower(rs.getString("COLUMN_NAME")), lower(rs.getString("TYPE_NAME")) + " size=" + rs.getString("COLUMN_SIZE")
                        + " digits=" + rs.getString("DECIMAL_DIGITS")
                        + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not-null" : " null")
                        + (def == null ? "" : " default=" + def)
                        + (auto ? " identity" : "")
                        + ("YES".equals(rs.getString("IS_GENERATEDCOLUMN")) ? " generated" : "")
                        + (rs.getString("REMARKS") == null || rs.getString("REMARKS").isEmpty() ? "" : " comment=" + rs.getString("REMARKS")));
            }
        }
        return out;
    }

    public List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> cols = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(catalog(), schema(), catalogName(table))) {
            while (rs.next()) cols.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
        }
        return new ArrayList<>(cols.values());
    }

    /** Foreign keys as "(cols) -> table(cols) on delete x on update y", without names. */
    public Set<String> foreignKeys(String table) throws SQLException {
        Map<String, TreeMap<Integer, String[]>> byName = new TreeMap<>();
        Map<String, String> rules = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getImportedKeys(catalog(), schema(), catalogName(table))) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                byName.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[]{lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")), lower(rs.getString("PKCOLUMN_NAME"))});
                rules.put(name, " delete=" + rs.getInt("DELETE_RULE") + " update=" + rs.getInt("UPDATE_RULE"));
            }
        }
        Set<String> out = new TreeSet<>();
        byName.forEach((name, cols) -> {
            List<String> own = new ArrayList<>();
            List<String> ref = new ArrayList<>();
            String refTable = null;
            for (String[] c : cols.values()) {
                own.add(c[0]);
                refTable = c[1];
                ref.add(c[2]);
            }
            out.add("(" + String.join(",", own) + ") -> " + refTable + "(" + String.join(",", ref) + ")" + rules.get(name));
        });
        return out;
    }

    /** Indexes (including those behind unique constraints, excluding the primary key's) by columns and uniqueness. */
    public Set<String> indexes(String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> cols = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(catalog(), schema(), catalogName(table), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) continue;
                String dir = "D".equals(rs.getString("ASC_OR_DESC")) ? " desc" : "";
                cols.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")) + dir);
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<String> pk = primaryKey(table);
        Set<String> out = new TreeSet<>();
        cols.forEach((name, c) -> {
            List<String> list = new ArrayList<>(c.values());
            boolean u = unique.get(name);
            if (u && list.equals(pk)) return; // the primary key's own index
            out.add((u ? "unique " : "") + "(" + String.join(",", list) + ")");
        });
        return out;
    }

    public String tableComment(String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(catalog(), schema(), catalogName(table), null)) {
            if (!rs.next()) return null;
            String r = rs.getString("REMARKS");
            return r == null || r.isEmpty() ? null : r;
        }
    }

    /** Check constraint clauses, "table: clause", for the whole schema. */
    public Set<String> checks() throws SQLException {
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                    + "WHERE contype = 'c' AND connamespace = 'public'::regnamespace";
            case MARIADB -> "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()";
            case H2 -> "SELECT tc.TABLE_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc "
                    + "JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME "
                    + "AND tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA WHERE tc.CONSTRAINT_SCHEMA = 'PUBLIC' AND tc.CONSTRAINT_TYPE = 'CHECK'";
            // SQLite keeps checks only in the CREATE TABLE text
            case SQLITE -> "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND upper(sql) LIKE '%CHECK%'";
        };
        return strings(sql);
    }

    /** Sequences the user created (not the ones behind identity columns), lower-cased. */
    public Set<String> sequences() throws SQLException {
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT c.relname FROM pg_class c WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('i', 'a'))";
            case MARIADB -> "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'";
            case H2 -> "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC' "
                    + "AND SEQUENCE_NAME NOT LIKE 'SYSTEM_SEQUENCE%'";
            case SQLITE -> "SELECT name FROM sqlite_schema WHERE 0"; // SQLite has no sequences
        };
        Set<String> out = new TreeSet<>();
        for (String s : strings(sql)) out.add(lower(s));
        return out;
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? ": " : "").append(n > 1 && i == 1 ? lower(rs.getString(i)) : rs.getString(i));
                out.add(b.toString());
            }
        }
        return out;
    }

    /** Everything above, one line per fact, sorted. */
    public List<String> fingerprint() throws SQLException {
        List<String> out = new ArrayList<>();
        for (String t : tables()) {
            out.add(t + " comment=" + tableComment(t));
            columns(t).forEach((c, d) -> out.add(t + "." + c + " " + d));
            out.add(t + " pk=" + primaryKey(t));
            for (String f : foreignKeys(t)) out.add(t + " fk " + f);
            for (String i : indexes(t)) out.add(t + " index " + i);
        }
        for (String c : checks()) out.add("check " + c);
        for (String s : sequences()) out.add("sequence " + s);
        return out;
    }
}
