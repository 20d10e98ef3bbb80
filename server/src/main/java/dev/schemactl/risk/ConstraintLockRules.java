package dev.schemactl.risk;

import dev.schemactl.diff.Change;

import java.util.List;

/**
 * LK-SET-NOT-NULL, LK-ADD-CHECK, LK-ADD-FK, LK-VALIDATE-SAME-TX, LK-ADD-UNIQUE, LK-ADD-PK (PostgreSQL) and LK-DROP-PK
 * (PostgreSQL, MariaDB/MySQL): constraints that scan or index a table that exists while holding a lock that blocks
 * writes (and, under ACCESS EXCLUSIVE, reads).
 */
public final class ConstraintLockRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        Change change = step.change();
        if (change instanceof Change.DropPrimaryKey c && !ctx.createdInPlan(c.table()) && (ctx.postgres() || ctx.mariadb())) {
            Severity base = ctx.mariadb() ? Severity.HIGH : Severity.LOW;
            String what = ctx.mariadb() ? ctx.engineName() + " rebuilds the table around a new clustered index"
                    : "takes ACCESS EXCLUSIVE briefly; rows stop being identifiable for replication and updates by key";
            return List.of(Rules.LK_DROP_PK.finding(step, c.table(), null, base, ctx.rowBand(c.table(), base),
                    "drops the primary key of " + c.table() + ": " + what));
        }
        if (ctx.mariadb() && change instanceof Change.AddForeignKey c && !ctx.createdInPlan(c.table())
                && !ctx.foreignKeyChecksOff(step.source())) {
            String table = c.table();
            return List.of(Rules.LK_ADD_FK.finding(step, table, c.foreignKey().columns().size() == 1
                            ? c.foreignKey().columns().get(0) : null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                    "adds a foreign key " + table + "(" + String.join(", ", c.foreignKey().columns()) + ") → "
                            + c.foreignKey().referencedTable() + ": with foreign_key_checks on, " + ctx.engineName()
                            + " copies the table (ALGORITHM=COPY) while writes wait"));
        }
        if (!ctx.postgres()) return List.of();
        if (step.op() instanceof Op.Validate v) {
            if (step.inTransaction() && ctx.strongLockHeld(step.unit(), v.table())) {
                return List.of(Rules.LK_VALIDATE_SAME_TX.finding(step, v.table(), null, Severity.MEDIUM,
                        ctx.rowBand(v.table(), Severity.MEDIUM), "validates " + v.constraint() + " in the transaction that "
                                + "already holds a strong lock on " + v.table() + ": the scan runs under that lock"));
            }
            return List.of();
        }
        if (change == null || ctx.createdInPlan(change.table())) return List.of();
        String table = change.table();
        if (change instanceof Change.SetNullable c && !c.after().nullable() && !ctx.createdInPlan(table, c.after().name())) {
            String column = c.after().name();
            if (ctx.facts().atLeast(12, 0) && ctx.validatedNotNull(table, column)) return List.of();
            return List.of(Rules.LK_SET_NOT_NULL.finding(step, table, column, Severity.MEDIUM,
                    ctx.rowBand(table, Severity.MEDIUM), "SET NOT NULL on " + table + "." + column
                            + " scans the whole table under ACCESS EXCLUSIVE (no reads, no writes)"));
        }
        if (change instanceof Change.AddCheck c && !step.notValid() && !c.check().notValid()) {
            return List.of(Rules.LK_ADD_CHECK.finding(step, table, RiskContext.notNullColumn(c.check().expression()),
                    Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM), "adds CHECK (" + c.check().expression() + ") on "
                            + table + ": scans every row under ACCESS EXCLUSIVE"));
        }
        if (change instanceof Change.AddForeignKey c && !step.notValid() && !c.foreignKey().notValid()
                && !c.foreignKey().columns().stream().allMatch(col -> ctx.columnAddedAt(table, col) == step.number()
                && !ctx.columnAddedWithDefault(table, col))) {
            return List.of(Rules.LK_ADD_FK.finding(step, table, c.foreignKey().columns().size() == 1
                            ? c.foreignKey().columns().get(0) : null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                    "adds a foreign key " + table + "(" + String.join(", ", c.foreignKey().columns()) + ") → "
                            + c.foreignKey().referencedTable() + ": checks every row while blocking writes to both tables"));
        }
        if (change instanceof Change.AddUnique c) {
            return List.of(Rules.LK_ADD_UNIQUE.finding(step, table, null, Severity.HIGH, ctx.rowBand(table, Severity.HIGH),
                    "adds UNIQUE (" + String.join(", ", c.unique().columns()) + ") on " + table
                            + ": builds its index under ACCESS EXCLUSIVE"));
        }
        if (change instanceof Change.AddPrimaryKey c) {
            return List.of(Rules.LK_ADD_PK.finding(step, table, null, Severity.HIGH, ctx.rowBand(table, Severity.HIGH),
                    "adds PRIMARY KEY (" + String.join(", ", c.primaryKey().columns()) + ") on " + table
                            + ": builds its index under ACCESS EXCLUSIVE"));
        }
        return List.of();
    }
}
