package dev.schemactl.risk;

import dev.schemactl.diff.Change;

import java.util.List;

/**
 * LK-CREATE-INDEX, LK-DROP-INDEX: PostgreSQL index builds and drops without CONCURRENTLY on a table that exists;
 * MariaDB builds of a key with a method (FULLTEXT, SPATIAL, a long unique HASH key, a MEMORY table's BTREE key), which
 * the server cannot do with LOCK=NONE (other InnoDB index builds are online).
 */
public final class IndexLockRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        Change change = step.change();
        if (ctx.mariadb() && change instanceof Change.CreateIndex c && !ctx.createdInPlan(c.table()) && c.index().method() != null) {
            return List.of(Rules.LK_CREATE_INDEX.finding(step, c.table(), null, Severity.MEDIUM,
                    ctx.rowBand(c.table(), Severity.MEDIUM), "builds " + c.index().method().toUpperCase(java.util.Locale.ROOT) + " "
                            + name(c.index().name()) + "on " + c.table() + "(" + String.join(", ", c.index().columnNames())
                            + "): MariaDB cannot build it with LOCK=NONE, so writes to " + c.table() + " wait until it is built"));
        }
        if (!ctx.postgres() || step.concurrently()) return List.of();
        if (change instanceof Change.CreateIndex c && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.LK_CREATE_INDEX.finding(step, c.table(), null, Severity.MEDIUM,
                    ctx.rowBand(c.table(), Severity.MEDIUM), "builds " + name(c.index().name()) + "on " + c.table() + "("
                            + String.join(", ", c.index().columnNames()) + ") without CONCURRENTLY: writes to "
                            + c.table() + " wait until it is built" + partitionedNote(c.table(), ctx)));
        }
        if (change instanceof Change.DropIndex c && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.LK_DROP_INDEX.finding(step, c.table(), null, Severity.LOW,
                    ctx.rowBand(c.table(), Severity.LOW), "drops " + name(c.index().name()) + "without CONCURRENTLY: takes "
                            + "ACCESS EXCLUSIVE on " + c.table() + " (queued behind running queries, blocking new ones)"
                            + partitionedNote(c.table(), ctx)));
        }
        return List.of();
    }

    /** PostgreSQL refuses CONCURRENTLY on a partitioned table: the way around it is by hand, partition by partition. */
    private static String partitionedNote(String table, RiskContext ctx) {
        return ctx.partitioned(table) ? " (a partitioned table takes no CONCURRENTLY: to avoid the lock, build it by hand ON ONLY "
                + table + ", then CONCURRENTLY on each partition, and ATTACH each to it)" : "";
    }

    private static String name(String name) {
        return name == null ? "an index " : "index " + name + " ";
    }
}
