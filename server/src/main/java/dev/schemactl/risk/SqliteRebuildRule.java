package dev.schemactl.risk;

import java.util.List;

/** LK-SQLITE-REBUILD: a SQLite table rebuild copies every row inside the migration's transaction. */
public final class SqliteRebuildRule implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (step.op() instanceof Op.Rebuild r && !ctx.createdInPlan(r.table())) {
            return List.of(Rules.LK_SQLITE_REBUILD.finding(step, r.table(), null, Severity.MEDIUM,
                    ctx.rowBand(r.table(), Severity.MEDIUM), "rebuilds " + r.table() + ": copies every row into a new "
                            + "table inside the migration's transaction; writers wait"));
        }
        return List.of();
    }
}
