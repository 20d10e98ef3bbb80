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
 */
public record RenderedChange(Change change, List<String> forward, List<String> rollback, boolean rollbackLosesData) {
    public RenderedChange {
        forward = List.copyOf(forward);
        rollback = List.copyOf(rollback);
    }
}
