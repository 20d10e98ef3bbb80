package dev.schemactl.diff;

import java.util.Objects;

/**
 * Where an added column goes among its table's columns: last (what every engine does without a word), first, or
 * right after a column that exists when the step runs. Engines that can place a column (MariaDB's
 * {@code ADD COLUMN ... AFTER x | FIRST}) follow it; the others add it last.
 */
public sealed interface ColumnPosition {

    ColumnPosition LAST = new Last();
    ColumnPosition FIRST = new First();

    static ColumnPosition after(String column) {
        return new After(column);
    }

    record Last() implements ColumnPosition {
    }

    record First() implements ColumnPosition {
    }

    record After(String column) implements ColumnPosition {
        public After {
            Objects.requireNonNull(column, "column");
        }
    }
}
