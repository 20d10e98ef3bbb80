package dev.schemactl.engine.postgres;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the named schemas (default {@code public}; never the session's search_path, which a pg_dump script
 * empties) from pg_catalog in five bulk queries (tables, columns, constraints,
 * indexes, sequences), whatever the number of tables. Ordinary and partitioned tables are read;
 * partitions, views and schemactl's own schema_migrations* tables are left out.
 * Serial columns (default nextval of a sequence OWNED BY the column) and identity columns are
 * {@code identity=true} with no default, and their sequences are not listed. Indexes that back a
 * primary key, unique or exclusion constraint are not listed as indexes; other unique indexes are
 * indexes with {@code unique=true}. Defaults are normalized by {@link PostgresDefaults}.
 *
 * <p>The queries are written for large schemas (see bench/README.md): comments come from joins on
 * pg_description rather than per-row {@code obj_description}/{@code col_description} calls; serial columns
 * from one join with the (few) sequence dependencies rather than a subquery per column; a constraint's
 * definition is deparsed only for checks; index keys are unnested rather than generated (a
 * {@code generate_series} over a column is estimated at 1,000 rows, which inflated the plan's cost past
 * {@code jit_above_cost} and had the server JIT-compile the query, slower than running it); and nothing is
 * sorted on the server (columns are put in position order here, the model sorts everything else).
 */
final class PostgresInspector implements Inspector {

    /** Tables of the current schema (base and partitioned, not partitions) with their comments. */
    private static final String TABLES = """
            SELECT c.relname, ds.description AS comment
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            """;

    /**
     * All columns of those tables with their position, default, identity/generated flags, comment and
     * serial-ness (the default uses a sequence OWNED BY the column), in no particular order.
     */
    private static final String COLUMNS = """
            SELECT c.relname, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_name,
                   a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                   a.attidentity, a.attgenerated, ds.description AS comment, ser.attrdef IS NOT NULL AS serial
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.attrelid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum
            LEFT JOIN (SELECT DISTINCT owned.refobjid, owned.refobjsubid, uses.objid AS attrdef
                       FROM pg_catalog.pg_depend owned
                       JOIN pg_catalog.pg_class s ON s.oid = owned.objid AND s.relkind = 'S'
                       JOIN pg_catalog.pg_depend uses ON uses.classid = 'pg_catalog.pg_attrdef'::regclass
                            AND uses.refclassid = 'pg_catalog.pg_class'::regclass AND uses.refobjid = s.oid
                       WHERE owned.classid = 'pg_catalog.pg_class'::regclass
                         AND owned.refclassid = 'pg_catalog.pg_class'::regclass AND owned.deptype = 'a') ser
                 ON ser.refobjid = a.attrelid AND ser.refobjsubid = a.attnum AND ser.attrdef = d.oid
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND a.attnum > 0 AND NOT a.attisdropped
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
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND con.contype IN ('p', 'u', 'f', 'c')
            """;

    /** Indexes that do not back a constraint; key columns (or expressions) in order with their DESC flags. */
    private static final String INDEXES = """
            SELECT c.relname, i.relname AS index_name, x.indisunique,
                   ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, k.ord::int, true)
                                     ELSE a.attname::text END
                         FROM unnest((x.indkey::int2[])[0:x.indnkeyatts - 1]) WITH ORDINALITY AS k(attnum, ord)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS columns,
                   ARRAY(SELECT (o.option & 1) = 1
                         FROM unnest((x.indoption::int2[])[0:x.indnkeyatts - 1]) WITH ORDINALITY AS o(option, ord)
                         ORDER BY o.ord) AS descending
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
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
            WHERE n.nspname = ANY (?)
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
            """;

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        return inspect(connection, List.of());
    }

    @Override
    public Schema inspect(Connection connection, List<String> schemas) throws SQLException {
        Array scope = connection.createArrayOf("text", (schemas.isEmpty() ? List.of("public") : schemas).toArray());
        Map<String, InspectedTable> tables = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        // a schema spells few distinct types and defaults: parse and normalize each spelling once
        Map<String, ColumnType> types = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        try (Scoped st = new Scoped(connection, scope)) {
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    String name = rs.getString("relname");
                    if (SqlText.isTrackingTable(name)) continue;
                    tables.put(name, new InspectedTable(SqlText.ident(name), SqlText.emptyToNull(rs.getString("comment"))));
                }
            }
            try (ResultSet rs = st.executeQuery(COLUMNS)) {
                // rows come unordered (sorting them on the server costs more than here): keep each column's
                // position and put every table's columns in position order
                Map<InspectedTable, List<NumberedColumn>> columns = new IdentityHashMap<>();
                ColumnFields fields = new ColumnFields(rs); // one row per column: find the fields once
                while (rs.next()) {
                    InspectedTable table = tables.get(rs.getString(fields.relname));
                    if (table == null) continue;
                    columns.computeIfAbsent(table, t -> new ArrayList<>(8))
                            .add(new NumberedColumn(rs.getInt(fields.attnum), column(rs, fields, types, defaults)));
                }
                for (InspectedTable table : tables.values()) {
                    List<NumberedColumn> numbered = columns.get(table);
                    if (numbered == null) continue;
                    if (!inPositionOrder(numbered)) numbered.sort(Comparator.comparingInt(NumberedColumn::position));
                    for (NumberedColumn c : numbered) table.columns.add(c.column());
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

    /** Runs the catalog queries, each with the schemas to read as its one parameter. */
    private static final class Scoped implements AutoCloseable {
        private final Connection connection;
        private final Array schemas;
        private final List<PreparedStatement> open = new ArrayList<>();

        Scoped(Connection connection, Array schemas) {
            this.connection = connection;
            this.schemas = schemas;
        }

        ResultSet executeQuery(String sql) throws SQLException {
            PreparedStatement ps = connection.prepareStatement(sql);
            open.add(ps);
            ps.setArray(1, schemas);
            return ps.executeQuery();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : open) ps.close();
        }
    }

    private record NumberedColumn(int position, Column column) {
    }

    /** True when the columns already are in position order (the usual case: the server reads them that way). */
    private static boolean inPositionOrder(List<NumberedColumn> columns) {
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i - 1).position() > columns.get(i).position()) return false;
        }
        return true;
    }

    /** Positions of the COLUMNS query's fields. */
    private static final class ColumnFields {
        final int relname;
        final int attnum;
        final int attname;
        final int typeName;
        final int notNull;
        final int defaultExpr;
        final int identity;
        final int generated;
        final int comment;
        final int serial;

        ColumnFields(ResultSet rs) throws SQLException {
            relname = rs.findColumn("relname");
            attnum = rs.findColumn("attnum");
            attname = rs.findColumn("attname");
            typeName = rs.findColumn("type_name");
            notNull = rs.findColumn("attnotnull");
            defaultExpr = rs.findColumn("default_expr");
            identity = rs.findColumn("attidentity");
            generated = rs.findColumn("attgenerated");
            comment = rs.findColumn("comment");
            serial = rs.findColumn("serial");
        }
    }

    private static Column column(ResultSet rs, ColumnFields f, Map<String, ColumnType> types,
                                 Map<String, String> defaults) throws SQLException {
        String identityKind = rs.getString(f.identity);
        String generatedKind = rs.getString(f.generated);
        String rawDefault = rs.getString(f.defaultExpr);
        boolean generated = "s".equals(generatedKind);
        boolean identity = "a".equals(identityKind) || "d".equals(identityKind) || rs.getBoolean(f.serial);
        String defaultExpression = generated || identity || rawDefault == null ? null : normalizedDefault(rawDefault, defaults);
        return new Column(SqlText.ident(rs.getString(f.attname)),
                types.computeIfAbsent(rs.getString(f.typeName), PostgresTypeNames.INSTANCE::parse),
                !rs.getBoolean(f.notNull), defaultExpression, identity,
                generated ? rawDefault : null, SqlText.emptyToNull(rs.getString(f.comment)));
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

    private static String normalizedDefault(String raw, Map<String, String> cache) {
        String normalized = cache.get(raw);
        if (normalized == null && !cache.containsKey(raw)) {
            normalized = PostgresDefaults.normalize(raw);
            cache.put(raw, normalized);
        }
        return normalized;
    }

    /**
     * {@code CHECK ((n > 0)) NOT VALID} → {@code n > 0}, in the plain form models write: constants lose the casts
     * PostgreSQL adds ({@link PostgresDefaults#stripLiteralCasts}), and rewritten IN / BETWEEN forms come back
     * (see PostgresCheckExpressions).
     */
    static String checkExpression(String definition) {
        String s = definition.trim();
        if (s.regionMatches(true, 0, "CHECK", 0, 5)) s = s.substring(5).trim();
        int close = s.startsWith("(") ? SqlText.matchingParen(s, 0) : -1;
        if (close > 0) s = s.substring(0, close + 1); // drops trailing NOT VALID / NO INHERIT
        return SqlText.stripEnclosingParens(PostgresCheckExpressions.canonical(PostgresDefaults.stripLiteralCasts(SqlText.stripEnclosingParens(s))));
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
