package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * InnoDB gives each key the table's KEY_BLOCK_SIZE when the key is built, and a key keeps it when the table's changes:
 * after {@code ALTER TABLE t ROW_FORMAT=DEFAULT, KEY_BLOCK_SIZE=0} on a table created with {@code KEY_BLOCK_SIZE=8},
 * SHOW CREATE TABLE says {@code PRIMARY KEY (id) KEY_BLOCK_SIZE=8} (FORCE does not clear it; pair 572). So an option
 * change that leaves a non-zero KEY_BLOCK_SIZE drops and re-adds the table's keys in the same statement, where they
 * take the new one. Only for tables whose keys the plan does not change otherwise (their own steps build those).
 */
final class MariaDbKeyBlockSize {
    private MariaDbKeyBlockSize() {
    }

    private static final String KEY_BLOCK_SIZE = "KEY_BLOCK_SIZE";

    /** True when going from {@code from} to {@code to} leaves a non-zero KEY_BLOCK_SIZE for another one. */
    static boolean leavesBlockSize(String from, String to) {
        String before = MariaDbTableOptions.parse(from).options().get(KEY_BLOCK_SIZE);
        String after = MariaDbTableOptions.parse(to).options().get(KEY_BLOCK_SIZE);
        return before != null && !before.equals("0") && !Objects.equals(before, after);
    }

    /**
     * The rendered plan with the table option steps that leave a KEY_BLOCK_SIZE (either way) extended by
     * {@code DROP ..., ADD ...} of each key; {@code rebuild} gives those clauses for a table (empty for none).
     */
    static List<RenderedChange> rebuildingKeys(Plan plan, List<RenderedChange> rendered, Function<Table, List<String>> rebuild) {
        if (plan.from() == null) return rendered;
        List<RenderedChange> out = new ArrayList<>();
        for (RenderedChange r : rendered) {
            if (!(r.change() instanceof Change.SetTableOptions o) || changesKeys(plan, o.table())) {
                out.add(r);
                continue;
            }
            List<String> clauses = plan.from().table(o.table()).map(rebuild).orElse(List.of());
            out.add(new RenderedChange(r.change(), extended(r.forward(), leavesBlockSize(o.before(), o.after()), clauses),
                    extended(r.rollback(), leavesBlockSize(o.after(), o.before()), clauses), r.rollbackLosesData()));
        }
        return out;
    }

    private static boolean changesKeys(Plan plan, String table) {
        return plan.changes().stream().anyMatch(c -> table.equals(c.table()) && (c instanceof Change.AddPrimaryKey
                || c instanceof Change.DropPrimaryKey || c instanceof Change.AddUnique || c instanceof Change.DropUnique
                || c instanceof Change.CreateIndex || c instanceof Change.DropIndex || c instanceof Change.RenameIndex
                || c instanceof Change.RenameColumn || c instanceof Change.DropColumn || c instanceof Change.RenameTable));
    }

    /** The first statement (the ALTER TABLE of the options, which names KEY_BLOCK_SIZE) with the clauses appended. */
    private static List<String> extended(List<String> statements, boolean leaves, List<String> clauses) {
        if (!leaves || clauses.isEmpty() || statements.isEmpty() || !statements.get(0).contains(KEY_BLOCK_SIZE + "=")) return statements;
        List<String> out = new ArrayList<>(statements);
        out.set(0, statements.get(0) + ", " + String.join(", ", clauses));
        return out;
    }

    /** True for a key that can be dropped and re-added by its plain clause (not FULLTEXT / SPATIAL). */
    static boolean plain(Index i) {
        return i.method() == null || i.method().equalsIgnoreCase("btree") || i.method().equalsIgnoreCase("hash");
    }
}
