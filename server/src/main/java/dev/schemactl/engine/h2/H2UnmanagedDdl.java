package dev.schemactl.engine.h2;

import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How H2's unmanaged objects ({@link H2Unmanaged}) are written back by a dump or a baseline: a configured schema other
 * than PUBLIC (CREATE SCHEMA IF NOT EXISTS), domains, constants and functions before the tables (a default or check may
 * use them); views, then triggers, then synonyms, after them. A baseline's rollback drops each (a schema RESTRICT: only once it is
 * empty again). Names in the definitions are the catalog's, schema-qualified.
 */
final class H2UnmanagedDdl implements UnmanagedDdl {
    private static final List<String> BEFORE = List.of("schema", "domain", "constant", "function");
    private static final List<String> AFTER = List.of("view", "trigger", "synonym");

    /** The catalog name of the default schema (the first of {@code schemas:}; PUBLIC). */
    private final String defaultSchema;

    H2UnmanagedDdl() {
        this("PUBLIC");
    }

    private H2UnmanagedDdl(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    @Override
    public UnmanagedDdl forSchemas(List<String> schemas) {
        return new H2UnmanagedDdl(schemas.isEmpty() ? "PUBLIC" : H2Names.catalog(schemas.get(0)));
    }

    @Override
    public List<String> beforeTables(List<UnmanagedObject> objects) {
        return definitions(objects, BEFORE);
    }

    @Override
    public List<String> afterTables(List<UnmanagedObject> objects) {
        return definitions(objects, AFTER);
    }

    /** The definitions of the objects of {@code kinds}, kind by kind in that order; a domain's checks are statements of their own. */
    private static List<String> definitions(List<UnmanagedObject> objects, List<String> kinds) {
        List<String> out = new ArrayList<>();
        for (String kind : kinds) {
            for (UnmanagedObject o : objects) {
                if (!o.kind().equals(kind) || o.definition() == null) continue;
                out.addAll(kind.equals("domain") ? Arrays.asList(o.definition().split(";\n")) : List.of(o.definition()));
            }
        }
        return out;
    }

    @Override
    public String drop(UnmanagedObject object) {
        String keyword = switch (object.kind()) {
            case "schema" -> "SCHEMA";
            case "view" -> "VIEW";
            case "trigger" -> "TRIGGER";
            case "domain" -> "DOMAIN";
            case "constant" -> "CONSTANT";
            case "function" -> "ALIAS";
            case "synonym" -> "SYNONYM";
            default -> null;
        };
        if (keyword == null) return null;
        if (object.kind().equals("schema")) return "DROP SCHEMA IF EXISTS " + H2Names.quoted(object.name());
        String schema = object.schema() == null ? "\"" + defaultSchema.replace("\"", "\"\"") + "\"" : H2Names.quoted(object.schema());
        return "DROP " + keyword + " IF EXISTS " + schema + "." + H2Names.quoted(object.name());
    }
}
