package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A table's new keys in one {@code ALTER TABLE t ADD ..., ADD ...}: MariaDB may rebuild or copy the table for each ALTER
 * TABLE, and an explicit {@code UNIQUE ... USING HASH} on columns short enough for a B-tree stays a hash only until the
 * table's next ALTER, so two such keys added in two statements left only the last one a hash (pair 253). A run of key
 * steps of one table that follow each other in the plan (unique keys and B-tree / hash indexes; FULLTEXT and SPATIAL
 * keys keep their own statement) is one statement at the run's first step; the other steps render nothing, folded into
 * it. The rollback drops them in one statement too, in reverse order. One statement is one changeset on MariaDB, and an
 * ALTER TABLE is atomic: a failure leaves none of the run's keys added, and a rerun starts it again.
 */
final class MariaDbKeyGroups {

    private final Map<Change, List<Change>> runs; // lookup only, by identity: first step -> the whole run
    private final Set<Change> folded;

    private MariaDbKeyGroups(Map<Change, List<Change>> runs, Set<Change> folded) {
        this.runs = runs;
        this.folded = folded;
    }

    /**
     * The runs of {@code changes}; steps in {@code taken} (folded elsewhere) are left out, and so are keys that
     * {@code oneStatement} says take more than one statement on their own.
     */
    static MariaDbKeyGroups of(List<Change> changes, Set<Change> taken, Predicate<Change> oneStatement) {
        Map<Change, List<Change>> runs = new IdentityHashMap<>();
        Set<Change> folded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int i = 0;
        while (i < changes.size()) {
            Change first = changes.get(i);
            int end = i + 1;
            if (groups(first, taken, oneStatement)) {
                while (end < changes.size() && changes.get(end).table().equals(first.table())
                        && groups(changes.get(end), taken, oneStatement)) end++;
            }
            if (end - i > 1) {
                List<Change> run = new ArrayList<>(changes.subList(i, end));
                runs.put(first, run);
                folded.addAll(run.subList(1, run.size()));
            }
            i = end;
        }
        return new MariaDbKeyGroups(runs, folded);
    }

    private static boolean groups(Change c, Set<Change> taken, Predicate<Change> oneStatement) {
        boolean key = c instanceof Change.AddUnique
                || c instanceof Change.CreateIndex k && MariaDbKeyBlockSize.plain(k.index()) && !k.index().columns().isEmpty();
        return key && !taken.contains(c) && oneStatement.test(c);
    }

    /** The run starting at this step, or null. */
    List<Change> startingAt(Change c) {
        return runs.get(c);
    }

    /** True for a step of a run other than its first. */
    boolean folded(Change c) {
        return folded.contains(c);
    }
}
