package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unmanaged objects only the desired state has that a plan creates from their definitions after its changes, as
 * Atlas does for views and triggers: views, routines, triggers and events ({@link UnmanagedDdl#creatable}); the
 * rollback drops them before it undoes the changes. Before, a view or event added to the desired state was only
 * listed ("not created"), so a migration never brought the database to it (MariaDB pair 913).
 * <p>
 * One the live database has is never created again: matched by kind, schema and name, and for a trigger on a table
 * the plan renames by the table's new name too (the trigger follows its table). Left listed, not created: the
 * schemas, types and routines the plan makes first anyway ({@code madeFirst}), and an object on or over a partition,
 * child or foreign table the plan does not create (nor what is over such an object), since its CREATE would fail.
 */
public final class CreatedUnmanaged {
    private CreatedUnmanaged() {
    }

    /** Kinds of desired-state tables schemactl does not create unless {@link UnmanagedObjects#children} does. */
    private static final Set<String> TABLE_KINDS = Set.of("partition", "child table", "foreign table");

    public static UnmanagedObjects.Prerequisites of(Schema current, Schema desired, Plan plan, UnmanagedDdl ddl,
                                             Collection<UnmanagedObject> madeFirst, Collection<String> tablesMade) {
        Set<String> live = liveIdentities(current, plan);
        Set<String> uncreated = new HashSet<>();
        Set<String> present = new HashSet<>(tablesMade);
        current.unmanaged().forEach(o -> present.add(TableName.key(o.schema(), o.name())));
        desired.unmanaged().stream().filter(o -> TABLE_KINDS.contains(o.kind()))
                .map(o -> TableName.key(o.schema(), o.name())).filter(k -> !present.contains(k)).forEach(uncreated::add);
        List<UnmanagedObject> wanted = new ArrayList<>();
        for (UnmanagedObject o : desired.unmanaged()) {
            if (ddl.creatable(o) && !madeFirst.contains(o) && !live.contains(identity(o, o.table()))) wanted.add(o);
        }
        // what is on or over an uncreated table cannot be made, nor what is over that (a view of such a view)
        for (boolean again = true; again; ) {
            again = false;
            for (var it = wanted.iterator(); it.hasNext(); ) {
                UnmanagedObject o = it.next();
                if (uncreated.stream().anyMatch(k -> o.dependsOn(k, null))) {
                    it.remove();
                    uncreated.add(TableName.key(o.schema(), o.name()));
                    again = true;
                }
            }
        }
        if (wanted.isEmpty()) return new UnmanagedObjects.Prerequisites(List.of(), List.of(), List.of());
        List<ChangeView> views = new ArrayList<>(ReplacedUnmanaged.inCreationOrder(wanted, ddl).stream().map(o -> new ChangeView(
                "CreateUnmanaged", o.table(), "create " + o.label() + " (unmanaged: from its definition in the desired state, "
                + "after the changes)", ReplacedUnmanaged.created(o, ddl), List.of(ddl.drop(o)), false)).toList());
        // what the engine needs first (PostgreSQL: SET check_function_bodies = false, as the dump has it: a SQL function
        // may call one created after it)
        List<String> setup = ddl.beforeTables(wanted);
        if (!setup.isEmpty()) {
            ChangeView first = views.get(0);
            List<String> statements = new ArrayList<>(setup);
            statements.addAll(first.forward());
            views.set(0, new ChangeView(first.type(), first.table(), first.description(), statements, first.rollback(), false));
        }
        List<String> forward = new ArrayList<>();
        List<String> rollback = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (ChangeView v : views) {
            forward.addAll(v.forward());
            rollback.addAll(0, v.rollback());
        }
        wanted.forEach(o -> labels.add(o.label()));
        return new UnmanagedObjects.Prerequisites(views, forward, rollback, List.copyOf(labels), List.of());
    }

    /** Identities of the live objects, a trigger's also under its table's name after the plan's renames. */
    private static Set<String> liveIdentities(Schema current, Plan plan) {
        Map<String, String> renamed = new HashMap<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.RenameTable r) renamed.put(c.table(), r.newName());
        }
        Set<String> out = new HashSet<>();
        for (UnmanagedObject o : current.unmanaged()) {
            out.add(identity(o, o.table()));
            if (o.table() != null) {
                String moved = renamed.get(TableName.key(o.schema(), o.table()));
                if (moved != null) out.add(identity(o, moved));
            }
        }
        return out;
    }

    private static String identity(UnmanagedObject o, String table) {
        return o.kind() + "\0" + o.schema() + "\0" + o.name() + "\0" + table;
    }
}
