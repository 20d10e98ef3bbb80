package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * MariaDB 10.11 keeps an explicit {@code UNIQUE ... USING HASH} on columns short enough for a B-tree only until the
 * table's next ALTER: any later ALTER TABLE, CREATE INDEX or DROP INDEX on the table (even RENAME COLUMN, a COMMENT)
 * turns it into a B-tree unique key (STATISTICS.INDEX_TYPE BTREE, no USING HASH in SHOW CREATE TABLE). So the last
 * statement of a plan on such a table restates each hash unique key the table has after it
 * ({@code DROP INDEX k, ADD UNIQUE KEY k (...) USING HASH}, in that ALTER TABLE, or in one of its own after a
 * statement of another form), and the last statement of the rollback on it restates the table's keys as they were.
 * Keys the statement adds itself (or a CREATE TABLE makes) are left as they are. Long keys the server makes a hash anyway are restated too
 * (which one is short depends on the columns' byte lengths); such a table's ALTERs copy it anyway. Tables the plan
 * renames, or renames a column or key of, are left alone.
 */
final class MariaDbHashKeys {
    /** Clauses that must end an ALTER TABLE (nothing is appended after them). */
    private static final Pattern LAST_CLAUSE = Pattern.compile("(?i)\\b(PARTITION\\s+BY|REMOVE\\s+PARTITIONING|SYSTEM\\s+VERSIONING)\\b");

    private MariaDbHashKeys() {
    }

    static List<RenderedChange> restating(Plan plan, List<RenderedChange> rendered, MariaDbRenderer renderer) {
        Set<String> tables = new TreeSet<>();
        if (plan.from() != null) for (Table t : plan.from().tables()) if (!hashKeys(t.indexes()).isEmpty()) tables.add(t.key());
        for (Change c : plan.changes()) {
            if (c instanceof Change.CreateIndex k && hash(k.index())) tables.add(k.table());
            if (c instanceof Change.CreateTable t && !hashKeys(t.definition().indexes()).isEmpty()) tables.add(t.table());
        }
        if (tables.isEmpty()) return rendered;
        List<RenderedChange> out = new ArrayList<>(rendered);
        for (String table : tables) {
            if (plan.changes().stream().anyMatch(c -> renames(c, table))) continue;
            List<Index> before = plan.from() == null ? List.of()
                    : plan.from().table(table).map(t -> hashKeys(t.indexes())).orElse(List.of());
            List<Index> after = after(plan, table, before);
            int last = -1;
            int first = -1;
            for (int i = 0; i < out.size(); i++) {
                if (!table.equals(out.get(i).change().table())) continue;
                if (!out.get(i).forward().isEmpty()) last = i;
                if (first < 0 && !out.get(i).rollback().isEmpty()) first = i;
            }
            if (last >= 0 && !after.isEmpty()) {
                RenderedChange r = out.get(last);
                out.set(last, new RenderedChange(r.change(), restated(r.forward(), table, after, renderer), r.rollback(),
                        r.rollbackLosesData(), r.folded()));
            }
            if (first >= 0 && !before.isEmpty()) {
                RenderedChange r = out.get(first);
                out.set(first, new RenderedChange(r.change(), r.forward(), restated(r.rollback(), table, before, renderer),
                        r.rollbackLosesData(), r.folded()));
            }
        }
        return out;
    }

    private static List<Index> hashKeys(List<Index> indexes) {
        return indexes.stream().filter(MariaDbHashKeys::hash).toList();
    }

    private static boolean hash(Index i) {
        return i.unique() && "hash".equals(i.method());
    }

    /** A step after which the table's keys go by other names: the table, one of its columns or keys renamed. */
    private static boolean renames(Change c, String table) {
        if (c instanceof Change.RenameTable r) return r.table().equals(table) || r.newKey().equals(table);
        return table.equals(c.table()) && (c instanceof Change.RenameColumn || c instanceof Change.RenameIndex);
    }

    /** The table's hash unique keys once the plan ran: those it keeps, and those it adds. */
    private static List<Index> after(Plan plan, String table, List<Index> before) {
        List<Index> out = new ArrayList<>(before);
        for (Change c : plan.changes()) {
            if (!table.equals(c.table())) continue;
            if (c instanceof Change.CreateTable t) out.addAll(hashKeys(t.definition().indexes()));
            if (c instanceof Change.DropTable) out.clear();
            if (c instanceof Change.DropIndex d) out.remove(d.index());
            if (c instanceof Change.DropColumn d) out.removeIf(k -> k.columnNames().contains(d.column().name()));
            if (c instanceof Change.CreateIndex k && hash(k.index())) out.add(k.index());
        }
        return out;
    }

    /**
     * The statements with the keys restated: at the end of the last one when it is an ALTER TABLE of the table (but for
     * the keys it names itself), else in an ALTER TABLE of their own after it (every key: that ALTER would turn a key
     * the last statement made back into a B-tree).
     */
    private static List<String> restated(List<String> statements, String table, List<Index> keys, MariaDbRenderer renderer) {
        String last = statements.get(statements.size() - 1);
        String alter = renderer.alterTableOf(table);
        boolean appended = last.startsWith(alter) && !LAST_CLAUSE.matcher(last).find();
        List<String> clauses = keys.stream().filter(k -> !appended || !names(last, renderer.keyNames(table, k)))
                .map(k -> renderer.restate(table, k)).toList();
        if (clauses.isEmpty()) return statements;
        List<String> out = new ArrayList<>(statements);
        if (appended) {
            out.set(out.size() - 1, last + ", " + String.join(", ", clauses));
        } else {
            out.add(alter + String.join(", ", clauses));
        }
        return out;
    }

    /** True when the statement names the key ({@code INDEX k} / {@code KEY k} followed by a blank, comma, parenthesis or its end). */
    private static boolean names(String statement, List<String> forms) {
        for (String form : forms) {
            int at = statement.indexOf(form);
            while (at >= 0) {
                int end = at + form.length();
                if (end == statement.length() || " ,(".indexOf(statement.charAt(end)) >= 0) return true;
                at = statement.indexOf(form, at + 1);
            }
        }
        return false;
    }
}
