package dev.schemactl.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fewest columns to move so that the columns a table keeps stand in the desired order: those outside a longest
 * common subsequence of the two orders (every other column keeps its place; each moved one is put after its
 * predecessor, see {@link ColumnPlacement}). Of equally few moves, those of columns {@code preferMoved} names are
 * chosen (MariaDB restates a retyped column anyway: its move rides on that MODIFY); other ties go the same way every time.
 */
final class ColumnMoves {

    private ColumnMoves() {
    }

    /**
     * @param current the kept columns in the order the table has them (under their desired names)
     * @param desired the same columns in the desired order
     * @return the names of the columns to move (lookup only)
     */
    static Set<String> of(List<String> current, List<String> desired, Predicate<String> preferMoved) {
        int n = current.size();
        int m = desired.size();
        // best[i][j]: of current[i..] and desired[j..], the common subsequence that keeps most columns, then most of
        // those not preferred moved (a kept column weighs more than all such preferences together)
        long keep = n + 1L;
        long[][] best = new long[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = Math.max(best[i + 1][j], best[i][j + 1]);
                if (current.get(i).equals(desired.get(j))) {
                    best[i][j] = Math.max(best[i][j], best[i + 1][j + 1] + keep + (preferMoved.test(current.get(i)) ? 0 : 1));
                }
            }
        }
        Set<String> stay = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (current.get(i).equals(desired.get(j))
                    && best[i][j] == best[i + 1][j + 1] + keep + (preferMoved.test(current.get(i)) ? 0 : 1)) {
                stay.add(current.get(i));
                i++;
                j++;
            } else if (best[i][j + 1] >= best[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        Set<String> moved = new HashSet<>();
        for (String c : desired) if (!stay.contains(c)) moved.add(c);
        return moved;
    }
}
