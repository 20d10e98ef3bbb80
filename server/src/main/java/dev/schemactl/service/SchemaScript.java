package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A whole schema as SQL that loads into an empty database (dump, baseline): the unmanaged objects the tables need
 * first (extensions, types, functions their checks, defaults or indexes call), the tables (after the domains) with their keys and
 * indexes, then the other unmanaged objects from their catalog definitions, then the foreign keys that reference a
 * partition or child table (which exist only by then). Objects whose definition the catalog does not give are named
 * in comments, never silently
 * left out.
 */
record SchemaScript(List<String> before, List<String> tables, List<String> after, List<String> leftOut) {

    /** The renderer and the unmanaged objects' writer are the engine's for the database's managed schemas ({@link SqlRenderer#forSchemas}). */
    static SchemaScript of(SqlRenderer renderer, UnmanagedDdl ddl, Schema schema) {
        Set<String> unmanagedTables = UnmanagedObjects.tableNames(schema);
        // functions the tables' checks, defaults or indexes call load before the tables (after the types they take or
        // return), the other unmanaged objects after
        List<UnmanagedObject> used = UnmanagedObjects.routinesTablesUse(schema);
        List<UnmanagedObject> typed = List.of();
        List<String> tables;
        List<String> late = List.of();
        boolean toUnmanaged = schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> unmanagedTables.contains(fk.referencedTable()));
        Plan all = used.isEmpty() && !toUnmanaged ? null : new Differ().diff(Schema.EMPTY, schema, Renames.NONE);
        int position = all == null ? 0 : UnmanagedObjects.routinesAfter(all.changes(), used);
        if (position > 0 || toUnmanaged) {
            typed = UnmanagedObjects.typed(all.changes().subList(0, position), used);
            // foreign keys to a partition or child table wait until it (and its keys) exist
            List<Change> first = new ArrayList<>();
            List<Change> last = new ArrayList<>();
            for (Change c : all.changes().subList(position, all.changes().size())) {
                boolean late_ = c instanceof Change.AddForeignKey fk && unmanagedTables.contains(fk.foreignKey().referencedTable());
                (late_ ? last : first).add(c);
            }
            tables = new ArrayList<>(renderer.forward(new Plan(all.changes().subList(0, position), List.of(), Schema.EMPTY)));
            tables.addAll(ddl.afterTables(typed));
            tables.addAll(renderer.forward(new Plan(first, List.of(), Schema.EMPTY)));
            late = renderer.forward(new Plan(last, List.of(), Schema.EMPTY));
        } else {
            tables = new ArrayList<>(renderer.createSchema(schema));
        }
        for (Table t : schema.tables()) {
            String suffix = ddl.createTableSuffix(schema.unmanaged(), t.key());
            if (suffix != null) tables = UnmanagedObjects.completed(tables, t, suffix, renderer);
        }
        List<String> leftOut = schema.unmanaged().stream()
                .filter(o -> o.definition() == null && !o.kind().equals("partitioning"))
                .map(o -> o.label() + (ddl.notWritten(o) == null ? "" : " (" + ddl.notWritten(o) + ")")).toList();
        List<UnmanagedObject> afterTypes = typed;
        List<String> before = new ArrayList<>(ddl.beforeTables(schema.unmanaged()));
        before.addAll(ddl.afterTables(used.stream().filter(o -> !afterTypes.contains(o)).toList()));
        List<UnmanagedObject> rest = schema.unmanaged().stream().filter(o -> !used.contains(o)).toList();
        List<String> after = new ArrayList<>(ddl.afterTables(rest));
        after.addAll(late);
        return new SchemaScript(before, tables, after, leftOut);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        if (!before.isEmpty() || !after.isEmpty()) {
            out.append("-- unmanaged objects (views, routines, triggers, partitions, ...) follow their catalog definitions verbatim\n\n");
        }
        for (String s : before) out.append(s).append(";\n\n");
        for (String s : tables) out.append(s).append(";\n\n");
        for (String s : after) out.append(s).append(s.startsWith("DELIMITER ") ? "\n\n" : ";\n\n");
        for (String s : leftOut) out.append("-- left out (the catalog gives no definition): ").append(s).append('\n');
        return out.toString();
    }
}
