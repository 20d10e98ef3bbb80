package dev.schemactl.engine.postgres;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.UniqueConstraint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code current_schema()} from pg_catalog in five bulk queries (tables, columns, constraints,
 * indexes, sequences), whatever the number of tables. Ordinary and partitioned tables are read;
 * partitions, views and schemactl's own schema_migrations* tables are left out.
 * Serial columns (default nextval of a sequence OWNED BY the column) and identity columns are
 * {@code identity=true} with no default, and their sequences are not listed. Indexes that back a
 * primary key, unique or exclusion constraint are not listed as indexes; other unique indexes are
 * indexes with {@code unique=true}. Defaults are normalized by {@link PostgresDefaults}.
 */
final class PostgresInspector implements Inspector {

    /** Tables of the current schema (base and partitioned, not partitions) with their comments. */
    private static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class') AS comment
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            """;

    /** All columns of those tables in ordinal order, with default, identity/generated flags, comment and serial-ness. */
    private static final String COLUMNS = """
            SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_name,
                   a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                   a.attidentity, a.attgenerated, pg_catalog.col_description(c.oid, a.attnum) AS comment,
                   EXISTS (SELECT 1
                           FROM pg_catalog.pg_depend owned
                           JOIN pg_catalog.pg_class s ON s.oid = owned.objid AND s.relkind = 'S'
                           JOIN pg_catalog.pg_depend uses ON uses.classid = 'pg_catalog.pg_attrdef'::regclass
                                AND uses.objid = d.oid AND uses.refclassid = 'pg_catalog.pg_class'::regclass
                                AND uses.refobjid = s.oid
                           WHERE owned.classid = 'pg_catalog.pg_class'::regclass
                             AND owned.refclassid = 'pg_catalog.pg_class'::regclass
                             AND owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum
                             AND owned.deptype = 'a') AS serial
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum
            """;

    /** Primary key, unique, foreign key and check constraints with their columns in key order. */
    private static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS columns,
                   ref.relname AS ref_table,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS ref_columns,
                   con.confdeltype, con.confupdtype, pg_catalog.pg_get_constraintdef(con.oid) AS definition
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY c.relname, con.conname
            """;

    /** Indexes that do not back a constraint; key columns (or expressions) in order with their DESC flags. */
    private static final String INDEXES = """
            SELECT c.relname, i.relname AS index_name, x.indisunique,
                   ARRAY(SELECT CASE WHEN x.indkey[k - 1] = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, k, true)
                                     ELSE (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                                           WHERE a.attrelid = x.indrelid AND a.attnum = x.indkey[k - 1]) END
                         FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k) AS columns,
                   ARRAY(SELECT (x.indoption[k - 1] & 1) = 1
                         FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k) AS descending
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
            ORDER BY c.relname, i.relname
            """;

    /**
     * Sequences of the current schema, without those of identity columns (dependency 'i'), of serial
     * columns (OWNED BY a column whose default uses them) and of schemactl's own tables.
     */
    private static final String SEQUENCES = """
            SELECT s.relname, q.seqstart, q.seqincrement
            FROM pg_catalog.pg_sequence q
            JOIN pg_catalog.pg_class s ON s.oid = q.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
            WHERE n.nspname = current_schema()
              AND NOT EXISTS (
                  SELECT 1
                  FROM pg_catalog.pg_depend owned
                  JOIN pg_catalog.pg_class t ON t.oid = owned.refobjid
                  WHERE owned.classid = 'pg_catalog.pg_class'::regclass AND owned.objid = s.oid
                    AND owned.refclassid = 'pg_catalog.pg_class'::regclass
                    AND (owned.deptype = 'i'
                         OR (owned.deptype = 'a' AND left(lower(t.relname), 17) = 'schema_migrations')
                         OR (owned.deptype = 'a' AND EXISTS (
                               SELECT 1
                               FROM pg_catalog.pg_attrdef d
                               JOIN pg_catalog.pg_depend uses ON uses.classid = 'pg_catalog.pg_attrdef'::regclass
                                    AND uses.objid = d.oid AND uses.refclassid = 'pg_catalog.pg_class'::regclass
                                    AND uses.refobjid = s.oid
                               WHERE d.adrelid = owned.refobjid AND d.adnum = owned.refobjsubid))))
            ORDER BY s.relname
            """;

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        Map<String, InspectedTable> tables = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    String name = rs.getString("relname");
                    if (SqlText.isTrackingTable(name)) continue;
                    tables.put(name, new InspectedTable(SqlText.ident(name), SqlText.emptyToNull(rs.getString("comment"))));
                }
            }
            try (ResultSet rs = st.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    InspectedTable table = tables.get(rs.getString("relname"));
                    if (table != null) table.columns.add(column(rs));
                }
            }
            try (ResultSet rs = st.executeQuery(CONSTRAINTS)) {
                while (rs.next()) {
                    InspectedTable table = tables.get(rs.getString("relname"));
                    if (table != null) constraint(table, rs);
                }
            }
            try (ResultSet rs = st.executeQuery(INDEXES)) {
                while (rs.next()) {
                    InspectedTable table = tables.get(rs.getString("relname"));
                    if (table == null) continue;
                    List<String> names = strings(rs.getArray("columns"));
                    Boolean[] desc = (Boolean[]) rs.getArray("descending").getArray();
                    List<IndexColumn> columns = new ArrayList<>();
                    for (int k = 0; k < names.size(); k++) {
                        // a plain column name, or an expression for expression indexes (its literals keep their case)
                        columns.add(new IndexColumn(SqlText.lowerOutsideQuotes(names.get(k), false), Boolean.TRUE.equals(desc[k])));
                    }
                    table.indexes.add(new Index(SqlText.ident(rs.getString("index_name")), columns, rs.getBoolean("indisunique")));
                }
            }
            try (ResultSet rs = st.executeQuery(SEQUENCES)) {
                while (rs.next()) {
                    sequences.add(new Sequence(SqlText.ident(rs.getString("relname")), rs.getLong("seqstart"), rs.getLong("seqincrement")));
                }
            }
        }
        return new Schema(tables.values().stream().map(InspectedTable::build).toList(), sequences);
    }

    private static Column column(ResultSet rs) throws SQLException {
        String identityKind = rs.getString("attidentity");
        String generatedKind = rs.getString("attgenerated");
        String rawDefault = rs.getString("default_expr");
        boolean generated = "s".equals(generatedKind);
        boolean identity = "a".equals(identityKind) || "d".equals(identityKind) || rs.getBoolean("serial");
        String defaultExpression = generated || identity ? null : PostgresDefaults.normalize(rawDefault);
        return new Column(SqlText.ident(rs.getString("attname")),
                PostgresTypeNames.INSTANCE.parse(rs.getString("type_name")),
                !rs.getBoolean("attnotnull"), defaultExpression, identity,
                generated ? rawDefault : null, SqlText.emptyToNull(rs.getString("comment")));
    }

    private static void constraint(InspectedTable table, ResultSet rs) throws SQLException {
        String name = SqlText.ident(rs.getString("conname"));
        List<String> columns = strings(rs.getArray("columns")).stream().map(SqlText::ident).toList();
        switch (rs.getString("contype")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, SqlText.ident(rs.getString("ref_table")),
                    strings(rs.getArray("ref_columns")).stream().map(SqlText::ident).toList(),
                    action(rs.getString("confdeltype")), action(rs.getString("confupdtype"))));
            case "c" -> table.checks.add(new CheckConstraint(name, checkExpression(rs.getString("definition"))));
            default -> { }
        }
    }

    /**
     * {@code CHECK ((n > 0)) NOT VALID} → {@code n > 0}; constants lose the casts PostgreSQL adds
     * ({@code (n > (0)::numeric)} → {@code n > 0}, see {@link PostgresDefaults#stripLiteralCasts}).
     */
    static String checkExpression(String definition) {
        String s = definition.trim();
        if (s.regionMatches(true, 0, "CHECK", 0, 5)) s = s.substring(5).trim();
        int close = s.startsWith("(") ? SqlText.matchingParen(s, 0) : -1;
        if (close > 0) s = s.substring(0, close + 1); // drops trailing NOT VALID / NO INHERIT
        return SqlText.stripEnclosingParens(PostgresDefaults.stripLiteralCasts(s));
    }

    private static ReferentialAction action(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        return Arrays.asList((String[]) array.getArray());
    }
}
