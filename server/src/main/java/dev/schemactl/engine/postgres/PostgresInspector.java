package dev.schemactl.engine.postgres;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.NullsOrder;
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
import java.util.TreeMap;

/**
 * Reads the named schemas (default {@code public}; never the session's search_path, which a pg_dump script
 * empties) from pg_catalog in six bulk queries (plus two for {@link PostgresUnmanaged}) (tables, columns, constraints, indexes,
 * sequences, enum types), whatever the number of tables. Ordinary and partitioned tables are read;
 * partitions, INHERITS children ({@link PostgresChildTables}), views and schemactl's own schema_migrations* tables
 * are left out (views, routines, triggers and the like are listed as unmanaged by {@link PostgresUnmanaged}).
 * Names keep their exact case.
 * Identity columns carry their kind (ALWAYS / BY DEFAULT) and their sequence's options (null where they are
 * the defaults); serial columns (default nextval of a sequence OWNED BY the column) are identity kind SERIAL
 * with no default, and their sequences are not listed. Indexes that back a primary key, unique or exclusion
 * constraint are not listed as indexes; other unique indexes are indexes with {@code unique=true}, with their
 * access method, expressions, DESC / NULLS order, INCLUDE columns and partial-index predicate. Columns of an
 * enum type are {@code ColumnType.other(quoted type name)}; the types are {@link Schema#enumTypes()}.
 * Defaults are normalized by {@link PostgresDefaults}.
 *
 * <p>The queries are written for large schemas (see bench/README.md): comments come from joins on
 * pg_description rather than per-row {@code obj_description}/{@code col_description} calls; serial and identity
 * sequences from one join with the (few) sequence dependencies rather than a subquery per column; a
 * constraint's definition is deparsed only for checks; index keys are unnested rather than generated (a
 * {@code generate_series} over a column is estimated at 1,000 rows, which inflated the plan's cost past
 * {@code jit_above_cost} and had the server JIT-compile the query, slower than running it); and nothing is
 * sorted on the server (columns are put in position order here, the model sorts everything else).
 */
final class PostgresInspector implements Inspector {

    /**
     * Tables of the current schema (base and partitioned, not partitions nor INHERITS children, which are unmanaged)
     * with their comments. The other queries' rows of tables not listed here are skipped.
     */
    private static final String TABLES = """
            SELECT c.relname, ds.description AS comment
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = c.oid)
            """;

    /**
     * All columns of those tables with their position, default, identity/generated flags, comment, collation
     * (when not the type's default), enum type name, and the options of the sequence that feeds the column:
     * an identity's (dependency 'i') or a serial's (OWNED BY the column, dependency 'a', and used by its
     * default), in no particular order.
     */
    private static final String COLUMNS = """
            SELECT c.relname, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_name,
                   a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                   a.attidentity, a.attgenerated, ds.description AS comment, seq.deptype AS seq_dep,
                   seq.seqstart, seq.seqincrement, seq.seqmin, seq.seqmax, seq.seqcache, seq.seqcycle,
                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN co.collname END AS collation,
                   CASE WHEN t.typtype = 'e' THEN t.typname END AS enum_type, t.typname AS base_type
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.attrelid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum
            LEFT JOIN (SELECT owned.refobjid, owned.refobjsubid, owned.deptype, q.seqstart, q.seqincrement,
                              q.seqmin, q.seqmax, q.seqcache, q.seqcycle, uses.objid AS attrdef
                       FROM pg_catalog.pg_depend owned
                       JOIN pg_catalog.pg_class s ON s.oid = owned.objid AND s.relkind = 'S'
                       JOIN pg_catalog.pg_sequence q ON q.seqrelid = s.oid
                       LEFT JOIN pg_catalog.pg_depend uses ON uses.classid = 'pg_catalog.pg_attrdef'::regclass
                            AND uses.refclassid = 'pg_catalog.pg_class'::regclass AND uses.refobjid = s.oid
                       WHERE owned.classid = 'pg_catalog.pg_class'::regclass
                         AND owned.refclassid = 'pg_catalog.pg_class'::regclass AND owned.deptype IN ('a', 'i')) seq
                 ON seq.refobjid = a.attrelid AND seq.refobjsubid = a.attnum
                    AND (seq.deptype = 'i' OR seq.attrdef = d.oid)
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
                   CASE WHEN refn.nspname <> ((?)::text[])[1] THEN refn.nspname END AS ref_schema,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS ref_columns,
                   con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace refn ON refn.oid = ref.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND con.contype IN ('p', 'u', 'f', 'c')
            """;

    /**
     * Indexes that do not back a constraint: key columns (or expressions) in order with their DESC and NULLS FIRST
     * flags, the INCLUDE columns, the access method and the predicate of a partial index.
     */
    private static final String INDEXES = """
            SELECT c.relname, i.relname AS index_name, x.indisunique, am.amname,
                   pg_catalog.pg_get_expr(x.indpred, x.indrelid, true) AS predicate,
                   ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, k.ord::int, true) END
                         FROM unnest((x.indkey::int2[])[0:x.indnkeyatts - 1]) WITH ORDINALITY AS k(attnum, ord)
                         ORDER BY k.ord) AS expressions,
                   ARRAY(SELECT a.attname::text
                         FROM unnest((x.indkey::int2[])[0:x.indnkeyatts - 1]) WITH ORDINALITY AS k(attnum, ord)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS columns,
                   ARRAY(SELECT a.attname::text
                         FROM unnest((x.indkey::int2[])[x.indnkeyatts:x.indnatts - 1]) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS include,
                   ARRAY(SELECT CASE WHEN opc.opcdefault THEN NULL ELSE opc.opcname::text END
                         FROM unnest(x.indclass::oid[]) WITH ORDINALITY AS k(cls, ord)
                         JOIN pg_catalog.pg_opclass opc ON opc.oid = k.cls
                         ORDER BY k.ord) AS opclasses,
                   ARRAY(SELECT CASE WHEN k.coll = 0 OR k.coll = COALESCE(a.attcollation, 100) THEN NULL ELSE co.collname::text END
                         FROM unnest(x.indcollation::oid[], (x.indkey::int2[])[0:x.indnkeyatts - 1]) WITH ORDINALITY AS k(coll, attnum, ord)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
                         LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll
                         ORDER BY k.ord) AS collations,
                   ARRAY(SELECT o.option::int
                         FROM unnest((x.indoption::int2[])[0:x.indnkeyatts - 1]) WITH ORDINALITY AS o(option, ord)
                         ORDER BY o.ord) AS options
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = i.relam
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
            """;

    /**
     * Sequences of the current schema with their options, without those of identity columns (dependency 'i'),
     * of serial columns (OWNED BY a column whose default uses them) and of schemactl's own tables.
     */
    private static final String SEQUENCES = """
            SELECT s.relname, q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle,
                   pg_catalog.format_type(q.seqtypid, NULL) AS data_type
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

    /** Enum types of the current schema, one row per value (sorted here by enumsortorder). */
    private static final String ENUM_TYPES = """
            SELECT t.typname, e.enumlabel, e.enumsortorder
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ANY (?) AND t.typtype = 'e'
            """;

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        return inspect(connection, List.of());
    }

    @Override
    public Schema inspect(Connection connection, List<String> schemas) throws SQLException {
        List<String> scopeNames = schemas.isEmpty() ? List.of("public") : schemas;
        Array scope = connection.createArrayOf("text", scopeNames.toArray());
        Map<String, InspectedTable> tables = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        // a schema spells few distinct types and defaults: parse and normalize each spelling once
        Map<String, ColumnType> types = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        Map<String, List<Object[]>> enumValues = new TreeMap<>();
        try (Scoped st = new Scoped(connection, scope)) {
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    String name = rs.getString("relname");
                    if (SqlText.isTrackingTable(name)) continue;
                    tables.put(name, new InspectedTable(name, SqlText.emptyToNull(rs.getString("comment"))));
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
                    if (table != null) table.indexes.add(index(rs));
                }
            }
            try (ResultSet rs = st.executeQuery(SEQUENCES)) {
                while (rs.next()) sequences.add(sequence(rs));
            }
            try (ResultSet rs = st.executeQuery(ENUM_TYPES)) {
                while (rs.next()) {
                    enumValues.computeIfAbsent(rs.getString("typname"), k -> new ArrayList<>())
                            .add(new Object[]{rs.getFloat("enumsortorder"), rs.getString("enumlabel")});
                }
            }
        }
        List<EnumType> enums = new ArrayList<>();
        enumValues.forEach((name, values) -> {
            values.sort(Comparator.comparingDouble(v -> (Float) v[0]));
            enums.add(new EnumType(name, values.stream().map(v -> (String) v[1]).toList()));
        });
        return new Schema(tables.values().stream().map(InspectedTable::build).toList(), sequences, enums,
                PostgresUnmanaged.read(connection, scope, scopeNames.get(0)));
    }

    /** Runs the catalog queries, binding the schemas to read to every parameter of each. */
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
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) ps.setArray(i, schemas);
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
        final int seqDep;
        final int collation;
        final int enumType;
        final int baseType;

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
            seqDep = rs.findColumn("seq_dep");
            collation = rs.findColumn("collation");
            enumType = rs.findColumn("enum_type");
            baseType = rs.findColumn("base_type");
        }
    }

    private static Column column(ResultSet rs, ColumnFields f, Map<String, ColumnType> types,
                                 Map<String, String> defaults) throws SQLException {
        String identityKind = rs.getString(f.identity);
        String generatedKind = rs.getString(f.generated);
        String rawDefault = rs.getString(f.defaultExpr);
        boolean generated = "s".equals(generatedKind);
        Identity identity = null;
        if ("a".equals(identityKind) || "d".equals(identityKind)) {
            identity = identity("a".equals(identityKind) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT, rs, rs.getString(f.baseType));
        } else if ("a".equals(rs.getString(f.seqDep))) {
            identity = identity(Identity.Kind.SERIAL, rs, rs.getString(f.baseType));
        }
        String defaultExpression = generated || identity != null || rawDefault == null ? null : normalizedDefault(rawDefault, defaults);
        String enumType = rs.getString(f.enumType);
        ColumnType type = enumType != null ? ColumnType.other(PostgresNames.quote(enumType))
                : types.computeIfAbsent(rs.getString(f.typeName), PostgresTypeNames.INSTANCE::parse);
        return new Column(rs.getString(f.attname), type, !rs.getBoolean(f.notNull), defaultExpression, identity,
                generated ? rawDefault : null, generated ? GeneratedKind.STORED : null,
                SqlText.emptyToNull(rs.getString(f.comment)), rs.getString(f.collation), null, null);
    }

    /** The identity with the sequence's options, each null where it is PostgreSQL's default for the column's type. */
    private static Identity identity(Identity.Kind kind, ResultSet rs, String baseType) throws SQLException {
        long increment = rs.getLong("seqincrement");
        if (rs.wasNull()) return Identity.of(kind);
        Options o = options(rs.getLong("seqstart"), increment, rs.getLong("seqmin"), rs.getLong("seqmax"),
                rs.getLong("seqcache"), typeMax(baseType));
        return new Identity(kind, o.start, o.increment, o.min, o.max, o.cache, rs.getBoolean("seqcycle"));
    }

    private static Sequence sequence(ResultSet rs) throws SQLException {
        String dataType = rs.getString("data_type");
        long start = rs.getLong("seqstart");
        long increment = rs.getLong("seqincrement");
        Options o = options(start, increment, rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"), typeMax(dataType));
        return new Sequence(null, rs.getString("relname"), start, increment, o.min, o.max, o.cache,
                rs.getBoolean("seqcycle"), "bigint".equals(dataType) ? null : dataType);
    }

    private record Options(Long start, Long increment, Long min, Long max, Long cache) {
    }

    /**
     * PostgreSQL's defaults: ascending sequences run from 1 to the type's max and start at their min,
     * descending ones from the type's min to -1 and start at their max; increment 1, cache 1.
     */
    private static Options options(long start, long increment, long min, long max, long cache, long typeMax) {
        long typeMin = -typeMax - 1;
        long defaultMin = increment > 0 ? 1 : typeMin;
        long defaultMax = increment > 0 ? typeMax : -1;
        Long minValue = min == defaultMin ? null : min;
        Long maxValue = max == defaultMax ? null : max;
        long defaultStart = increment > 0 ? min : max;
        return new Options(start == defaultStart ? null : start, increment == 1 ? null : increment, minValue, maxValue,
                cache == 1 ? null : cache);
    }

    private static long typeMax(String type) {
        if (type == null) return Long.MAX_VALUE;
        return switch (type) {
            case "int2", "smallint" -> Short.MAX_VALUE;
            case "int4", "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    private static Index index(ResultSet rs) throws SQLException {
        String[] expressions = (String[]) rs.getArray("expressions").getArray();
        String[] names = (String[]) rs.getArray("columns").getArray();
        Integer[] options = (Integer[]) rs.getArray("options").getArray();
        String[] opclasses = (String[]) rs.getArray("opclasses").getArray();
        String[] collations = (String[]) rs.getArray("collations").getArray();
        List<IndexColumn> columns = new ArrayList<>(names.length);
        for (int k = 0; k < names.length; k++) {
            boolean desc = (options[k] & 1) == 1;
            NullsOrder nulls = (options[k] & 2) == 2 ? NullsOrder.FIRST : NullsOrder.LAST;
            columns.add(new IndexColumn(expressions[k] != null ? null : names[k], expressions[k], desc, nulls,
                    k < opclasses.length ? opclasses[k] : null, k < collations.length ? collations[k] : null));
        }
        return new Index(rs.getString("index_name"), columns, rs.getBoolean("indisunique"), rs.getString("amname"),
                SqlText.emptyToNull(rs.getString("predicate")), strings(rs.getArray("include")));
    }

    private static void constraint(InspectedTable table, ResultSet rs) throws SQLException {
        String name = rs.getString("conname");
        List<String> columns = strings(rs.getArray("columns"));
        Deferral deferral = !rs.getBoolean("condeferrable") ? Deferral.NOT_DEFERRABLE
                : rs.getBoolean("condeferred") ? Deferral.DEFERRABLE_INITIALLY_DEFERRED : Deferral.DEFERRABLE;
        switch (rs.getString("contype")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns, deferral));
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, rs.getString("ref_table"),
                    strings(rs.getArray("ref_columns")), action(rs.getString("confdeltype")),
                    action(rs.getString("confupdtype")), deferral, rs.getString("ref_schema")));
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
