package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.migration.MigrationStep;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The steps of a baseline migration: the live schema as a fresh database needs it, unmanaged objects included.
 * A baseline is what `up` replays on an empty database (CI, a new developer's machine): without the views, routines,
 * triggers and partitions the live database has, that database would silently lack them (a partitioned table was
 * created plain and its partitions were missing). The unmanaged objects follow their catalog definitions, in the order
 * `dump` writes them ({@link SchemaScript}); the rollback (only ever run on a shadow database: `rollback` refuses to
 * undo a baseline on a live one) drops them again, the last created first, before the tables go.
 *
 * @param leftOut the unmanaged objects whose definition the catalog does not give: named in the file's header
 */
record BaselineBody(List<MigrationStep> steps, List<String> leftOut) {

    static BaselineBody of(Schema live, List<RenderedChange> rendered, SqlRenderer renderer, UnmanagedDdl ddl) {
        List<UnmanagedObject> objects = live.unmanaged();
        List<UnmanagedObject> used = UnmanagedObjects.routinesTablesUse(live);
        // those taking or returning a type the baseline creates follow that type (and precede the tables)
        List<dev.schemactl.diff.Change> changes = rendered.stream().map(RenderedChange::change).toList();
        int position = UnmanagedObjects.routinesAfter(changes, used);
        List<UnmanagedObject> typed = UnmanagedObjects.typed(changes.subList(0, position), used);
        // created before the tables: what the tables use, and what the engine writes before them (types, extensions, ...)
        List<UnmanagedObject> early = objects.stream().filter(o -> used.contains(o) && !typed.contains(o)
                || (!ddl.beforeTables(List.of(o)).isEmpty() && ddl.afterTables(List.of(o)).isEmpty())).toList();
        List<UnmanagedObject> rest = objects.stream().filter(o -> !early.contains(o) && !typed.contains(o)).toList();
        List<String> before = new ArrayList<>(ddl.beforeTables(objects));
        before.addAll(ddl.afterTables(used.stream().filter(o -> !typed.contains(o)).toList()));
        List<String> afterTypes = ddl.afterTables(typed);
        List<String> after = ddl.afterTables(objects.stream().filter(o -> !used.contains(o)).toList());

        Set<String> unmanagedTables = UnmanagedObjects.tableNames(live);
        List<MigrationStep> steps = new ArrayList<>();
        List<MigrationStep> late = new ArrayList<>();
        if (!before.isEmpty()) steps.add(new MigrationStep(ddl.asMigrationStatements(before), drops(ddl, early, before), true));
        for (int i = 0; i < rendered.size(); i++) {
            RenderedChange r = rendered.get(i);
            if (i == position && !afterTypes.isEmpty()) steps.add(new MigrationStep(afterTypes, drops(ddl, typed, afterTypes), true));
            if (r.forward().isEmpty() && r.rollback().isEmpty()) continue;
            List<String> forward = r.forward();
            if (r.change() instanceof Change.CreateTable create) {
                String suffix = ddl.createTableSuffix(objects, create.definition().key());
                if (suffix != null) forward = UnmanagedObjects.completed(forward, create.definition(), suffix, renderer);
            }
            // a foreign key to a partition or child table waits until that table exists
            boolean toUnmanaged = r.change() instanceof Change.AddForeignKey fk && unmanagedTables.contains(fk.foreignKey().referencedTable());
            (toUnmanaged ? late : steps).add(new MigrationStep(forward, r.rollback(), true));
        }
        if (!after.isEmpty()) steps.add(new MigrationStep(ddl.asMigrationStatements(after), drops(ddl, rest, after), true));
        steps.addAll(late);
        List<String> leftOut = objects.stream()
                .filter(o -> o.definition() == null && !o.kind().equals("partitioning"))
                .map(o -> o.label() + (ddl.notWritten(o) == null ? "" : " (" + ddl.notWritten(o) + ")")).toList();
        return new BaselineBody(steps, leftOut);
    }

    /** Drops of {@code objects}, the one created last first (its place in {@code created}); objects that go with their table have none. */
    private static List<String> drops(UnmanagedDdl ddl, List<UnmanagedObject> objects, List<String> created) {
        String text = String.join("\n", created);
        return objects.stream()
                .sorted(Comparator.comparingInt((UnmanagedObject o) -> o.definition() == null ? -1 : text.indexOf(o.definition().strip())).reversed())
                .map(ddl::drop).filter(Objects::nonNull).toList();
    }
}
