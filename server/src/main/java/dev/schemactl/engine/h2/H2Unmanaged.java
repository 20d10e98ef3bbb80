package dev.schemactl.engine.h2;

import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What H2's INFORMATION_SCHEMA holds in the inspected schemas that the model does not carry: views, triggers, domains,
 * constants and user-defined functions (aliases). Each is listed as an unmanaged object with the DDL that recreates it
 * (written back by {@code dump} and a baseline, never by a plan):
 * <ul>
 *   <li>{@code view}: {@code CREATE FORCE VIEW "S"."V"("C1", ...) AS} VIEW_DEFINITION (H2 keeps it with every name
 *       qualified; the column list keeps names a {@code CREATE VIEW v(a, b)} gave). H2 records no view dependencies:
 *       {@code dependsOn} is read from the definition, every managed table whose catalog name appears in it as a
 *       quoted identifier and every column of such a table whose name does (errs towards a dependency, which only ever
 *       refuses a plan, as on SQLite).</li>
 *   <li>{@code trigger} (on its table): {@code CREATE FORCE TRIGGER ... CALL 'class'}; one with Java source is
 *       listed without a definition.</li>
 *   <li>{@code synonym}: {@code CREATE SYNONYM ... FOR} its table, which it depends on (after the tables).</li>
 *   <li>{@code domain}: {@code CREATE DOMAIN} with its type, default and checks; {@code constant}: {@code CREATE
 *       CONSTANT}; {@code function} (alias): {@code CREATE FORCE ALIAS ... FOR 'class.method'} or {@code AS 'source'}.
 *       These load before the tables (a default or check may use them).</li>
 * </ul>
 */
final class H2Unmanaged {
    private H2Unmanaged() {
    }

    /**
     * Every kind in one query (the inspector's query count stays fixed): one row per object, KIND_ORDER the order they
     * load in. TEXT_A/B/C: a view's definition and column list; a trigger's Java class, events and
     * "timing|orientation|queue|rollback|nowait"; a domain's default, ON UPDATE and checks (name CHAR(1) clause, CHAR(2)
     * between), its parent domain in ON_SCHEMA/ON_TABLE and its type in the columns {@link H2Inspector#typeSpelling}
     * reads; a constant's value; a function's external name and source.
     */
    private static final String OBJECTS = """
            SELECT 1 AS KIND_ORDER, 'domain' AS KIND, d.DOMAIN_SCHEMA AS OBJECT_SCHEMA, d.DOMAIN_NAME AS OBJECT_NAME,
                   d.PARENT_DOMAIN_SCHEMA AS ON_SCHEMA, d.PARENT_DOMAIN_NAME AS ON_TABLE,
                   d.DOMAIN_DEFAULT AS TEXT_A, d.DOMAIN_ON_UPDATE AS TEXT_B,
                   (SELECT LISTAGG(dc.CONSTRAINT_NAME || CHAR(1) || cc.CHECK_CLAUSE, CHAR(2)) WITHIN GROUP (ORDER BY dc.CONSTRAINT_NAME)
                      FROM INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS dc
                      JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
                        ON cc.CONSTRAINT_SCHEMA = dc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = dc.CONSTRAINT_NAME
                     WHERE dc.DOMAIN_SCHEMA = d.DOMAIN_SCHEMA AND dc.DOMAIN_NAME = d.DOMAIN_NAME) AS TEXT_C,
                   d.DATA_TYPE, d.CHARACTER_MAXIMUM_LENGTH, d.NUMERIC_PRECISION, d.NUMERIC_SCALE, d.DECLARED_NUMERIC_PRECISION,
                   d.DATETIME_PRECISION, d.INTERVAL_TYPE
            FROM INFORMATION_SCHEMA.DOMAINS d WHERE %SCOPE(d.DOMAIN_SCHEMA)%
            UNION ALL
            SELECT 2, 'constant', CONSTANT_SCHEMA, CONSTANT_NAME, NULL, NULL, VALUE_DEFINITION, NULL, NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM INFORMATION_SCHEMA.CONSTANTS WHERE %SCOPE(CONSTANT_SCHEMA)%
            UNION ALL
            SELECT 3, 'function', ROUTINE_SCHEMA, ROUTINE_NAME, NULL, NULL, EXTERNAL_NAME, ROUTINE_DEFINITION, NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM INFORMATION_SCHEMA.ROUTINES WHERE %SCOPE(ROUTINE_SCHEMA)%
            UNION ALL
            SELECT 4, 'view', v.TABLE_SCHEMA, v.TABLE_NAME, NULL, NULL, v.VIEW_DEFINITION,
                   (SELECT LISTAGG('"' || REPLACE(c.COLUMN_NAME, '"', '""') || '"', ', ') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)
                      FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = v.TABLE_SCHEMA AND c.TABLE_NAME = v.TABLE_NAME), NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM INFORMATION_SCHEMA.VIEWS v WHERE %SCOPE(v.TABLE_SCHEMA)%
            UNION ALL
            SELECT 5, 'trigger', TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, JAVA_CLASS,
                   LISTAGG(EVENT_MANIPULATION, ', ') WITHIN GROUP (ORDER BY EVENT_MANIPULATION),
                   ACTION_TIMING || '|' || ACTION_ORIENTATION || '|' || QUEUE_SIZE || '|' || IS_ROLLBACK || '|' || NO_WAIT,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM INFORMATION_SCHEMA.TRIGGERS WHERE %SCOPE(TRIGGER_SCHEMA)%
            GROUP BY TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, JAVA_CLASS, ACTION_TIMING,
                     ACTION_ORIENTATION, QUEUE_SIZE, IS_ROLLBACK, NO_WAIT
            UNION ALL
            SELECT 6, 'synonym', SYNONYM_SCHEMA, SYNONYM_NAME, SYNONYM_FOR_SCHEMA, SYNONYM_FOR, NULL, NULL, NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM INFORMATION_SCHEMA.SYNONYMS WHERE %SCOPE(SYNONYM_SCHEMA)%
            ORDER BY 1, 3, 4
            """;

    /**
     * @param scope  the inspector's scope: a query with {@code %SCOPE(column)%} → the query for the inspected schemas
     * @param model  a catalog schema → the model's schema (null for the default one)
     * @param tables the managed tables read (dependencies are looked up among them)
     */
    static List<UnmanagedObject> read(Connection connection, Function<String, String> scope, Function<String, String> model,
                                      List<Table> tables) throws SQLException {
        List<UnmanagedObject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(scope.apply(OBJECTS))) {
            while (rs.next()) {
                String kind = rs.getString("KIND");
                String schema = rs.getString("OBJECT_SCHEMA");
                String name = rs.getString("OBJECT_NAME");
                if (!seen.add(kind + "\0" + schema + "\0" + name)) continue; // overloads of one function
                String a = rs.getString("TEXT_A");
                String b = rs.getString("TEXT_B");
                String c = rs.getString("TEXT_C");
                switch (kind) {
                    case "domain" -> {
                        String parent = rs.getString("ON_TABLE");
                        StringBuilder ddl = new StringBuilder("CREATE DOMAIN IF NOT EXISTS ").append(q(schema, name)).append(" AS ")
                                .append(parent != null ? q(rs.getString("ON_SCHEMA"), parent) : H2Inspector.typeSpelling(rs, List.of()));
                        if (a != null) ddl.append(" DEFAULT ").append(a);
                        if (b != null) ddl.append(" ON UPDATE ").append(b);
                        List<String> statements = new ArrayList<>(List.of(ddl.toString()));
                        if (c != null && !c.isEmpty()) {
                            for (String check : c.split("\u0002")) {
                                String[] parts = check.split("\u0001", 2);
                                statements.add("ALTER DOMAIN " + q(schema, name) + " ADD CONSTRAINT " + q(schema, parts[0])
                                        + " CHECK(" + parts[1] + ") NOCHECK");
                            }
                        }
                        out.add(new UnmanagedObject("domain", model.apply(schema), H2Names.model(name), null, String.join(";\n", statements)));
                    }
                    case "constant" -> out.add(new UnmanagedObject("constant", model.apply(schema), H2Names.model(name), null,
                            "CREATE CONSTANT IF NOT EXISTS " + q(schema, name) + " VALUE " + a));
                    case "function" -> {
                        String ddl = a != null ? "CREATE FORCE ALIAS IF NOT EXISTS " + q(schema, name) + " FOR " + literal(a)
                                : b != null ? "CREATE FORCE ALIAS IF NOT EXISTS " + q(schema, name) + " AS " + literal(b) : null;
                        out.add(new UnmanagedObject("function", model.apply(schema), H2Names.model(name), null, ddl));
                    }
                    case "view" -> {
                        String ddl = a == null ? null : "CREATE FORCE VIEW " + q(schema, name)
                                + (b == null || b.isEmpty() ? "" : "(" + b + ")") + " AS\n" + a;
                        out.add(new UnmanagedObject("view", model.apply(schema), H2Names.model(name), null, ddl,
                                a == null ? List.of() : uses(a, tables)));
                    }
                    case "trigger" -> {
                        String[] f = c.split("\\|", -1); // timing, orientation, queue, rollback, nowait
                        String events = b + (Boolean.parseBoolean(f[3]) ? ", ROLLBACK" : "");
                        String onSchema = rs.getString("ON_SCHEMA");
                        String onTable = rs.getString("ON_TABLE");
                        String ddl = a == null ? null : "CREATE FORCE TRIGGER " + q(schema, name) + " " + f[0] + " " + events
                                + " ON " + q(onSchema, onTable) + " FOR EACH " + ("ROW".equalsIgnoreCase(f[1]) ? "ROW" : "STATEMENT")
                                + " QUEUE " + f[2] + (Boolean.parseBoolean(f[4]) ? " NOWAIT" : "") + " CALL " + literal(a);
                        String tableSchema = model.apply(onSchema);
                        String table = H2Names.model(onTable);
                        out.add(new UnmanagedObject("trigger", tableSchema, H2Names.model(name), table, ddl,
                                List.of(TableName.key(tableSchema, table))));
                    }
                    case "synonym" -> {
                        String forSchema = model.apply(rs.getString("ON_SCHEMA"));
                        String forTable = H2Names.model(rs.getString("ON_TABLE"));
                        out.add(new UnmanagedObject("synonym", model.apply(schema), H2Names.model(name), null,
                                "CREATE SYNONYM IF NOT EXISTS " + q(schema, name) + " FOR " + q(rs.getString("ON_SCHEMA"), rs.getString("ON_TABLE")),
                                List.of(TableName.key(forSchema, forTable))));
                    }
                    default -> { }
                }
            }
        }
        return out;
    }

    /**
     * {@code table} and {@code table.column} (keys, {@link TableName#key()}) for the managed tables and their columns that
     * {@code definition} names as quoted identifiers (H2 writes every name of a view's definition quoted).
     */
    static List<String> uses(String definition, List<Table> tables) {
        Set<String> words = quotedIdentifiers(definition);
        List<String> out = new ArrayList<>();
        for (Table t : tables) {
            if (!words.contains(H2Names.catalog(t.name()))) continue;
            out.add(t.key());
            for (Column c : t.columns()) if (words.contains(H2Names.catalog(c.name()))) out.add(t.key() + "." + c.name());
        }
        return out;
    }

    /** The double-quoted identifiers of a statement, exactly as the catalog spells them; string literals skipped. */
    static Set<String> quotedIdentifiers(String sql) {
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = SqlText.endOfQuoted(sql, i, false);
                if (c == '"') out.add(sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\""));
                i = Math.max(end, i + 1);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                out.add(sql.substring(start, i).toUpperCase(java.util.Locale.ROOT)); // an unquoted name folds to upper case
            } else {
                i++;
            }
        }
        return out;
    }

    private static String q(String schema, String name) {
        return quoted(schema) + "." + quoted(name);
    }

    private static String quoted(String catalogName) {
        return "\"" + catalogName.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
