package dev.schemactl.risk;

import dev.schemactl.diff.Change;

import java.util.List;

/** BP-WIDE-INDEX, BP-ENUM-ORDER, BP-LOCK-TIMEOUT: habits that make migrations safer to run. */
public final class PracticeRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        Change change = step.change();
        if (change instanceof Change.CreateIndex c && !c.index().unique() && c.index().columns().size() > 3
                && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.BP_WIDE_INDEX.finding(step, c.table(), null, Severity.LOW, List.of(),
                    "index on " + c.table() + "(" + String.join(", ", c.index().columnNames()) + ") has "
                            + c.index().columns().size() + " columns: large, slow to maintain, rarely used beyond the first few"));
        }
        if (!ctx.postgres()) return List.of();
        if (step.op() instanceof Op.AddEnumValue e && !e.positioned()) {
            return List.of(Rules.BP_ENUM_ORDER.finding(step, null, null, Severity.LOW, List.of(),
                    "adds '" + e.value() + "' to enum " + e.type() + " at the end: its position decides ORDER BY and comparisons"));
        }
        if (takesTableLock(step, ctx) && !ctx.lockTimeoutSet(step.source()) && ctx.first(Rules.BP_LOCK_TIMEOUT.id(), step.source())) {
            return List.of(Rules.BP_LOCK_TIMEOUT.finding(step, step.table(), null, Severity.LOW, List.of(),
                    "DDL on " + step.table() + " without a lock_timeout: while it waits for its lock, every query on "
                            + step.table() + " queues behind it"));
        }
        return List.of();
    }

    /** DDL that needs a lock on a table that exists (CREATE TABLE and tables created earlier need none worth waiting for). */
    private static boolean takesTableLock(Step step, RiskContext ctx) {
        Op op = step.op();
        if (op.table() == null || ctx.createdInPlan(op.table())) return false;
        if (op instanceof Op.Structural s) {
            // OWNED BY locks the sequence (ShareRowExclusive: it waits for transactions that called nextval, and
            // nextval waits for it), not worth a lock_timeout on one the plan has just made
            if (s.change() instanceof Change.SetSequenceOwner o) return !ctx.sequenceCreatedInPlan(o.sequence().name());
            return !(s.change() instanceof Change.CreateTable) && !(s.change() instanceof Change.CreateSequence)
                    && !(s.change() instanceof Change.DropSequence);
        }
        return op instanceof Op.Truncate || op instanceof Op.Validate;
    }
}
