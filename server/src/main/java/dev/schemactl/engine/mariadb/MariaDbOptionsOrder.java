package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a table's option change (engine, row format) goes among the table's other steps. The Differ puts it after the
 * column alterations, which is right unless the options decide what those steps may do:
 * <ul>
 *   <li>to InnoDB with a large-prefix row format (DYNAMIC, COMPRESSED, the default) from COMPACT / REDUNDANT or from
 *       another engine: first. Its keys may then grow past 767 bytes a column (COMPACT: "Index column size too large",
 *       pair 749) or 1000 a key (MyISAM silently cuts a plain key to {@code name(250)} when its column turns utf8mb4,
 *       pair 750). The rollback, run in reverse, restores the old format after the columns shrank back.</li>
 *   <li>from another engine to InnoDB while the table's AUTO_INCREMENT column leads no key (MyISAM and Aria allow it
 *       second in a key, InnoDB does not): after the keys the plan adds to the table (pair 751).</li>
 *   <li>from InnoDB to another engine while the plan drops a key the AUTO_INCREMENT column leads: first, so that the
 *       drop happens where the engine allows it (pair 752).</li>
 * </ul>
 */
final class MariaDbOptionsOrder {
    private static final String INNODB = "InnoDB";

    private MariaDbOptionsOrder() {
    }

    static Plan reorder(Plan plan) {
        List<Change> changes = new ArrayList<>(plan.changes());
        boolean moved = false;
        for (Change c : plan.changes()) {
            if (!(c instanceof Change.SetTableOptions o)) continue;
            MariaDbTableOptions before = MariaDbTableOptions.parse(o.before());
            MariaDbTableOptions after = MariaDbTableOptions.parse(o.after());
            Optional<Table> table = plan.from() == null ? Optional.empty() : plan.from().table(o.table());
            String auto = table.flatMap(t -> t.columns().stream().filter(Column::isIdentity).map(Column::name).findFirst()).orElse(null);
            int at = indexOf(changes, o);
            int to = at;
            if (!innoDb(before) && innoDb(after) && auto != null && !leadsKey(table.get(), auto)) {
                for (int i = at + 1; i < changes.size(); i++) if (addsKey(changes.get(i), o.table())) to = i;
            } else if ((largePrefixes(after) && !largePrefixes(before))
                    || (innoDb(before) && !innoDb(after) && auto != null && dropsKeyLedBy(changes, o.table(), auto))) {
                to = firstOf(changes, o.table(), at);
            }
            if (to == at) continue;
            changes.remove(at);
            changes.add(to, o);
            moved = true;
        }
        return moved ? new Plan(changes, plan.renameHints(), plan.from()) : plan;
    }

    private static int indexOf(List<Change> changes, Change c) {
        for (int i = 0; i < changes.size(); i++) if (changes.get(i) == c) return i;
        throw new IllegalStateException("change not in plan: " + c.describe());
    }

    /** The first step on {@code table} (by the name it has once renamed, so after the rename), or {@code at}. */
    private static int firstOf(List<Change> changes, String table, int at) {
        for (int i = 0; i < at; i++) {
            Change c = changes.get(i);
            if (c instanceof Change.RenameTable) continue;
            if (table.equals(c.table())) return i;
        }
        return at;
    }

    private static boolean innoDb(MariaDbTableOptions o) {
        String engine = o.options().get("ENGINE");
        return engine == null || engine.equalsIgnoreCase(INNODB);
    }

    /** InnoDB keys up to 3072 bytes, a column's part included (not so with COMPACT / REDUNDANT: 767). */
    private static boolean largePrefixes(MariaDbTableOptions o) {
        String format = Objects.requireNonNullElse(o.options().get("ROW_FORMAT"), "DEFAULT").toUpperCase(Locale.ROOT);
        return innoDb(o) && !format.equals("COMPACT") && !format.equals("REDUNDANT");
    }

    private static boolean leadsKey(Table t, String column) {
        if (t.primaryKey() != null && t.primaryKey().columns().get(0).equalsIgnoreCase(column)) return true;
        if (t.uniques().stream().anyMatch(u -> u.columns().get(0).equalsIgnoreCase(column))) return true;
        return t.indexes().stream().anyMatch(i -> column.equalsIgnoreCase(i.columns().get(0).name()));
    }

    private static boolean addsKey(Change c, String table) {
        return table.equals(c.table()) && (c instanceof Change.AddPrimaryKey || c instanceof Change.AddUnique
                || c instanceof Change.CreateIndex);
    }

    private static boolean dropsKeyLedBy(List<Change> changes, String table, String column) {
        for (Change c : changes) {
            if (!table.equals(c.table())) continue;
            String first = c instanceof Change.DropPrimaryKey d ? d.primaryKey().columns().get(0)
                    : c instanceof Change.DropUnique d ? d.unique().columns().get(0)
                    : c instanceof Change.DropIndex d ? d.index().columns().get(0).name() : null;
            if (column.equalsIgnoreCase(first)) return true;
        }
        return false;
    }
}
