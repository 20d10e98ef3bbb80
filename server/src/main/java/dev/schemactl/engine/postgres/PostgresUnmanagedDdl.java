package dev.schemactl.engine.postgres;

import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes back PostgreSQL's unmanaged objects from their catalog definitions (see {@link PostgresUnmanaged}), in
 * the order pg_dump uses: extensions and types before the tables (function bodies are not checked at creation,
 * as pg_dump does, so routines can follow the tables whose row types they return); then handler functions, languages,
 * routines, operators, access methods, operator families and classes (a plan and a dump create these before the
 * tables when an index may use them, see UnmanagedObjects.routinesTablesUse), conversions, casts, foreign data
 * wrappers and servers, partitions, foreign tables (a partition may be one), child tables (after their parents), views in dependency order, indexes, constraints, extended statistics,
 * triggers, policies, rules and, last, event triggers (so that they do not fire while the rest is created).
 */
final class PostgresUnmanagedDdl implements UnmanagedDdl {
    private static final List<String> BEFORE = List.of("schema", "extension", "collation", "text search dictionary", "text search configuration", "type",
            "sequence");
    /**
     * "handler": the functions a language, access method or foreign data wrapper is made with (returning language_handler,
     * fdw_handler, index_am_handler or table_am_handler), before those and before the functions written in a language.
     */
    private static final List<String> AFTER = List.of("handler", "language", "function", "procedure", "aggregate", "operator",
            "access method", "operator family", "operator class", "conversion", "cast", "foreign data wrapper", "foreign server",
            "partition", "foreign table", "child table", "view", "materialized view", "index", "constraint", "exclusion constraint",
            "statistics", "trigger", "policy", "rule", "cluster", "event trigger");
    private static final java.util.regex.Pattern HANDLER = java.util.regex.Pattern.compile(
            "\\bRETURNS (?:pg_catalog\\.)?(?:language_handler|fdw_handler|index_am_handler|table_am_handler)\\b");

    private final UnaryOperator<String> quote;
    /** The default schema when it is not public (its objects' schema is null in the model), null otherwise. */
    private final String defaultSchema;

    PostgresUnmanagedDdl(UnaryOperator<String> quote) {
        this(quote, null);
    }

    private PostgresUnmanagedDdl(UnaryOperator<String> quote, String defaultSchema) {
        this.quote = quote;
        this.defaultSchema = defaultSchema;
    }

    @Override
    public UnmanagedDdl forSchemas(List<String> schemas) {
        String first = schemas == null || schemas.isEmpty() ? null : schemas.get(0);
        return new PostgresUnmanagedDdl(quote, "public".equals(first) ? null : first);
    }

    @Override
    public List<String> beforeTables(List<UnmanagedObject> objects) {
        List<String> out = new ArrayList<>();
        for (String kind : BEFORE) out.addAll(definitions(objects, kind));
        if (objects.stream().anyMatch(o -> Set.of("function", "procedure", "aggregate").contains(o.kind()) && o.definition() != null)) {
            out.add(0, "SET check_function_bodies = false");
        }
        return escaped(out);
    }

    @Override
    public List<String> afterTables(List<UnmanagedObject> objects) {
        List<String> out = new ArrayList<>();
        for (String kind : AFTER) {
            switch (kind) {
                case "partition" -> out.addAll(inDependencyOrder(objects, Set.of("partition"), o -> o.table() == null ? List.of() : List.of(o.table())));
                case "child table" -> out.addAll(inDependencyOrder(objects, Set.of("child table"), UnmanagedObject::dependsOn));
                case "view" -> out.addAll(inDependencyOrder(objects, Set.of("view", "materialized view"), UnmanagedObject::dependsOn));
                case "materialized view" -> { } // with the views: either may use the other
                case "handler" -> out.addAll(definitions(objects, "function").stream().filter(d -> HANDLER.matcher(d).find()).toList());
                case "function" -> out.addAll(definitions(objects, "function").stream().filter(d -> !HANDLER.matcher(d).find()).toList());
                default -> out.addAll(definitions(objects, kind));
            }
        }
        return escaped(out);
    }

    /** Views, routines and triggers; not a function written in C or internal (a superuser's, with a server file). */
    @Override
    public boolean creatable(UnmanagedObject o) {
        return o.definition() != null && CREATABLE.contains(o.kind()) && !HANDLER.matcher(o.definition()).find()
                && !SERVER_CODE.matcher(o.definition()).find();
    }

    private static final Set<String> CREATABLE = Set.of("view", "materialized view", "function", "procedure", "aggregate",
            "trigger");
    private static final java.util.regex.Pattern SERVER_CODE = java.util.regex.Pattern.compile("(?i)\\n\\s*LANGUAGE\\s+'?(?:c|internal)'?(?!\\w)");

    @Override
    public String drop(UnmanagedObject o) {
        String name = o.kind().equals("function") || o.kind().equals("procedure") || o.kind().equals("aggregate")
                ? routine(o) : qualified(o.schema(), o.name());
        String table = o.table() == null ? null : qualified(o.schema(), o.table());
        return PostgresCarriageReturns.escape(switch (o.kind()) {
            case "view" -> "DROP VIEW IF EXISTS " + name;
            case "materialized view" -> "DROP MATERIALIZED VIEW IF EXISTS " + name;
            case "function" -> "DROP FUNCTION IF EXISTS " + name;
            case "procedure" -> "DROP PROCEDURE IF EXISTS " + name;
            case "aggregate" -> "DROP AGGREGATE IF EXISTS " + name;
            case "operator" -> "DROP OPERATOR IF EXISTS " + operator(o);
            case "schema" -> "DROP SCHEMA IF EXISTS " + quote.apply(o.name());
            case "type" -> "DROP TYPE IF EXISTS " + name;
            case "collation" -> "DROP COLLATION IF EXISTS " + name;
            case "text search configuration" -> "DROP TEXT SEARCH CONFIGURATION IF EXISTS " + name;
            case "text search dictionary" -> "DROP TEXT SEARCH DICTIONARY IF EXISTS " + name;
            case "cast" -> "DROP CAST IF EXISTS (" + o.name() + ")";
            case "event trigger" -> "DROP EVENT TRIGGER IF EXISTS " + quote.apply(o.name());
            case "language" -> "DROP LANGUAGE IF EXISTS " + quote.apply(o.name());
            case "access method" -> "DROP ACCESS METHOD IF EXISTS " + quote.apply(o.name());
            case "foreign data wrapper" -> "DROP FOREIGN DATA WRAPPER IF EXISTS " + quote.apply(o.name());
            case "foreign server" -> "DROP SERVER IF EXISTS " + quote.apply(o.name());
            case "user mapping" -> "DROP USER MAPPING IF EXISTS " + o.name();
            case "foreign table" -> "DROP FOREIGN TABLE IF EXISTS " + name;
            case "conversion" -> "DROP CONVERSION IF EXISTS " + name;
            case "operator family", "operator class" -> "DROP " + o.kind().toUpperCase(java.util.Locale.ROOT) + " IF EXISTS " + usingMethod(o);
            case "sequence" -> "DROP SEQUENCE IF EXISTS " + name;
            case "extension" -> "DROP EXTENSION IF EXISTS " + quote.apply(o.name());
            case "partition" -> "DROP TABLE IF EXISTS " + name;
            case "child table" -> releaseOwnedSequences(o) + "DROP TABLE IF EXISTS " + name;
            case "index" -> "DROP INDEX IF EXISTS " + name;
            case "trigger" -> "DROP TRIGGER IF EXISTS " + quote.apply(o.name()) + " ON " + table;
            case "policy" -> "DROP POLICY IF EXISTS " + quote.apply(o.name()) + " ON " + table;
            case "rule" -> "DROP RULE IF EXISTS " + quote.apply(o.name()) + " ON " + table;
            case "statistics" -> "DROP STATISTICS IF EXISTS " + name;
            case "constraint", "exclusion constraint" -> "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + quote.apply(o.name());
            default -> null;
        });
    }

    @Override
    public String notWritten(UnmanagedObject o) {
        return o.kind().equals("user mapping") ? "not written: its options may hold the remote password; create it by hand" : null;
    }

    /** A migration file's line ends are normalized when it is read: a raw CR is spelled out ({@link PostgresCarriageReturns}). */
    private static List<String> escaped(List<String> statements) {
        return statements.stream().map(PostgresCarriageReturns::escape).toList();
    }

    /**
     * "ALTER SEQUENCE s OWNED BY NONE;\n" for each sequence the child's definition makes it own: the sequence is one of
     * the model's, dropped (or kept) by its own change, not with the table.
     */
    private static String releaseOwnedSequences(UnmanagedObject o) {
        if (o.definition() == null) return "";
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = OWNED_BY.matcher(o.definition());
        while (m.find()) out.append("ALTER SEQUENCE ").append(m.group(1)).append(" OWNED BY NONE;\n");
        return out.toString();
    }

    private static final java.util.regex.Pattern OWNED_BY = java.util.regex.Pattern.compile("(?m)^ALTER SEQUENCE (\\S+) OWNED BY ");

    @Override
    public String createTableSuffix(List<UnmanagedObject> objects, String table) {
        return objects.stream().filter(o -> o.kind().equals("partitioning") && o.table() != null && table.equals(TableName.key(o.schema(), o.table()))).findFirst()
                .map(UnmanagedObject::definition).map(PostgresCarriageReturns::escape).orElse(null);
    }

    @Override
    public List<String> afterCreateTable(List<UnmanagedObject> objects, String table) {
        return objects.stream().filter(o -> o.kind().equals("cluster") && o.table() != null && table.equals(TableName.key(o.schema(), o.table()))).map(UnmanagedObject::definition).map(PostgresCarriageReturns::escape).toList();
    }

    private static List<String> definitions(List<UnmanagedObject> objects, String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind) && o.definition() != null).map(UnmanagedObject::definition).toList();
    }

    /** Objects of {@code kinds} (sorted by name) so that each comes after those of them it depends on. */
    private static List<String> inDependencyOrder(List<UnmanagedObject> objects, Set<String> kinds,
                                                  java.util.function.Function<UnmanagedObject, List<String>> uses) {
        List<UnmanagedObject> pending = new ArrayList<>(objects.stream()
                .filter(o -> kinds.contains(o.kind()) && o.definition() != null).toList());
        Set<String> names = new HashSet<>();
        pending.forEach(o -> names.add(o.name()));
        Set<String> done = new HashSet<>();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                UnmanagedObject o = it.next();
                boolean ready = uses.apply(o).stream().map(d -> d.contains(".") ? d.substring(0, d.indexOf('.')) : d)
                        .filter(d -> !d.equals(o.name())).noneMatch(d -> names.contains(d) && !done.contains(d));
                if (ready) {
                    out.add(o.definition());
                    done.add(o.name());
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) { // a cycle the catalog would not allow: keep name order
                pending.forEach(o -> out.add(o.definition()));
                break;
            }
        }
        return new ArrayList<>(out);
    }

    /** Only public's objects are written bare: any other name would resolve through the search_path. */
    private String qualified(String schema, String name) {
        String s = schema == null ? defaultSchema : schema;
        return s == null ? quote.apply(name) : quote.apply(s) + "." + quote.apply(name);
    }

    /** schema.name USING method, from the name "name USING method" of an operator family or class. */
    private String usingMethod(UnmanagedObject o) {
        int using = o.name().lastIndexOf(" USING ");
        return qualified(o.schema(), o.name().substring(0, using)) + " USING " + quote.apply(o.name().substring(using + 7));
    }

    /** schema.symbol (args): an operator's symbol is never quoted. */
    private String operator(UnmanagedObject o) {
        int paren = o.name().indexOf('(');
        String s = o.schema() == null ? defaultSchema : o.schema();
        return (s == null ? "" : quote.apply(s) + ".") + o.name().substring(0, paren) + " " + o.name().substring(paren);
    }

    /** name(args) as the catalog gave it: the name quoted when needed, the arguments as they are. */
    private String routine(UnmanagedObject o) {
        int paren = o.name().indexOf('(');
        String bare = paren < 0 ? o.name() : o.name().substring(0, paren);
        String args = paren < 0 ? "()" : o.name().substring(paren);
        return qualified(o.schema(), bare) + args;
    }
}
