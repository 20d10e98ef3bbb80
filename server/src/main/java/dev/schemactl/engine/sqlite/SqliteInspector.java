package dev.schemactl.engine.sqlite;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.OwnTables;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.TreeMap;

/**
 * Reads the main schema of a SQLite database in four bulk queries, each joining sqlite_schema with a
 * table-valued pragma function, never one query per table: tables with their CREATE TABLE text, columns
 * ({@code pragma_table_xinfo}), indexes with their columns ({@code pragma_index_list} x
 * {@code pragma_index_xinfo}) and foreign keys ({@code pragma_foreign_key_list}).
 * <ul>
 *   <li>Ordinary tables only; SQLite's own sqlite_% tables and schemactl's schema_migrations* tables are left
 *       out. Names are lower-cased.</li>
 *   <li>Types are the declared spellings, through {@link SqliteTypeNames}. Defaults are the declared
 *       expressions, lower-cased outside string literals, without enclosing parentheses.</li>
 *   <li>Primary key columns are NOT NULL, as in SQL (SQLite lets a key other than the INTEGER PRIMARY KEY hold
 *       NULL unless declared NOT NULL; schemactl always declares it).</li>
 *   <li>A column is identity when it is the INTEGER PRIMARY KEY declared AUTOINCREMENT. A plain INTEGER
 *       PRIMARY KEY (a rowid alias SQLite fills when given NULL) is an ordinary key, so an assigned integer
 *       key reads back as it was declared.</li>
 *   <li>Generated columns (hidden 2 = VIRTUAL, 3 = STORED) carry their expression, read with check
 *       expressions and constraint names from the CREATE TABLE text ({@link CreateTableSql}); unnamed checks
 *       have no name.</li>
 *   <li>Indexes from CREATE INDEX (origin c) are indexes; those SQLite creates for UNIQUE constraints (origin
 *       u) are unique constraints, named as the CREATE TABLE text names them (a UNIQUE constraint over exactly the
 *       primary key's columns has no index of its own, so it is read from that text); expression indexes are left out
 *       (the model has no expressions in indexes); a partial index's WHERE is read from its CREATE INDEX text, as
 *       written.</li>
 *   <li>A foreign key that names no referenced columns references the parent's primary key.</li>
 *   <li>No comments and no sequences: SQLite has neither. STRICT and WITHOUT ROWID ({@code pragma_table_list}) are the
 *       table's options.</li>
 *   <li>Views, triggers and virtual tables are unmanaged objects ({@link SqliteUnmanaged}); a virtual table's shadow
 *       tables are left out with it.</li>
 * </ul>
 */
final class SqliteInspector implements Inspector {

    /** sqlite_% (SQLite's own) excluded with an escaped LIKE: '_' alone would match any character. */
    private static final String USER_TABLES = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            // a virtual table (FTS5, R*Tree) is unmanaged (SqliteUnmanaged); the shadow tables its module keeps are its own
            + " AND NOT EXISTS (SELECT 1 FROM pragma_table_list vt WHERE vt.schema = 'main' AND vt.name = m.name"
            + " AND vt.type IN ('virtual', 'shadow'))";

    private static final String TABLES = "SELECT m.name, m.sql, tl.strict, tl.wr FROM sqlite_schema m"
            + " LEFT JOIN pragma_table_list tl ON tl.schema = 'main' AND tl.name = m.name WHERE " + USER_TABLES + " ORDER BY m.name";

    private static final String COLUMNS = """
            SELECT m.name AS table_name, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM sqlite_schema m, pragma_table_xinfo(m.name) c
            WHERE %s
            ORDER BY m.name, c.cid
            """.formatted(USER_TABLES);

    private static final String INDEXES = """
            SELECT m.name AS table_name, il.name AS index_name, il."unique", il.origin, ii.seqno, ii.cid,
                   ii.name AS column_name, ii."desc", ii.coll,
                   il.partial, (SELECT x.sql FROM sqlite_schema x WHERE x.type = 'index' AND x.name = il.name) AS index_sql
            FROM sqlite_schema m, pragma_index_list(m.name) il, pragma_index_xinfo(il.name) ii
            WHERE %s AND ii."key" = 1
            ORDER BY m.name, il.name, ii.seqno
            """.formatted(USER_TABLES);

    private static final String FOREIGN_KEYS = """
            SELECT m.name AS table_name, f.id, f.seq, f."table" AS referenced_table, f."from", f."to",
                   f.on_update, f.on_delete
            FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
            WHERE %s
            ORDER BY m.name, f.id, f.seq
            """.formatted(USER_TABLES);

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        Map<String, InspectedTable> tables = new TreeMap<>();
        Map<String, CreateTableSql> sqlOf = new TreeMap<>();
        Map<String, List<String>> primaryKeys = new TreeMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    InspectedTable table = new InspectedTable(SqlText.ident(name), null);
                    table.options = options(rs.getBoolean("strict"), rs.getBoolean("wr"));
                    tables.put(name, table);
                    sqlOf.put(name, CreateTableSql.parse(rs.getString(2)));
                }
            }
            Map<String, Map<Integer, String>> pkByPosition = new TreeMap<>();
            try (ResultSet rs = st.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    String tableName = rs.getString("table_name");
                    InspectedTable table = tables.get(tableName);
                    if (table == null) continue;
                    CreateTableSql sql = sqlOf.get(tableName);
                    String name = SqlText.ident(rs.getString("name"));
                    int pk = rs.getInt("pk");
                    if (pk > 0) pkByPosition.computeIfAbsent(tableName, t -> new TreeMap<>()).put(pk, name);
                    table.columns.add(column(rs, name, pk, sql.columns.get(name), table.options));
                }
            }
            OwnTables.remove(tables); // schemactl's own, recognised by their columns
            pkByPosition.forEach((t, cols) -> primaryKeys.put(t, List.copyOf(cols.values())));
            Map<String, Map<String, IndexRows>> indexes = new TreeMap<>();
            try (ResultSet rs = st.executeQuery(INDEXES)) {
                while (rs.next()) {
                    String tableName = rs.getString("table_name");
                    if (!tables.containsKey(tableName)) continue;
                    IndexRows index = indexes.computeIfAbsent(tableName, t -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString("index_name"), n -> new IndexRows(n));
                    index.unique = rs.getInt("unique") == 1;
                    index.origin = rs.getString("origin");
                    index.sql = rs.getString("index_sql");
                    index.predicate = rs.getInt("partial") != 0 ? predicate(index.sql) : null;
                    String column = rs.getString("column_name");
                    if (column == null || rs.getInt("cid") < 0) index.expression = true;
                    else {
                        // an index key's collation is the column's unless the index names another one
                        CreateTableSql.ColumnSql columnSql = sqlOf.get(tableName).columns.get(SqlText.ident(column));
                        String own = columnSql == null || columnSql.collation() == null ? "BINARY" : columnSql.collation();
                        String coll = rs.getString("coll") == null ? "BINARY" : rs.getString("coll").toUpperCase(Locale.ROOT);
                        index.columns.add(new IndexColumn(SqlText.ident(column), null, rs.getInt("desc") == 1, null, null,
                                coll.equals(own) ? null : coll));
                    }
                }
            }
            Map<String, Map<Integer, ForeignKeyRows>> foreignKeys = new TreeMap<>();
            try (ResultSet rs = st.executeQuery(FOREIGN_KEYS)) {
                while (rs.next()) {
                    String tableName = rs.getString("table_name");
                    if (!tables.containsKey(tableName)) continue;
                    ForeignKeyRows fk = foreignKeys.computeIfAbsent(tableName, t -> new TreeMap<>())
                            .computeIfAbsent(rs.getInt("id"), id -> new ForeignKeyRows());
                    fk.referencedTable = rs.getString("referenced_table");
                    fk.onUpdate = rs.getString("on_update");
                    fk.onDelete = rs.getString("on_delete");
                    fk.columns.add(SqlText.ident(rs.getString("from")));
                    String to = rs.getString("to");
                    if (to != null) fk.referencedColumns.add(SqlText.ident(to));
                }
            }
            for (Map.Entry<String, InspectedTable> entry : tables.entrySet()) {
                String tableName = entry.getKey();
                InspectedTable table = entry.getValue();
                CreateTableSql sql = sqlOf.get(tableName);
                List<String> pkColumns = primaryKeys.get(tableName);
                if (pkColumns != null) {
                    table.primaryKey = new PrimaryKey(constraintName(sql, "PRIMARY KEY", pkColumns), pkColumns);
                }
                for (IndexRows index : indexes.getOrDefault(tableName, Map.of()).values()) {
                    if (index.expression) {
                        // keys with expressions: read from the CREATE INDEX text (made by CREATE INDEX, never a constraint's)
                        List<IndexColumn> keys = index.sql == null ? null : indexKeys(index.sql);
                        if (keys != null) {
                            table.indexes.add(new Index(SqlText.ident(index.name), keys, index.unique, null, index.predicate, List.of()));
                        }
                        continue;
                    }
                    if (index.columns.isEmpty()) continue;
                    List<String> names = index.columns.stream().map(IndexColumn::name).toList();
                    switch (index.origin == null ? "c" : index.origin) {
                        case "u" -> table.uniques.add(new UniqueConstraint(constraintName(sql, "UNIQUE", names), names));
                        case "pk" -> { } // the primary key, read from the columns
                        default -> table.indexes.add(new Index(SqlText.ident(index.name), index.columns, index.unique,
                                null, index.predicate, List.of()));
                    }
                }
                // SQLite makes no index for a UNIQUE constraint over exactly the primary key's columns (the key's
                // index enforces it already), so such a constraint is read from the CREATE TABLE text
                for (CreateTableSql.Constraint c : sql.constraints) {
                    if (c.kind().equals("UNIQUE") && pkColumns != null && c.columns().equals(pkColumns)
                            && table.uniques.stream().noneMatch(u -> u.columns().equals(pkColumns))) {
                        table.uniques.add(new UniqueConstraint(c.name() == null ? null : SqlText.ident(c.name()), pkColumns));
                    }
                }
                for (ForeignKeyRows fk : foreignKeys.getOrDefault(tableName, Map.of()).values()) {
                    String referenced = SqlText.ident(fk.referencedTable);
                    List<String> referencedColumns = fk.referencedColumns.size() == fk.columns.size() ? fk.referencedColumns
                            : primaryKeys.getOrDefault(fk.referencedTable, primaryKeyOf(tables, primaryKeys, referenced));
                    table.foreignKeys.add(new ForeignKey(foreignKeyName(sql, fk.columns, referenced), fk.columns, referenced,
                            referencedColumns, action(fk.onDelete), action(fk.onUpdate)));
                }
                for (CreateTableSql.Constraint c : sql.constraints) {
                    if (c.kind().equals("CHECK")) {
                        table.checks.add(new CheckConstraint(c.name() == null ? null : SqlText.ident(c.name()), c.expression()));
                    }
                }
            }
        }
        List<dev.schemactl.schema.Table> built = tables.values().stream().map(InspectedTable::build).toList();
        return new Schema(built, List.of()).withUnmanaged(SqliteUnmanaged.read(connection, built));
    }

    /** The table options as CREATE TABLE takes them after its (...), null when none. */
    static String options(boolean strict, boolean withoutRowid) {
        if (strict && withoutRowid) return "STRICT, WITHOUT ROWID";
        if (strict) return "STRICT";
        return withoutRowid ? "WITHOUT ROWID" : null;
    }

    private static Column column(ResultSet rs, String name, int pk, CreateTableSql.ColumnSql sql, String tableOptions) throws SQLException {
        int hidden = rs.getInt("hidden");
        boolean generated = hidden == 2 || hidden == 3;
        boolean identity = pk > 0 && sql != null && sql.autoincrement();
        String defaultExpression = generated || identity ? null : normalizeDefault(rs.getString("dflt_value"));
        // a key column is NOT NULL, as SQL defines it; a rowid table's key column declared without NOT NULL (the
        // usual `id INTEGER PRIMARY KEY`) keeps that declaration as a column option, so that a rebuild or a
        // dump writes it back as it was (PRAGMA table_info shows notnull 0) and an entity's key column matches it
        boolean nullable = rs.getInt("notnull") == 0 && pk == 0;
        boolean withoutRowid = tableOptions != null && tableOptions.contains("WITHOUT ROWID");
        String options = pk > 0 && rs.getInt("notnull") == 0 && !withoutRowid ? SqliteRenderer.KEY_WITHOUT_NOT_NULL : null;
        Column column = new Column(name, SqliteTypeNames.INSTANCE.parse(rs.getString("type")), nullable,
                defaultExpression, identity, generated && sql != null ? sql.generatedExpression() : null, null)
                .withOptions(options);
        if (column.generatedExpression() != null) {
            column = column.withGenerated(column.generatedExpression(), hidden == 2 ? GeneratedKind.VIRTUAL : GeneratedKind.STORED);
        }
        return sql == null || sql.collation() == null ? column : column.withCollation(sql.collation());
    }

    /**
     * The keys of a {@code CREATE [UNIQUE] INDEX name ON table (k1, k2, ...)} text: a bare or quoted column name is a
     * column, anything else an expression as written; each with its own COLLATE and DESC. Null when unreadable.
     */
    static List<IndexColumn> indexKeys(String createIndexSql) {
        String s = createIndexSql;
        int open = -1;
        int i = 0;
        boolean on = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = SqlText.endOfQuoted(s, i, false);
                continue;
            }
            if (c == '[') {
                i = Math.max(s.indexOf(']', i) + 1, i + 1);
                continue;
            }
            if (!on && (c == 'o' || c == 'O') && s.regionMatches(true, i, "on", 0, 2) && i > 0 && Character.isWhitespace(s.charAt(i - 1))
                    && i + 2 < s.length() && (Character.isWhitespace(s.charAt(i + 2)) || s.charAt(i + 2) == '"')) {
                on = true;
            } else if (on && c == '(') {
                open = i;
                break;
            }
            i++;
        }
        if (open < 0) return null;
        int close = SqlText.matchingParen(s, open);
        if (close < 0) return null;
        String body = s.substring(open + 1, close);
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int j = 0; j < body.length(); ) {
            char c = body.charAt(j);
            if (c == '\'' || c == '"' || c == '`') {
                j = SqlText.endOfQuoted(body, j, false);
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) {
                parts.add(body.substring(start, j));
                start = j + 1;
            }
            j++;
        }
        parts.add(body.substring(start));
        List<IndexColumn> keys = new ArrayList<>();
        for (String part : parts) {
            String key = part.strip();
            boolean descending = false;
            Matcher order = KEY_ORDER.matcher(key);
            if (order.find()) {
                descending = order.group(1).equalsIgnoreCase("desc");
                key = key.substring(0, order.start()).strip();
            }
            String collation = null;
            Matcher collate = KEY_COLLATE.matcher(key);
            if (collate.find()) {
                collation = collate.group(1).replace("\"", "").toUpperCase(Locale.ROOT);
                key = key.substring(0, collate.start()).strip();
            }
            if (KEY_COLUMN.matcher(key).matches()) {
                String name = key.startsWith("\"") || key.startsWith("`") || key.startsWith("[") ? key.substring(1, key.length() - 1) : key;
                keys.add(new IndexColumn(SqlText.ident(name), null, descending, null, null, collation));
            } else {
                keys.add(new IndexColumn(null, key, descending, null, null, collation));
            }
        }
        return keys;
    }

    private static final Pattern KEY_ORDER = Pattern.compile("\\s+(asc|desc)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_COLLATE = Pattern.compile("\\s+collate\\s+(\"[^\"]+\"|\\w+)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]");

    /** The WHERE of a partial index's {@code CREATE INDEX ... WHERE p} text: {@code p} as written; null when none. */
    static String predicate(String createIndexSql) {
        if (createIndexSql == null) return null;
        String s = createIndexSql.trim();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = c == '[' ? Math.max(s.indexOf(']', i) + 1, i + 1) : SqlText.endOfQuoted(s, i, false);
            } else if (c == '(') {
                int close = SqlText.matchingParen(s, i);
                i = close < 0 ? s.length() : close + 1;
            } else if ((c == 'w' || c == 'W') && s.regionMatches(true, i, "where", 0, 5) && i > 0
                    && !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_'
                    && (i + 5 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 5)) && s.charAt(i + 5) != '_')) {
                return SqlText.emptyToNull(s.substring(i + 5).trim());
            } else {
                i++;
            }
        }
        return null;
    }

    /**
     * {@code NULL} → none; else as written, without enclosing parentheses. The spelling is kept ({@code CURRENT_TIMESTAMP},
     * {@code FALSE}): PRAGMA table_info shows it, so a rebuilt table must write it back the same; comparisons ignore case
     * ({@code Expressions.same}).
     */
    static String normalizeDefault(String text) {
        if (text == null || text.isBlank()) return null;
        String s = SqlText.stripEnclosingParens(text.trim());
        return s.equalsIgnoreCase("null") ? null : s;
    }

    private static List<String> primaryKeyOf(Map<String, InspectedTable> tables, Map<String, List<String>> primaryKeys, String table) {
        for (Map.Entry<String, InspectedTable> e : tables.entrySet()) {
            if (e.getValue().name.equals(table)) return primaryKeys.getOrDefault(e.getKey(), List.of());
        }
        return List.of();
    }

    private static String constraintName(CreateTableSql sql, String kind, List<String> columns) {
        for (CreateTableSql.Constraint c : sql.constraints) {
            if (c.kind().equals(kind) && c.columns().equals(columns)) return c.name() == null ? null : SqlText.ident(c.name());
        }
        return null;
    }

    private static String foreignKeyName(CreateTableSql sql, List<String> columns, String referencedTable) {
        for (CreateTableSql.Constraint c : sql.constraints) {
            if (c.kind().equals("FOREIGN KEY") && c.columns().equals(columns) && c.referencedTable().equals(referencedTable)) {
                return c.name() == null ? null : SqlText.ident(c.name());
            }
        }
        return null;
    }

    private static ReferentialAction action(String rule) {
        if (rule == null) return ReferentialAction.NO_ACTION;
        return switch (rule.trim().toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static final class IndexRows {
        final String name;
        final List<IndexColumn> columns = new ArrayList<>();
        boolean unique;
        boolean expression;
        String origin;
        String predicate;
        String sql;

        IndexRows(String name) {
            this.name = name;
        }
    }

    private static final class ForeignKeyRows {
        String referencedTable;
        String onUpdate;
        String onDelete;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();
    }
}
