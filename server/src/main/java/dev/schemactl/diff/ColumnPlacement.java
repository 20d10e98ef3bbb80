package dev.schemactl.diff;

import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the column steps of an ordered plan their {@link ColumnPosition}s by replaying the plan over each table's
 * column order, from the live schema on:
 * <ul>
 *   <li>an added column goes right after its nearest predecessor in the desired table that exists when the step runs
 *       (first when none does), and is left last, without a word, when that is where it lands anyway;</li>
 *   <li>a dropped column remembers where it stood just before the step, which is where its rollback puts it back:
 *       the rollback runs on the table as the drop left it, so drops rolled back in reverse order rebuild the
 *       original order (also when a column and its predecessor both go).</li>
 * </ul>
 * A column that stays moves only by a {@link Change.MoveColumn} step (see {@link Differ#movingColumns()}), which goes
 * right after its nearest predecessor in the desired table and remembers where it stood, for its rollback. Columns whose
 * move is still to come do not count as predecessors (neither for an added column nor for a moved one): the columns
 * that are where they stay, plus each one added or moved, then always stand in the desired order, so once the last
 * move ran the table has exactly the desired order. A step whose table or column the replay does not know stays last
 * (a move whose column the replay does not know goes first).
 */
final class ColumnPlacement {

    private ColumnPlacement() {
    }

    static List<Change> place(List<Change> changes, Schema from, Schema to) {
        Map<String, List<String>> order = new HashMap<>(); // lookup only, never iterated
        for (Table t : from.tables()) order.putIfAbsent(t.key(), names(t)); // changes name tables by key
        Map<String, Table> desired = new HashMap<>(); // lookup only
        for (Table t : to.tables()) desired.putIfAbsent(t.key(), t);
        Map<String, Set<String>> pending = new HashMap<>(); // lookup only: table key -> columns whose move is to come
        for (Change c : changes) {
            if (c instanceof Change.MoveColumn m) pending.computeIfAbsent(m.table(), k -> new HashSet<>()).add(m.column().name());
        }
        List<Change> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c instanceof Change.CreateTable t) {
                order.put(t.table(), names(t.definition()));
            } else if (c instanceof Change.DropTable t) {
                order.remove(t.table());
            } else if (c instanceof Change.RenameTable r) {
                List<String> columns = order.remove(r.table());
                if (columns != null) order.put(r.newKey(), columns);
            } else if (c instanceof Change.RenameColumn r) {
                List<String> columns = order.get(r.table());
                int at = columns == null ? -1 : columns.indexOf(r.column().name());
                if (at >= 0) columns.set(at, r.newName());
            } else if (c instanceof Change.DropColumn d) {
                c = new Change.DropColumn(d.table(), d.column(), dropped(order.get(d.table()), d.column().name()));
            } else if (c instanceof Change.AddColumn a) {
                c = new Change.AddColumn(a.table(), a.column(), added(order.get(a.table()), desired.get(a.table()), a.column().name(),
                        pending.getOrDefault(a.table(), Set.of())));
            } else if (c instanceof Change.MoveColumn m) {
                Set<String> waiting = pending.getOrDefault(m.table(), new HashSet<>());
                waiting.remove(m.column().name());
                c = moved(m, order.get(m.table()), desired.get(m.table()), waiting);
            }
            out.add(c);
        }
        return out;
    }

    /** Where the column stood; it is taken out of {@code columns}. */
    private static ColumnPosition dropped(List<String> columns, String column) {
        int at = columns == null ? -1 : columns.indexOf(column);
        if (at < 0) return ColumnPosition.LAST;
        columns.remove(at);
        if (at == columns.size()) return ColumnPosition.LAST;
        return at == 0 ? ColumnPosition.FIRST : ColumnPosition.after(columns.get(at - 1));
    }

    /** Where the column goes; it is put into {@code columns} there. */
    private static ColumnPosition added(List<String> columns, Table desired, String column, Set<String> pending) {
        if (columns == null) return ColumnPosition.LAST;
        List<String> wanted = desired == null ? List.of() : names(desired);
        int self = wanted.indexOf(column);
        if (self < 0) {
            columns.add(column);
            return ColumnPosition.LAST;
        }
        String predecessor = predecessor(columns, wanted, self, pending);
        int at = predecessor == null ? 0 : columns.indexOf(predecessor) + 1;
        columns.add(at, column);
        if (at == columns.size() - 1) return ColumnPosition.LAST;
        return predecessor == null ? ColumnPosition.FIRST : ColumnPosition.after(predecessor);
    }

    /** The move with where the column goes and where it stood; it is moved in {@code columns}. */
    private static Change.MoveColumn moved(Change.MoveColumn m, List<String> columns, Table desired, Set<String> pending) {
        String column = m.column().name();
        int was = columns == null ? -1 : columns.indexOf(column);
        List<String> wanted = desired == null ? List.of() : names(desired);
        int self = wanted.indexOf(column);
        if (was < 0 || self < 0) return new Change.MoveColumn(m.table(), m.column(), ColumnPosition.FIRST, ColumnPosition.FIRST);
        columns.remove(was);
        // never LAST for either: a MODIFY without AFTER/FIRST leaves the column where it is
        ColumnPosition previous = was == 0 ? ColumnPosition.FIRST : ColumnPosition.after(columns.get(was - 1));
        String predecessor = predecessor(columns, wanted, self, pending);
        columns.add(predecessor == null ? 0 : columns.indexOf(predecessor) + 1, column);
        return new Change.MoveColumn(m.table(), m.column(), predecessor == null ? ColumnPosition.FIRST : ColumnPosition.after(predecessor),
                previous);
    }

    /** The nearest column before {@code wanted[self]} in the desired order that is in {@code columns} and not waiting to move. */
    private static String predecessor(List<String> columns, List<String> wanted, int self, Set<String> pending) {
        for (int i = self - 1; i >= 0; i--) {
            String candidate = wanted.get(i);
            if (columns.contains(candidate) && !pending.contains(candidate)) return candidate;
        }
        return null;
    }

    private static List<String> names(Table t) {
        List<String> out = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) out.add(c.name());
        return out;
    }
}
