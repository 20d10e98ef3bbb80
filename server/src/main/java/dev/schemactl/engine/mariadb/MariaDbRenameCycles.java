package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.engine.RenderedChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * MariaDB's DDL is not transactional, so a rename cycle the Differ breaks through a temporary name
 * ({@link Differ#TEMPORARY_PREFIX}) would be three statements, three changesets, and a failure between them would
 * leave a column under its temporary name. MariaDB can do the whole cycle in one atomic statement instead:
 * {@code ALTER TABLE t RENAME COLUMN a TO b, RENAME COLUMN b TO a} (renames within one ALTER are simultaneous) and
 * {@code RENAME TABLE a TO tmp, b TO a, tmp TO b} (one statement, applied in order, atomically). This folds such a
 * run of rename steps into the first step's SQL; the other steps of the run render to nothing.
 */
final class MariaDbRenameCycles {

    private final Function<String, String> quote;

    MariaDbRenameCycles(Function<String, String> quote) {
        this.quote = quote;
    }

    /** Renders a plan's changes, folding rename cycles; {@code one} renders any other change. */
    List<RenderedChange> render(List<Change> changes, Function<Change, RenderedChange> one) {
        List<RenderedChange> out = new ArrayList<>();
        int i = 0;
        while (i < changes.size()) {
            int end = cycleEnd(changes, i);
            if (end < 0) {
                out.add(one.apply(changes.get(i)));
                i++;
                continue;
            }
            List<Change> run = changes.subList(i, end);
            out.add(run.get(0) instanceof Change.RenameColumn ? columns(run) : tables(run));
            for (Change c : run.subList(1, run.size())) out.add(new RenderedChange(c, List.of(), List.of(), false));
            i = end;
        }
        return out;
    }

    /**
     * The end (exclusive) of a run of renames of one table's columns (or of tables) that starts at {@code start} by
     * moving a name aside to a temporary one and lasts until every temporary name is gone again; -1 when none starts.
     */
    private static int cycleEnd(List<Change> changes, int start) {
        if (!movesAside(changes.get(start))) return -1;
        Set<String> open = new TreeSet<>();
        for (int i = start; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (!sameKind(changes.get(start), c)) return -1;
            String[] step = step(c);
            open.remove(step[0]);
            if (step[1].startsWith(Differ.TEMPORARY_PREFIX)) open.add(step[1]);
            if (open.isEmpty()) return i + 1;
        }
        return -1;
    }

    private static boolean movesAside(Change c) {
        return (c instanceof Change.RenameColumn || c instanceof Change.RenameTable) && step(c)[1].startsWith(Differ.TEMPORARY_PREFIX);
    }

    private static boolean sameKind(Change first, Change c) {
        if (first instanceof Change.RenameColumn f) return c instanceof Change.RenameColumn r && r.table().equals(f.table());
        return c instanceof Change.RenameTable;
    }

    private static String[] step(Change c) {
        if (c instanceof Change.RenameColumn r) return new String[]{r.column().name(), r.newName()};
        Change.RenameTable r = (Change.RenameTable) c;
        return new String[]{r.table(), r.newName()};
    }

    /** One ALTER TABLE renaming every column of the run from its first name to its last, simultaneously. */
    private RenderedChange columns(List<Change> run) {
        Map<String, String> net = new LinkedHashMap<>(); // first name -> current name
        for (Change c : run) {
            String[] step = step(c);
            String first = net.entrySet().stream().filter(e -> e.getValue().equals(step[0])).map(Map.Entry::getKey)
                    .findFirst().orElse(step[0]);
            net.put(first, step[1]);
        }
        net.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        String table = quote.apply(((Change.RenameColumn) run.get(0)).table());
        String forward = net.entrySet().stream().map(e -> "RENAME COLUMN " + quote.apply(e.getKey()) + " TO " + quote.apply(e.getValue()))
                .collect(Collectors.joining(", ", "ALTER TABLE " + table + " ", ""));
        String rollback = net.entrySet().stream().map(e -> "RENAME COLUMN " + quote.apply(e.getValue()) + " TO " + quote.apply(e.getKey()))
                .collect(Collectors.joining(", ", "ALTER TABLE " + table + " ", ""));
        return new RenderedChange(run.get(0), List.of(forward), List.of(rollback), false);
    }

    /** One RENAME TABLE with every step of the run in order (MariaDB applies them in order, atomically). */
    private RenderedChange tables(List<Change> run) {
        List<String> forward = new ArrayList<>();
        List<String> rollback = new ArrayList<>();
        for (Change c : run) {
            String[] step = step(c);
            forward.add(quote.apply(step[0]) + " TO " + quote.apply(step[1]));
            rollback.add(0, quote.apply(step[1]) + " TO " + quote.apply(step[0]));
        }
        return new RenderedChange(run.get(0), List.of("RENAME TABLE " + String.join(", ", forward)),
                List.of("RENAME TABLE " + String.join(", ", rollback)), false);
    }
}
