package dev.schemactl.engine.h2;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.OwnTables;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.schema.UnmanagedObject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads H2 2.x's PUBLIC schema, or the configured schemas ({@code schemas:}), from INFORMATION_SCHEMA in seven bulk
 * queries (an eighth lists the configured schemas but PUBLIC that exist): tables (with remarks),
 * enum values, columns, key constraints (primary key, unique, foreign key with the referenced columns),
 * check constraints, indexes with their columns, and sequences.
 * <ul>
 *   <li>Base tables only; schemactl's own schema_migrations* tables are left out. Names are lower-cased.</li>
 *   <li>The type spelling is DATA_TYPE plus (CHARACTER_MAXIMUM_LENGTH) for character/binary types
 *       (none when it is H2's maximum, i.e. an unsized VARCHAR), (NUMERIC_PRECISION,NUMERIC_SCALE) for
 *       NUMERIC when a precision was declared, (DATETIME_PRECISION) for TIME/TIMESTAMP, the INTERVAL_TYPE
 *       qualifier for INTERVAL, and the ENUM values;
 *       it goes through {@link H2TypeNames}.</li>
 *   <li>IS_IDENTITY columns are identity (their backing sequences are not in INFORMATION_SCHEMA.SEQUENCES);
 *       IS_GENERATED='ALWAYS' columns carry GENERATION_EXPRESSION. Neither has a default; other
 *       defaults go through {@link H2Defaults}.</li>
 *   <li>Indexes H2 generated for constraints (INDEXES.IS_GENERATED, e.g. {@code FK_X_INDEX_8},
 *       {@code PRIMARY_KEY_8}) and indexes a primary key / unique constraint uses are not listed;
 *       indexes created with CREATE [UNIQUE] INDEX are, even when a foreign key also uses them.</li>
 * </ul>
 */
final class H2Inspector implements Inspector {

    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS
            FROM INFORMATION_SCHEMA.TABLES
            WHERE %SCOPE(TABLE_SCHEMA)% AND TABLE_TYPE = 'BASE TABLE'
            ORDER BY TABLE_SCHEMA, TABLE_NAME
            """;

    private static final String ENUM_VALUES = """
            SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME
            FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE %SCOPE(OBJECT_SCHEMA)% AND OBJECT_TYPE = 'TABLE'
            ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL
            """;

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                   DECLARED_NUMERIC_PRECISION, DATETIME_PRECISION, INTERVAL_TYPE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,
                   IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT, COLUMN_ON_UPDATE,
                   IS_GENERATED, GENERATION_EXPRESSION, DTD_IDENTIFIER, REMARKS, DOMAIN_SCHEMA, DOMAIN_NAME
            FROM INFORMATION_SCHEMA.COLUMNS
            WHERE %SCOPE(TABLE_SCHEMA)%
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
            """;

    /** Primary keys, unique constraints and foreign keys, one row per key column, with the referenced column. */
    private static final String KEYS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   rk.TABLE_SCHEMA AS REFERENCED_SCHEMA, rk.TABLE_NAME AS REFERENCED_TABLE, rk.COLUMN_NAME AS REFERENCED_COLUMN, rc.UPDATE_RULE, rc.DELETE_RULE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
              ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk
              ON rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
             AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE %SCOPE(tc.TABLE_SCHEMA)% AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    private static final String CHECKS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE %SCOPE(tc.TABLE_SCHEMA)% AND tc.CONSTRAINT_TYPE = 'CHECK'
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME
            """;

    /** User-created indexes only (not generated for a constraint, not used by a primary key / unique constraint). */
    private static final String INDEXES = """
            SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME, ic.ORDERING_SPECIFICATION
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic
              ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME AND ic.TABLE_NAME = i.TABLE_NAME
            WHERE %SCOPE(i.TABLE_SCHEMA)% AND NOT i.IS_GENERATED AND i.INDEX_TYPE_NAME <> 'PRIMARY KEY'
              AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                              WHERE tc.INDEX_SCHEMA = i.INDEX_SCHEMA AND tc.INDEX_NAME = i.INDEX_NAME
                                AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))
            ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION
            """;

    private static final String SEQUENCES = """
            SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT
            FROM INFORMATION_SCHEMA.SEQUENCES
            WHERE %SCOPE(SEQUENCE_SCHEMA)%
            ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME
            """;

    /** The configured schemas but PUBLIC that exist (only read when there are such). */
    private static final String SCHEMATA = """
            SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA
            WHERE %SCOPE(SCHEMA_NAME)% AND SCHEMA_NAME <> 'PUBLIC'
            ORDER BY SCHEMA_NAME
            """;

    private static final Pattern SCOPE = Pattern.compile("%SCOPE\\(([A-Za-z_.]+)\\)%");

    /** {@code CAST(-1.5 AS NUMERIC(3, 1))}, {@code CAST(0 AS BIGINT)}, ...: a number cast to a numeric type. */
    private static final Pattern NUMBER_CAST = Pattern.compile(
            "CAST\\(\\s*(-?\\d+(?:\\.\\d+)?(?:E[-+]?\\d+)?)\\s+AS\\s+(?:TINYINT|SMALLINT|INTEGER|INT|BIGINT|REAL|DOUBLE PRECISION"
                    + "|NUMERIC|DECIMAL|DECFLOAT)(?:\\s*\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?\\s*\\)", Pattern.CASE_INSENSITIVE);

    /** H2's largest CHARACTER VARYING / BINARY VARYING length: what an unsized VARCHAR gets. */
    private static final long MAX_VARYING_LENGTH = 1_000_000_000L;

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        return inspect(connection, List.of());
    }

    /**
     * The named schemas (config {@code schemas:}, model spelling: {@code billing} is BILLING), the first one the default
     * schema whose tables the model names bare; none: PUBLIC. Each schema but PUBLIC that exists is listed as an
     * unmanaged {@code schema} object with its CREATE SCHEMA, which a plan or a dump runs before the tables; the views,
     * triggers, domains, constants and functions (aliases) of those schemas are unmanaged objects too ({@link H2Unmanaged}).
     */
    @Override
    public Schema inspect(Connection connection, List<String> schemas) throws SQLException {
        Scope scope = new Scope(schemas);
        Map<String, InspectedTable> tables = new LinkedHashMap<>(); // by "schema\0table", catalog spelling
        Map<String, List<String>> enumValues = new HashMap<>(); // "schema\0table\0dtd identifier" → values
        Map<String, Map<String, KeyRows>> keys = new LinkedHashMap<>();
        Map<String, Map<String, Index>> indexes = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        List<UnmanagedObject> unmanaged = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(scope.apply(TABLES))) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    InspectedTable table = new InspectedTable(H2Names.model(name), SqlText.emptyToNull(rs.getString("REMARKS")));
                    table.schema = scope.model(rs.getString("TABLE_SCHEMA"));
                    tables.put(rs.getString("TABLE_SCHEMA") + "\0" + name, table);
                }
            }
            try (ResultSet rs = st.executeQuery(scope.apply(ENUM_VALUES))) {
                while (rs.next()) {
                    enumValues.computeIfAbsent(rs.getString("OBJECT_SCHEMA") + "\0" + rs.getString("OBJECT_NAME") + "\0"
                            + rs.getString("ENUM_IDENTIFIER"), k -> new ArrayList<>()).add(rs.getString("VALUE_NAME"));
                }
            }
            try (ResultSet rs = st.executeQuery(scope.apply(COLUMNS))) {
                while (rs.next()) {
                    String tableKey = rs.getString("TABLE_SCHEMA") + "\0" + rs.getString("TABLE_NAME");
                    InspectedTable table = tables.get(tableKey);
                    if (table == null) continue;
                    List<String> values = enumValues.getOrDefault(tableKey + "\0" + rs.getString("DTD_IDENTIFIER"), List.of());
                    table.columns.add(column(rs, values));
                }
            }
            OwnTables.remove(tables); // schemactl's own, recognised by their columns
            try (ResultSet rs = st.executeQuery(scope.apply(KEYS))) {
                while (rs.next()) {
                    String tableKey = rs.getString("TABLE_SCHEMA") + "\0" + rs.getString("TABLE_NAME");
                    if (!tables.containsKey(tableKey)) continue;
                    String name = rs.getString("CONSTRAINT_NAME");
                    String type = rs.getString("CONSTRAINT_TYPE");
                    KeyRows key = keys.computeIfAbsent(tableKey, t -> new LinkedHashMap<>())
                            .computeIfAbsent(name, n -> new KeyRows(name, type));
                    key.columns.add(H2Names.model(rs.getString("COLUMN_NAME")));
                    key.referencedSchema = rs.getString("REFERENCED_SCHEMA") == null ? null : scope.model(rs.getString("REFERENCED_SCHEMA"));
                    key.referencedTable = rs.getString("REFERENCED_TABLE");
                    key.referencedColumns.add(H2Names.model(rs.getString("REFERENCED_COLUMN")));
                    key.onDelete = rs.getString("DELETE_RULE");
                    key.onUpdate = rs.getString("UPDATE_RULE");
                }
            }
            try (ResultSet rs = st.executeQuery(scope.apply(CHECKS))) {
                while (rs.next()) {
                    InspectedTable table = tables.get(rs.getString("TABLE_SCHEMA") + "\0" + rs.getString("TABLE_NAME"));
                    if (table != null) {
                        table.checks.add(new CheckConstraint(H2Names.model(rs.getString("CONSTRAINT_NAME")),
                                checkClause(rs.getString("CHECK_CLAUSE"))));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery(scope.apply(INDEXES))) {
                while (rs.next()) {
                    String tableKey = rs.getString("TABLE_SCHEMA") + "\0" + rs.getString("TABLE_NAME");
                    if (!tables.containsKey(tableKey)) continue;
                    String name = H2Names.model(rs.getString("INDEX_NAME"));
                    boolean unique = rs.getString("INDEX_TYPE_NAME").toUpperCase(Locale.ROOT).contains("UNIQUE");
                    IndexColumn column = new IndexColumn(H2Names.model(rs.getString("COLUMN_NAME")),
                            "DESC".equalsIgnoreCase(rs.getString("ORDERING_SPECIFICATION")));
                    indexes.computeIfAbsent(tableKey, t -> new LinkedHashMap<>())
                            .merge(name, new Index(name, List.of(column), unique), (a, b) -> new Index(a.name(),
                                    concat(a.columns(), b.columns()), a.unique()));
                }
            }
            try (ResultSet rs = st.executeQuery(scope.apply(SEQUENCES))) {
                while (rs.next()) {
                    sequences.add(new Sequence(scope.model(rs.getString("SEQUENCE_SCHEMA")), H2Names.model(rs.getString("SEQUENCE_NAME")),
                            rs.getLong("START_VALUE"), rs.getLong("INCREMENT"), null, null, null, false, null, null));
                }
            }
            if (!scope.others().isEmpty()) {
                try (ResultSet rs = st.executeQuery(scope.apply(SCHEMATA))) {
                    while (rs.next()) {
                        String name = H2Names.model(rs.getString("SCHEMA_NAME"));
                        unmanaged.add(new UnmanagedObject("schema", null, name, null, "CREATE SCHEMA IF NOT EXISTS " + H2Names.quoted(name)));
                    }
                }
            }
        }
        for (Map.Entry<String, InspectedTable> entry : tables.entrySet()) {
            InspectedTable table = entry.getValue();
            for (KeyRows key : keys.getOrDefault(entry.getKey(), Map.of()).values()) {
                String name = H2Names.model(key.name);
                switch (key.type) {
                    case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name, key.columns);
                    case "UNIQUE" -> table.uniques.add(new UniqueConstraint(name, key.columns));
                    case "FOREIGN KEY" -> table.foreignKeys.add(new ForeignKey(name, key.columns, H2Names.model(key.referencedTable),
                            key.referencedColumns, action(key.onDelete), action(key.onUpdate), null, key.referencedSchema));
                    default -> { }
                }
            }
            table.indexes.addAll(indexes.getOrDefault(entry.getKey(), Map.of()).values());
        }
        List<dev.schemactl.schema.Table> built = tables.values().stream().map(InspectedTable::build).toList();
        unmanaged.addAll(H2Unmanaged.read(connection, scope::apply, scope::model, built));
        return new Schema(built, sequences, List.of(), unmanaged);
    }

    /**
     * The schemas read, in catalog spelling: the configured ones ({@link H2Names#catalog}), or PUBLIC in any case
     * (a database opened with DATABASE_TO_LOWER names it public).
     */
    private record Scope(List<String> catalogNames) {
        Scope {
            catalogNames = catalogNames.stream().map(H2Names::catalog).toList();
        }

        /** The query with each {@code %SCOPE(column)%} replaced by the condition that keeps the read schemas' rows. */
        String apply(String query) {
            Matcher m = SCOPE.matcher(query);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String column = m.group(1);
                String condition = catalogNames.isEmpty() ? "UPPER(" + column + ") = 'PUBLIC'"
                        : column + " IN (" + catalogNames.stream().map(n -> "'" + n.replace("'", "''") + "'")
                        .collect(Collectors.joining(", ")) + ")";
                m.appendReplacement(out, Matcher.quoteReplacement(condition));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The model's schema of a catalog schema: null for the default (first) one. */
        String model(String catalogSchema) {
            String first = catalogNames.isEmpty() ? "PUBLIC" : catalogNames.get(0);
            boolean isDefault = catalogNames.isEmpty() ? first.equalsIgnoreCase(catalogSchema) : first.equals(catalogSchema);
            return isDefault ? null : H2Names.model(catalogSchema);
        }

        /** The configured schemas but PUBLIC (which every database has): the ones a plan or a dump may have to create. */
        List<String> others() {
            return catalogNames.stream().filter(n -> !n.equals("PUBLIC")).toList();
        }
    }

    /**
     * A check clause without the casts H2 wraps around numeric constants compared with a column of another
     * numeric type: {@code "N" > CAST(0 AS BIGINT)} → {@code "N" > 0} (string literals are left alone).
     */
    static String checkClause(String clause) {
        if (clause == null) return null;
        StringBuilder out = new StringBuilder(clause.length());
        int i = 0;
        while (i < clause.length()) {
            char c = clause.charAt(i);
            if (c == '\'' || c == '"') {
                int end = SqlText.endOfQuoted(clause, i, false);
                out.append(clause, i, end);
                i = end;
                continue;
            }
            Matcher cast = NUMBER_CAST.matcher(clause).region(i, clause.length());
            if ((c == 'C' || c == 'c') && cast.lookingAt()) {
                out.append(cast.group(1));
                i = cast.end();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Column column(ResultSet rs, List<String> enumValues) throws SQLException {
        boolean identity = "YES".equals(rs.getString("IS_IDENTITY"));
        boolean generated = "ALWAYS".equals(rs.getString("IS_GENERATED"));
        String defaultExpression = identity || generated ? null : H2Defaults.normalize(rs.getString("COLUMN_DEFAULT"));
        Column column = new Column(H2Names.model(rs.getString("COLUMN_NAME")),
                domainType(rs) != null ? domainType(rs) : H2TypeNames.INSTANCE.parse(typeSpelling(rs, enumValues)),
                "YES".equals(rs.getString("IS_NULLABLE")), defaultExpression, false,
                generated ? rs.getString("GENERATION_EXPRESSION") : null, SqlText.emptyToNull(rs.getString("REMARKS")));
        if (identity) column = column.withIdentity(identity(rs));
        String onUpdate = H2Defaults.normalize(rs.getString("COLUMN_ON_UPDATE"));
        return onUpdate == null ? column : column.withOnUpdate(onUpdate);
    }

    /**
     * A column of a domain (an unmanaged object) is of that domain, not of its base type: written back as the domain
     * ({@code "QTY"}, schema-qualified when it is of another schema than its table), or the column loses its checks.
     */
    private static ColumnType domainType(ResultSet rs) throws SQLException {
        String domain = rs.getString("DOMAIN_NAME");
        if (domain == null) return null;
        String schema = rs.getString("DOMAIN_SCHEMA");
        String name = "\"" + domain.replace("\"", "\"\"") + "\"";
        return ColumnType.other(schema == null || schema.equals(rs.getString("TABLE_SCHEMA")) ? name
                : "\"" + schema.replace("\"", "\"\"") + "\"." + name);
    }

    /** ALWAYS or BY DEFAULT, with START WITH / INCREMENT BY where they are not 1 (the defaults). */
    static Identity identity(ResultSet rs) throws SQLException {
        Identity.Kind kind = "ALWAYS".equalsIgnoreCase(rs.getString("IDENTITY_GENERATION")) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT;
        long start = rs.getLong("IDENTITY_START");
        Long startOption = rs.wasNull() || start == 1 ? null : start;
        long increment = rs.getLong("IDENTITY_INCREMENT");
        Long incrementOption = rs.wasNull() || increment == 1 ? null : increment;
        return Identity.of(kind).withStart(startOption).withIncrement(incrementOption);
    }

    /** DATA_TYPE with the size, precision or enum values H2 reports in separate columns. */
    static String typeSpelling(ResultSet rs, List<String> enumValues) throws SQLException {
        String dataType = rs.getString("DATA_TYPE");
        String upper = dataType.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "CHARACTER", "BINARY" -> {
                long length = rs.getLong("CHARACTER_MAXIMUM_LENGTH");
                return rs.wasNull() ? dataType : dataType + "(" + length + ")";
            }
            case "CHARACTER VARYING", "BINARY VARYING", "VARCHAR_IGNORECASE" -> {
                long length = rs.getLong("CHARACTER_MAXIMUM_LENGTH");
                return rs.wasNull() || length >= MAX_VARYING_LENGTH ? dataType : dataType + "(" + length + ")";
            }
            case "NUMERIC", "DECIMAL" -> {
                rs.getObject("DECLARED_NUMERIC_PRECISION");
                if (rs.wasNull()) return dataType;
                return dataType + "(" + rs.getInt("NUMERIC_PRECISION") + "," + rs.getInt("NUMERIC_SCALE") + ")";
            }
            case "TIME", "TIMESTAMP", "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" -> {
                int precision = rs.getInt("DATETIME_PRECISION");
                if (rs.wasNull()) return dataType;
                int space = upper.indexOf(' ');
                return space < 0 ? dataType + "(" + precision + ")"
                        : dataType.substring(0, space) + "(" + precision + ")" + dataType.substring(space);
            }
            case "INTERVAL" -> {
                String qualifier = rs.getString("INTERVAL_TYPE");
                return qualifier == null ? dataType : dataType + " " + qualifier;
            }
            case "ENUM" -> {
                return enumValues.stream().map(v -> "'" + v.replace("'", "''") + "'")
                        .collect(Collectors.joining(",", "ENUM(", ")"));
            }
            default -> {
                return dataType;
            }
        }
    }

    private static ReferentialAction action(String rule) {
        if (rule == null) return ReferentialAction.NO_ACTION;
        return switch (rule.trim().toUpperCase(Locale.ROOT)) {
            // RESTRICT and NO ACTION behave the same here (checked at once); the catalog reports an
            // unspecified action as RESTRICT, so both normalize to NO_ACTION, as models declare it
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static final class KeyRows {
        final String name;
        final String type;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();
        String referencedSchema;
        String referencedTable;
        String onDelete;
        String onUpdate;

        KeyRows(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }
}
