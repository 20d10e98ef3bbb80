package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Index;

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
 * A primary key rebuilt over the same columns (its method or DESC parts change) whose first column is an existing
 * AUTO_INCREMENT column is one statement for the same reason: {@code DROP PRIMARY KEY, ADD PRIMARY KEY (...)} in the
 * add step, the drop step rendering to nothing ({@link #rebuilds}).
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
     * The primary keys rebuilt over the same columns that an AUTO_INCREMENT column of the table before the plan leads:
     * each AddPrimaryKey step with the DropPrimaryKey step it takes in (lookup only, by identity).
     */
    static Map<Change, Change.DropPrimaryKey> rebuilds(Plan plan) {
        Map<Change, Change.DropPrimaryKey> out = new IdentityHashMap<>();
        if (plan.from() == null) return out;
        List<Change> changes = plan.changes();
        for (int i = 0; i < changes.size(); i++) {
            if (!(changes.get(i) instanceof Change.DropPrimaryKey drop) || drop.primaryKey().columns().isEmpty()) continue;
            String first = drop.primaryKey().columns().get(0);
            boolean autoIncrement = plan.from().table(drop.table()).stream()
                    .flatMap(t -> t.columns().stream()).anyMatch(c -> c.name().equals(first) && c.isIdentity());
            if (!autoIncrement) continue;
            for (int j = i + 1; j < changes.size(); j++) {
                if (changes.get(j) instanceof Change.AddPrimaryKey add && add.table().equals(drop.table())) {
                    if (add.primaryKey().columns().equals(drop.primaryKey().columns())) out.put(add, drop);
                    break;
                }
            }
        }
        return out;
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
