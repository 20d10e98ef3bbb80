package dev.schemactl.engine;

import dev.schemactl.diff.Change;

import java.util.List;

/**
 * One change in one engine's SQL. {@code forward} applies it; {@code rollback} undoes it (run in the
 * listed order, and, for a plan, changes in reverse order). Statements carry no trailing semicolon.
 *
 * @param rollbackLosesData true when the rollback restores the structure but not the data the forward
 *                          step destroyed (dropped table, dropped column, dropped sequence's position, a
 *                          type change that is not a pure widening)
 * @param folded            true when the change has no SQL of its own because the statement of the change just before it
 *                          carries it out too (MariaDB: a move riding on its column's MODIFY, a table's keys added in one
 *                          ALTER TABLE); risk is scored on that statement
 */
public record RenderedChange(Change change, List<String> forward, List<String> rollback, boolean rollbackLosesData, boolean folded) {
    public RenderedChange {
        forward = List.copyOf(forward);
        rollback = List.copyOf(rollback);
    }

    public RenderedChange(Change change, List<String> forward, List<String> rollback, boolean rollbackLosesData) {
        this(change, forward, rollback, rollbackLosesData, false);
    }

    /** A change carried out by the statement of the change just before it. */
    public static RenderedChange folded(Change change) {
        return new RenderedChange(change, List.of(), List.of(), false, true);
    }
}
