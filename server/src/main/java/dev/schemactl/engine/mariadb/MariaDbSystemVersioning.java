package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.ColumnPosition;
import dev.schemactl.diff.Plan;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Period;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * System versioning added to or dropped from a table that exists. Over explicit row start / end columns
 * ({@code PERIOD FOR SYSTEM_TIME (rs, re)}) MariaDB takes no piece alone (found by hand on 10.11: the period or a row
 * start column on a table not versioned fails with "Table is not system-versioned", DROP SYSTEM VERSIONING alone with
 * "missing 'DROP COLUMN rs'"), so the two columns, the period and the versioning are one ALTER TABLE each way:
 * <pre>
 * ADD COLUMN rs ... AS ROW START, ADD COLUMN re ... AS ROW END, ADD PERIOD FOR SYSTEM_TIME (rs, re), ADD SYSTEM VERSIONING
 * DROP SYSTEM VERSIONING, DROP PERIOD FOR SYSTEM_TIME, DROP COLUMN rs, DROP COLUMN re
 * </pre>
 * The server appends the row end to the primary key and to every unique key itself ({@code PRIMARY KEY (id)} becomes
 * {@code (id, re)}) and takes it away again, so the plan's steps that do the same are carried by that statement too.
 * The statement renders at the table's option change; the other steps it carries follow it, folded. A table that stays
 * versioned but gains explicit columns (or loses them) has no option change: MariaDB adds no row start column to a
 * versioned table ("Duplicate ROW START column") nor versioning to one that has it, so versioning is dropped (with the
 * history) and added again with the columns, at the SYSTEM_TIME period's change.
 *
 * <p>Explicit or implicit ({@code WITH SYSTEM VERSIONING} alone), a column kept out of the history ({@code WITHOUT SYSTEM
 * VERSIONING}) exists only on a versioned table ("Table is not system-versioned"): a step that adds such a column or
 * makes one so runs after versioning is added, and a step that drops one or puts it back under versioning runs before
 * versioning is dropped. Versioning is added after the table's other steps (they then rewrite no history) and dropped
 * before them; a row start / end column placed after a column not there yet at that point goes after the nearest
 * column before it that is.
 */
final class MariaDbSystemVersioning {

    /**
     * One table's versioning change at {@code anchor}: the option change that adds or drops versioning, or, when the
     * table stays versioned and only gains or loses explicit columns ({@code switches}), the SYSTEM_TIME period's change;
     * for explicit columns, the steps its statement carries (the two columns, the period unless it is the anchor, the
     * keys the server changes itself).
     */
    record Fold(Change anchor, boolean adds, boolean switches, Period period, List<Change> columns, List<Change> keys) {
        boolean explicit() {
            return period != null;
        }

        String table() {
            return anchor.table();
        }

        /** The steps carried by the anchor's statement, in the order they follow it. */
        List<Change> carried() {
            List<Change> out = new ArrayList<>(columns);
            out.addAll(keys);
            return out;
        }

        Fold withColumns(List<Change> newColumns) {
            return new Fold(anchor, adds, switches, period, newColumns, keys);
        }
    }

    /** The plan reordered so that each fold's steps follow its anchor, and the folds by anchor. */
    record Arranged(Plan plan, Map<Change, Fold> folds, Set<Change> carried) {
        boolean carries(Change c) {
            return carried.contains(c);
        }
    }

    private MariaDbSystemVersioning() {
    }

    static Arranged arrange(Plan plan) {
        List<Change> changes = new ArrayList<>(plan.changes());
        Map<Change, Fold> folds = new IdentityHashMap<>();
        Set<Change> carried = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> flipped = new java.util.HashSet<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.SetTableOptions o && versioned(o.before()) != versioned(o.after())) flipped.add(o.table());
        }
        for (Change c : plan.changes()) {
            Fold fold = null;
            if (c instanceof Change.SetTableOptions o && versioned(o.before()) != versioned(o.after())) {
                fold = fold(changes, o, versioned(o.after()), false);
            } else if ((c instanceof Change.AddPeriod || c instanceof Change.DropPeriod) && period(c).isSystemTime()
                    && !flipped.contains(c.table()) && staysVersioned(plan, changes, c)) {
                fold = fold(changes, c, c instanceof Change.AddPeriod, true);
                if (!fold.explicit()) continue;
            }
            if (fold == null) continue;
            changes = arranged(plan, changes, fold);
            fold = placed(plan, changes, fold);
            int at = indexOf(changes, fold.anchor());
            for (int i = 0; i < fold.columns().size(); i++) changes.set(at + 1 + i, fold.columns().get(i));
            folds.put(fold.anchor(), fold);
            carried.addAll(fold.carried());
        }
        if (folds.isEmpty()) return new Arranged(plan, folds, carried);
        return new Arranged(new Plan(changes, plan.renameHints(), plan.from()), folds, carried);
    }

    private static boolean versioned(String options) {
        return MariaDbTableOptions.parse(options).systemVersioned();
    }

    /** True when the table of a SYSTEM_TIME period's change is versioned before the plan (and, no option change flipping it, after). */
    private static boolean staysVersioned(Plan plan, List<Change> changes, Change c) {
        if (plan.from() == null) return false;
        String name = c.table();
        for (int i = indexOf(changes, c) - 1; i >= 0; i--) {
            if (changes.get(i) instanceof Change.RenameTable r && r.newName().equals(name)) name = r.table();
        }
        return plan.from().table(name).map(t -> versioned(t.options())).orElse(false);
    }

    /**
     * The fold anchored at {@code anchor} (an option change, or for {@code switches} the period's change): with the
     * SYSTEM_TIME period's change and both its columns' when the plan has them all, else the anchor alone.
     */
    private static Fold fold(List<Change> changes, Change anchor, boolean adds, boolean switches) {
        String table = anchor.table();
        Change periodChange = null;
        for (Change c : changes) {
            if (c.table() != null && c.table().equals(table) && (adds ? c instanceof Change.AddPeriod : c instanceof Change.DropPeriod)
                    && period(c).isSystemTime()) periodChange = c;
        }
        if (periodChange == null) return new Fold(anchor, adds, switches, null, List.of(), List.of());
        Period period = period(periodChange);
        List<Change> columns = new ArrayList<>();
        for (String name : List.of(period.start(), period.end())) {
            for (Change c : changes) {
                Column column = adds && c instanceof Change.AddColumn a ? a.column() : !adds && c instanceof Change.DropColumn d ? d.column() : null;
                if (column != null && c.table().equals(table) && column.name().equals(name)) columns.add(c);
            }
        }
        if (columns.size() != 2) return new Fold(anchor, adds, switches, null, List.of(), List.of()); // not the whole set: steps as they are
        if (periodChange != anchor) columns.add(periodChange);
        return new Fold(anchor, adds, switches, period, columns, serverKeys(changes, table, period.end(), adds));
    }

    private static Period period(Change c) {
        return c instanceof Change.AddPeriod a ? a.period() : ((Change.DropPeriod) c).period();
    }

    /**
     * The drop and add of each key that differ only by the row end the server appends to it (adding versioning) or
     * takes from it (dropping it).
     */
    private static List<Change> serverKeys(List<Change> changes, String table, String rowEnd, boolean adds) {
        List<Change> out = new ArrayList<>();
        for (Change d : changes) {
            if (!table.equals(d.table())) continue;
            for (Change a : changes) {
                if (!table.equals(a.table())) continue;
                List<String> dropped = d instanceof Change.DropPrimaryKey k && a instanceof Change.AddPrimaryKey ? k.primaryKey().columns()
                        : d instanceof Change.DropUnique u && a instanceof Change.AddUnique au && u.unique().withoutOverlaps() == null
                        && Objects.equals(u.unique().name(), au.unique().name()) ? u.unique().columns() : null;
                if (dropped == null) continue;
                List<String> added = a instanceof Change.AddPrimaryKey k ? k.primaryKey().columns() : ((Change.AddUnique) a).unique().columns();
                List<String> longer = adds ? added : dropped;
                List<String> shorter = adds ? dropped : added;
                if (longer.size() == shorter.size() + 1 && longer.get(longer.size() - 1).equals(rowEnd)
                        && longer.subList(0, shorter.size()).equals(shorter) && !out.contains(d) && !out.contains(a)) {
                    out.add(d);
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The steps with the fold's option change (and the steps it carries right after it) at its place: adding, after the
     * table's last step it carries; dropping, before the first; the steps that need the table versioned after it
     * (adding) or before it (dropping). An added column goes where it ends up in the plan as the Differ ordered it.
     */
    private static List<Change> arranged(Plan plan, List<Change> changes, Fold fold) {
        Set<Change> group = Collections.newSetFromMap(new IdentityHashMap<>());
        group.add(fold.anchor());
        group.addAll(fold.carried());
        Set<Change> needy = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Change c : changes) if (needsVersioning(c, fold)) needy.add(c);
        // its place among the steps that stay: by the option change, the columns and the period (the keys the server
        // changes may sit anywhere)
        Set<Change> placing = Collections.newSetFromMap(new IdentityHashMap<>());
        placing.add(fold.anchor());
        placing.addAll(fold.columns());
        List<Change> rest = new ArrayList<>();
        int at = -1;
        for (Change c : changes) {
            if (placing.contains(c)) {
                if (fold.adds() || at < 0) at = rest.size();
                continue;
            }
            if (group.contains(c) || needy.contains(c)) continue;
            rest.add(c);
        }
        List<Change> ordered = new ArrayList<>();
        ordered.add(fold.anchor());
        ordered.addAll(fold.carried());
        List<Change> needed = changes.stream().filter(needy::contains).toList();
        List<Change> out = new ArrayList<>(rest.subList(0, at));
        if (fold.adds()) {
            out.addAll(ordered);
            out.addAll(needed);
        } else {
            out.addAll(needed);
            out.addAll(ordered);
        }
        out.addAll(rest.subList(at, rest.size()));
        if (!fold.adds()) return out;
        // adding: each column the table gains from the option change on goes where the Differ's order puts it
        List<String> order = finalOrder(plan, changes, fold.table());
        if (order == null) return out;
        int start = indexOf(out, fold.anchor());
        List<String> there = columnsAt(plan, out, start, fold.table());
        for (int i = start; i < out.size(); i++) {
            if (out.get(i) instanceof Change.AddColumn a && a.table().equals(fold.table())) {
                ColumnPosition position = placeable(a.position(), a.column().name(), order, there);
                if (!position.equals(a.position())) out.set(i, new Change.AddColumn(a.table(), a.column(), position));
                insert(there, a.column().name(), position);
            }
        }
        return out;
    }

    /**
     * The fold with its columns as they stand in {@code changes} (placed anew by {@link #arranged}); dropping, a
     * column's place in the rollback is among the columns there when the rollback re-adds it.
     */
    private static Fold placed(Plan plan, List<Change> changes, Fold fold) {
        if (!fold.explicit()) return fold;
        String table = fold.table();
        int start = indexOf(changes, fold.anchor());
        List<Change> columns = new ArrayList<>(changes.subList(start + 1, start + 1 + fold.columns().size()));
        if (fold.adds()) return fold.withColumns(columns);
        List<String> there = columnsAt(plan, changes, start, table);
        Table from = plan.from() == null ? null : plan.from().table(table).orElse(null);
        if (there == null || from == null) return fold;
        List<String> order = from.columns().stream().map(Column::name).toList();
        there.remove(fold.period().start());
        there.remove(fold.period().end());
        for (int i = 0; i < columns.size(); i++) {
            if (!(columns.get(i) instanceof Change.DropColumn d)) continue;
            ColumnPosition position = placeable(d.position(), d.column().name(), order, there);
            columns.set(i, new Change.DropColumn(d.table(), d.column(), position));
            insert(there, d.column().name(), position);
        }
        return fold.withColumns(columns);
    }

    private static int indexOf(List<Change> changes, Change c) {
        for (int i = 0; i < changes.size(); i++) if (changes.get(i) == c) return i;
        throw new IllegalStateException("change not in plan: " + c.describe());
    }

    /** The columns of {@code table} in the order {@code changes} leave them; null when the plan does not say where it starts. */
    private static List<String> finalOrder(Plan plan, List<Change> changes, String table) {
        return columnsAt(plan, changes, changes.size(), table);
    }

    /** A step on the fold's table that needs it versioned: it adds a column kept out of the history, or drops one. */
    private static boolean needsVersioning(Change c, Fold fold) {
        if (fold.switches()) return false; // versioned before and after
        if (c.table() == null || !c.table().equals(fold.table())) return false;
        if (fold.adds()) {
            if (c instanceof Change.AddColumn a) return unversioned(a.column());
            if (c instanceof Change.SetColumnOptions s) return unversioned(s.after()) && !unversioned(s.before());
        } else {
            if (c instanceof Change.DropColumn d) return unversioned(d.column());
            if (c instanceof Change.SetColumnOptions s) return unversioned(s.before()) && !unversioned(s.after());
        }
        return false;
    }

    private static boolean unversioned(Column c) {
        return !MariaDbColumnVersioning.clause(c.options()).isEmpty();
    }

    /**
     * The columns of {@code table} in their order when step {@code at} of {@code changes} runs (from the plan's starting
     * schema, through the adds, drops, moves and renames before it); null when the plan does not say where it starts.
     */
    static List<String> columnsAt(Plan plan, List<Change> changes, int at, String table) {
        if (plan.from() == null) return null;
        String name = table;
        for (int i = at - 1; i >= 0; i--) {
            if (changes.get(i) instanceof Change.RenameTable r && r.newName().equals(name)) name = r.table();
        }
        Table from = plan.from().table(name).orElse(null);
        if (from == null) return null;
        List<String> out = new ArrayList<>(from.columns().stream().map(Column::name).toList());
        for (int i = 0; i < at; i++) {
            Change c = changes.get(i);
            if (!table.equals(c.table())) continue;
            if (c instanceof Change.AddColumn a) insert(out, a.column().name(), a.position());
            if (c instanceof Change.DropColumn d) out.remove(d.column().name());
            if (c instanceof Change.RenameColumn r && out.contains(r.column().name())) out.set(out.indexOf(r.column().name()), r.newName());
            if (c instanceof Change.MoveColumn m) {
                out.remove(m.column().name());
                insert(out, m.column().name(), m.position());
            }
        }
        return out;
    }

    static void insert(List<String> columns, String column, ColumnPosition position) {
        if (position instanceof ColumnPosition.First) columns.add(0, column);
        else if (position instanceof ColumnPosition.After a && columns.contains(a.column())) columns.add(columns.indexOf(a.column()) + 1, column);
        else columns.add(column);
    }

    /**
     * Where {@code column} goes among the columns {@code there} (in their order) so that it stands as in {@code order}
     * (the table's columns as they end up): after the nearest column before it in {@code order} that is there, or first;
     * {@code position} itself when it says the same.
     */
    static ColumnPosition placeable(ColumnPosition position, String column, List<String> order, List<String> there) {
        int i = order.indexOf(column);
        if (there == null || i < 0) return position;
        String before = null;
        for (int k = i - 1; k >= 0 && before == null; k--) if (there.contains(order.get(k))) before = order.get(k);
        if (before == null) return there.isEmpty() ? position : ColumnPosition.FIRST;
        if (position.equals(ColumnPosition.after(before))) return position;
        if (before.equals(there.get(there.size() - 1))) return position instanceof ColumnPosition.Last ? position : ColumnPosition.LAST;
        return ColumnPosition.after(before);
    }
}
