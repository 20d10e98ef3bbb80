package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The unmanaged objects of the live database (MariaDB triggers and routines, see {@link UnmanagedDdl#replaceable}) that a
 * plan replaces by the desired state's own definition of them, as a careful human would: those the plan would break (a
 * trigger whose body names a renamed table or column), and those whose definition the desired state changes when the
 * plan changes a table they name (a function taking the type of a retyped column). Each is dropped before the plan's
 * changes and the desired definition is created after them; the rollback drops that one first and creates the live
 * definition again last, exactly as it was. One the desired state does not define is never replaced: a plan that would
 * break it is still refused ({@link UnmanagedObjects#refuseTouching}). A replaced trigger takes along the other triggers
 * of its table the desired state defines, so that they keep the desired order.
 *
 * @param before drops of the live objects (its rollback creates them again from their live definitions)
 * @param after  creates of the desired definitions (its rollback drops them)
 * @param labels the labels of both sides' objects: neither "left alone", "differs" nor refused
 */
record ReplacedUnmanaged(UnmanagedObjects.Prerequisites before, UnmanagedObjects.Prerequisites after, Set<String> labels) {

    static final ReplacedUnmanaged NONE = new ReplacedUnmanaged(empty(), empty(), Set.of());

    static ReplacedUnmanaged of(Schema current, Schema desired, Plan plan, Engine engine, UnmanagedDdl ddl) {
        if (plan.isEmpty()) return NONE;
        Map<String, UnmanagedObject> defined = new LinkedHashMap<>();
        for (UnmanagedObject o : desired.unmanaged()) if (ddl.replaceable(o)) defined.put(identity(o), o);
        if (defined.isEmpty()) return NONE;
        List<UnmanagedObject> live = new ArrayList<>();
        List<UnmanagedObject> wanted = new ArrayList<>();
        for (UnmanagedObject o : current.unmanaged()) {
            UnmanagedObject w = defined.get(identity(o));
            if (w == null || !ddl.replaceable(o)) continue;
            boolean differs = !w.definition().strip().equals(o.definition().strip());
            if (plan.changes().stream().anyMatch(c -> UnmanagedObjects.breaks(c, o, engine))
                    || differs && namesATableOf(plan, o, w, current, desired)) {
                live.add(o);
                wanted.add(w);
            }
        }
        if (live.isEmpty()) return NONE;
        // a trigger created again runs after the others of its table, timing and event: the others of its table the
        // desired state defines are created again too, in the desired state's order (MariaDB: FOLLOWS)
        Set<String> retriggered = new LinkedHashSet<>();
        live.stream().filter(o -> o.kind().equals("trigger") && o.table() != null)
                .forEach(o -> retriggered.add(TableName.key(o.schema(), o.table())));
        for (UnmanagedObject o : current.unmanaged()) {
            UnmanagedObject w = defined.get(identity(o));
            if (w == null || live.contains(o) || !ddl.replaceable(o) || !o.kind().equals("trigger") || o.table() == null
                    || !retriggered.contains(TableName.key(o.schema(), o.table()))) continue;
            live.add(o);
            wanted.add(w);
        }
        // unless all of them can be: then none is, and a plan that breaks one is refused as before
        for (String table : retriggered) {
            boolean all = current.unmanaged().stream().filter(o -> o.kind().equals("trigger") && o.table() != null
                    && table.equals(TableName.key(o.schema(), o.table()))).allMatch(live::contains);
            if (all) continue;
            for (int i = live.size() - 1; i >= 0; i--) {
                UnmanagedObject o = live.get(i);
                if (o.kind().equals("trigger") && o.table() != null && table.equals(TableName.key(o.schema(), o.table()))) {
                    live.remove(i);
                    wanted.remove(i);
                }
            }
        }
        if (live.isEmpty()) return NONE;
        Set<String> labels = new LinkedHashSet<>();
        live.forEach(o -> labels.add(o.label()));
        wanted.forEach(o -> labels.add(o.label()));
        // one step per object: dropped last-created first, so that the rollback creates them in the engine's order
        List<ChangeView> drops = new ArrayList<>(inCreationOrder(live, ddl).stream().map(o -> new ChangeView("DropUnmanaged",
                o.table(), "drop " + o.label() + " (unmanaged: the desired state defines it otherwise or the changes would "
                + "break it; created again after them)", List.of(ddl.drop(o)), created(o, ddl), false)).toList());
        java.util.Collections.reverse(drops);
        List<ChangeView> creates = inCreationOrder(wanted, ddl).stream().map(o -> new ChangeView("CreateUnmanaged", o.table(),
                "create " + o.label() + " (unmanaged: from its definition in the desired state, after the changes)",
                created(o, ddl), List.of(ddl.drop(o)), false)).toList();
        return new ReplacedUnmanaged(steps(drops, labels), steps(creates, labels), Set.copyOf(labels));
    }

    /** The views' statements both ways: forward in their order, the rollback undoing the last first. */
    private static UnmanagedObjects.Prerequisites steps(List<ChangeView> views, Set<String> labels) {
        List<String> forward = new ArrayList<>();
        List<String> rollback = new ArrayList<>();
        for (ChangeView v : views) {
            forward.addAll(v.forward());
            rollback.addAll(0, v.rollback());
        }
        return new UnmanagedObjects.Prerequisites(views, forward, rollback, List.copyOf(labels), List.of());
    }

    /** {@code object}'s CREATE statements as a migration runs them (a MariaDB body is one statement, no DELIMITER). */
    static List<String> created(UnmanagedObject object, UnmanagedDdl ddl) {
        return ddl.asMigrationStatements(ddl.afterTables(List.of(object)));
    }

    /** {@code objects} in the order the engine creates them (routines before triggers, a trigger after the one it FOLLOWS). */
    static List<UnmanagedObject> inCreationOrder(List<UnmanagedObject> objects, UnmanagedDdl ddl) {
        String text = String.join("\n", ddl.afterTables(objects));
        return objects.stream().sorted(java.util.Comparator.comparingInt(o -> text.indexOf(o.definition().strip()))).toList();
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /** Kind, schema and name: a trigger keeps its name when its table is renamed, and MariaDB names triggers per schema. */
    private static String identity(UnmanagedObject o) {
        return o.kind() + "\0" + o.schema() + "\0" + o.name();
    }

    /**
     * True when a change of {@code plan} is on a table the live object or its desired definition names: its own table,
     * what the catalog says it depends on, or the table's name as a word of either definition (a routine's body; read
     * from the text, so a column spelled like the table counts too: a replacement too many is the desired state's).
     */
    private static boolean namesATableOf(Plan plan, UnmanagedObject live, UnmanagedObject wanted, Schema current, Schema desired) {
        Map<String, String> names = new LinkedHashMap<>();
        current.tables().forEach(t -> names.put(t.key(), t.name()));
        desired.tables().forEach(t -> names.putIfAbsent(t.key(), t.name()));
        for (Change c : plan.changes()) {
            List<String> keys = new ArrayList<>(List.of(c.table()));
            if (c instanceof Change.RenameTable r) keys.add(TableName.key(r.schema(), r.newName()));
            for (String key : keys) {
                if (live.dependsOn(key, null) || wanted.dependsOn(key, null)) return true;
                String name = names.get(key);
                if (name != null && (names(live.definition(), name) || names(wanted.definition(), name))) return true;
            }
        }
        return false;
    }

    private static boolean names(String definition, String table) {
        return Pattern.compile("(?i)(?<![\\w$`\".])[`\"]?" + Pattern.quote(table) + "[`\"]?(?![\\w$`\"])").matcher(definition).find();
    }

    private static UnmanagedObjects.Prerequisites empty() {
        return new UnmanagedObjects.Prerequisites(List.of(), List.of(), List.of());
    }
}
