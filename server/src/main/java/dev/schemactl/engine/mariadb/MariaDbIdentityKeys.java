package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * MariaDB refuses an AUTO_INCREMENT column that no key leads, at every step. A plan that adds one to an existing
 * table ({@code ADD COLUMN id ... AUTO_INCREMENT}, then {@code ADD PRIMARY KEY (id)}) fails at its first step, and
 * adding the column plain and keying it later cannot work either (every existing row gets 0, a duplicate key).
 * The same holds the other way round for dropping such a column and its key. So the key step is folded into the
 * column step: one {@code ALTER TABLE t ADD COLUMN id ... AUTO_INCREMENT, ADD PRIMARY KEY (id)} (which numbers the
 * existing rows), or {@code DROP PRIMARY KEY, DROP COLUMN id}; the key's own step renders to nothing.
 * <p>
 * A primary key that is replaced (other columns, DESC parts or method) while an AUTO_INCREMENT column would lead no
 * key between the drop and the add is one statement for the same reason: {@code DROP PRIMARY KEY, ADD PRIMARY KEY
 * (...)} in the add step, the drop step rendering to nothing, together with the unique key or index the column leads
 * on either side when the primary key does not ({@code PRIMARY KEY (id)} to {@code PRIMARY KEY (tenant_id, id),
 * KEY (id)}); see {@link #rebuilds}.
 */
final class MariaDbIdentityKeys {

    /** The step of a column (AddColumn / DropColumn) and the key step folded into it. */
    record Fold(Change column, Change key) {
    }

    private MariaDbIdentityKeys() {
    }

    /** Folds in a plan's changes, keyed by the column step (lookup only, by identity). */
    static Map<Change, Fold> folds(List<Change> changes) {
        Map<Change, Fold> out = new IdentityHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof Change.AddColumn add && add.column().isIdentity()) {
                for (int j = i + 1; j < changes.size(); j++) {
                    Change k = changes.get(j);
                    if (k.table().equals(add.table()) && leads(k, add.column().name()) && othersExist(changes, i, add.table(), k)) {
                        out.put(add, new Fold(add, k));
                        break;
                    }
                }
            } else if (changes.get(i) instanceof Change.DropColumn drop && drop.column().isIdentity()) {
                for (int j = i - 1; j >= 0; j--) {
                    Change k = changes.get(j);
                    if (k.table().equals(drop.table()) && leads(k, drop.column().name())) {
                        out.put(drop, new Fold(drop, k));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A primary key replaced in one statement at the add step: {@code dropped} (the old key, under the names its
     * columns have when the add step runs), the drop step taken in, the dropped/added keys an AUTO_INCREMENT column
     * needs in between (their own steps render to nothing too), and the columns that leave the key and become
     * nullable before the add step (MariaDB keeps a key column NOT NULL, so their MODIFY is restated after the drop).
     */
    record Rebuild(Change.DropPrimaryKey drop, Change.AddPrimaryKey add, PrimaryKey dropped, List<Change> droppedKeys,
                   List<Change> addedKeys, List<Column> loosened, boolean atDrop) {

        /** The step that carries the statement: the add step, or the drop step when {@link #atDrop}. */
        Change carrier() {
            return atDrop ? drop : add;
        }

        /** The step that renders to nothing. */
        Change folded() {
            return atDrop ? add : drop;
        }
    }

    /**
     * The primary keys that cannot be dropped and added in two statements because an AUTO_INCREMENT column of the
     * table (before the plan, and still AUTO_INCREMENT when the key is dropped) would lead no key in between: no
     * unique key or index the plan keeps starts with it. Keyed by their AddPrimaryKey step (lookup only, by
     * identity). When the plan drops a column of the old key (MariaDB refuses to drop a column of a key, so the old
     * key must be gone first), the statement is the drop step's instead, if the new key's columns all exist before the
     * plan and the column needs no other key: {@code DROP PRIMARY KEY, ADD PRIMARY KEY (new)} there, the add step
     * rendering to nothing (its rollback runs once the dropped column is back).
     */
    static Map<Change, Rebuild> rebuilds(Plan plan, Map<Change, Fold> folds) {
        Map<Change, Rebuild> out = new IdentityHashMap<>();
        if (plan.from() == null) return out;
        java.util.Set<Change> folded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fold f : folds.values()) folded.add(f.key());
        List<Change> changes = plan.changes();
        for (int i = 0; i < changes.size(); i++) {
            if (!(changes.get(i) instanceof Change.DropPrimaryKey drop) || folded.contains(drop)
                    || drop.primaryKey().columns().isEmpty()) continue;
            Table from = plan.from().table(drop.table()).orElse(null);
            if (from == null) continue;
            Rebuild r = rebuild(changes, i, drop, from);
            if (r != null && !folded.contains(r.add())) out.put(r.carrier(), r);
        }
        return out;
    }

    private static Rebuild rebuild(List<Change> changes, int at, Change.DropPrimaryKey drop, Table from) {
        List<String> auto = new ArrayList<>();
        for (Column c : from.columns()) if (c.isIdentity()) auto.add(c.name());
        for (int k = 0; k < at; k++) {
            if (changes.get(k) instanceof Change.SetIdentity s && s.table().equals(drop.table()) && !s.after().isIdentity()) {
                auto.remove(s.before().name());
            }
        }
        if (auto.isEmpty()) return null;
        // walk to the add step, following renames of the table and its columns
        String table = drop.table();
        Map<String, String> names = new java.util.HashMap<>(); // lookup only: old column name -> current
        for (Column c : from.columns()) names.put(c.name(), c.name());
        Map<String, Column> last = new java.util.HashMap<>(); // lookup only: current name -> definition after the last alteration
        boolean renamed = false;
        boolean columnDropped = false;
        List<String> droppedColumns = new ArrayList<>();
        for (int j = at + 1; j < changes.size(); j++) {
            Change c = changes.get(j);
            if (c instanceof Change.RenameTable rt && rt.table().equals(table)) {
                table = rt.newName();
                renamed = true;
            } else if (!table.equals(c.table())) {
                continue;
            } else if (c instanceof Change.RenameColumn rc) {
                names.replaceAll((k, v) -> v.equals(rc.column().name()) ? rc.newName() : v);
                renamed = true;
            } else if (c instanceof Change.DropColumn dc && droppedColumns.add(dc.column().name())
                    && drop.primaryKey().columns().stream().map(names::get)
                    .anyMatch(dc.column().name()::equals)) {
                columnDropped = true;
            } else if (after(c) != null) {
                last.put(after(c).name(), after(c));
            } else if (c instanceof Change.AddPrimaryKey add) {
                Rebuild r = rebuild(changes, at, drop, from, add, j, auto, names, last, renamed);
                if (r == null || !columnDropped) return r;
                boolean existing = add.primaryKey().columns().stream().allMatch(n -> from.column(n).isPresent() && !droppedColumns.contains(n));
                return renamed || !existing || !r.droppedKeys().isEmpty() || !r.addedKeys().isEmpty() ? null
                        : new Rebuild(drop, add, drop.primaryKey(), List.of(), List.of(), List.of(), true);
            }
        }
        return null;
    }

    private static Rebuild rebuild(List<Change> changes, int at, Change.DropPrimaryKey drop, Table from, Change.AddPrimaryKey add,
                                   int addAt, List<String> auto, Map<String, String> names, Map<String, Column> last, boolean renamed) {
        PrimaryKey old = drop.primaryKey();
        PrimaryKey dropped = new PrimaryKey(old.name(), old.columns().stream().map(names::get).toList(),
                old.descending().stream().map(names::get).toList(), old.method()).withPrefixLengths(old.prefixLengths());
        List<Change> droppedKeys = new ArrayList<>();
        List<Change> addedKeys = new ArrayList<>();
        boolean needed = false;
        for (String a : auto) {
            if (keptKeyLeads(changes, drop.table(), from, a)) continue;
            needed = true;
            String now = names.get(a);
            if (!now.equals(dropped.columns().get(0))) {
                Change d = keyStep(changes, 0, at, drop.table(), a, true);
                if (d == null || renamed) return null;
                droppedKeys.add(d);
            }
            if (!now.equals(add.primaryKey().columns().get(0))) {
                Change k = keyStep(changes, addAt + 1, changes.size(), add.table(), now, false);
                if (k == null) return null;
                addedKeys.add(k);
            }
        }
        if (!needed) return null;
        List<Column> loosened = new ArrayList<>();
        for (String c : dropped.columns()) {
            Column after = last.get(c);
            if (!add.primaryKey().columns().contains(c) && after != null && after.nullable()) loosened.add(after);
        }
        return new Rebuild(drop, add, dropped, droppedKeys, addedKeys, loosened, false);
    }

    /** True when a unique key or index of the table before the plan leads with the column and the plan does not drop it. */
    private static boolean keptKeyLeads(List<Change> changes, String table, Table from, String column) {
        for (UniqueConstraint u : from.uniques()) {
            if (!u.columns().isEmpty() && u.columns().get(0).equals(column)
                    && changes.stream().noneMatch(c -> c instanceof Change.DropUnique d && d.table().equals(table) && d.unique().equals(u))) {
                return true;
            }
        }
        for (Index i : from.indexes()) {
            if (servesAutoIncrement(i) && i.columns().get(0).name().equals(column)
                    && changes.stream().noneMatch(c -> c instanceof Change.DropIndex d && d.table().equals(table) && d.index().equals(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first unique/index drop (or add) step of the table in [from, to) that the column leads. */
    private static Change keyStep(List<Change> changes, int from, int to, String table, String column, boolean drops) {
        for (int k = from; k < to; k++) {
            Change c = changes.get(k);
            boolean kind = drops ? c instanceof Change.DropUnique || c instanceof Change.DropIndex
                    : c instanceof Change.AddUnique || c instanceof Change.CreateIndex;
            if (kind && table.equals(c.table()) && leads(c, column)) return c;
        }
        return null;
    }

    /** The column's definition after a step that alters it in place, or null for any other step. */
    static Column after(Change c) {
        if (c instanceof Change.AlterColumnType a) return a.after();
        if (c instanceof Change.SetNullable a) return a.after();
        if (c instanceof Change.SetDefault a) return a.after();
        if (c instanceof Change.SetColumnComment a) return a.after();
        if (c instanceof Change.SetColumnOptions a) return a.after();
        return null;
    }

    /** True when {@code key} adds or drops a primary key, unique key or plain index whose first column is {@code column}. */
    private static boolean leads(Change key, String column) {
        List<String> columns = columns(key);
        return columns != null && !columns.isEmpty() && column.equals(columns.get(0));
    }

    private static List<String> columns(Change key) {
        if (key instanceof Change.AddPrimaryKey k) return k.primaryKey().columns();
        if (key instanceof Change.DropPrimaryKey k) return k.primaryKey().columns();
        if (key instanceof Change.AddUnique k) return k.unique().columns();
        if (key instanceof Change.DropUnique k) return k.unique().columns();
        if (key instanceof Change.CreateIndex k) return servesAutoIncrement(k.index()) ? k.index().columnNames() : null;
        if (key instanceof Change.DropIndex k) return servesAutoIncrement(k.index()) ? k.index().columnNames() : null;
        return null;
    }

    /** A key an AUTO_INCREMENT column can lead: of the default method or a MEMORY table's BTREE, over columns. */
    static boolean servesAutoIncrement(Index i) {
        return (i.method() == null || i.method().equals("btree")) && !i.columns().isEmpty()
                && i.columns().stream().noneMatch(c -> c.isExpression());
    }

    /** True when no column of the key but the first is added after step {@code at} (they exist when it runs). */
    private static boolean othersExist(List<Change> changes, int at, String table, Change key) {
        List<String> columns = columns(key);
        for (int i = at + 1; i < changes.size(); i++) {
            if (changes.get(i) instanceof Change.AddColumn a && a.table().equals(table)) {
                Column c = a.column();
                if (columns.subList(1, columns.size()).contains(c.name())) return false;
            }
        }
        return true;
    }
}
