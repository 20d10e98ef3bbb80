package dev.schemactl.risk;

import dev.schemactl.diff.Change;

import java.util.List;

/**
 * DS-DROP-TABLE, DS-DROP-COLUMN (a column, or an attribute of a composite type columns use), DS-DROP-SCHEMA,
 * DS-TRUNCATE, DS-DROP-HISTORY (MariaDB's system versioning dropped): statements that destroy data.
 */
public final class DestructiveRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        Op op = step.op();
        if (op instanceof Op.DropSchema d) {
            return List.of(Rules.DS_DROP_SCHEMA.finding(step, null, null, Severity.CRITICAL, List.of(),
                    "drops schema " + d.schema() + " and everything in it"));
        }
        if ((op instanceof Op.Truncate || op instanceof Op.DeleteAll) && !ctx.createdInPlan(op.table())) {
            String what = op instanceof Op.DeleteAll d ? d.how() : "TRUNCATE";
            return List.of(Rules.DS_TRUNCATE.finding(step, op.table(), null, Severity.HIGH,
                    ctx.rowBand(op.table(), Severity.HIGH), what + " removes every row of " + op.table()));
        }
        Change change = step.change();
        if (change instanceof Change.DropTable c && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.DS_DROP_TABLE.finding(step, c.table(), null, Severity.HIGH,
                    ctx.rowBand(c.table(), Severity.HIGH), "drops table " + c.table() + " and all its rows"));
        }
        if (change instanceof Change.DropColumn c && !ctx.createdInPlan(c.table(), c.column().name())) {
            return List.of(Rules.DS_DROP_COLUMN.finding(step, c.table(), c.column().name(), Severity.HIGH,
                    ctx.rowBand(c.table(), Severity.HIGH), "drops column " + c.table() + "." + c.column().name()
                            + " and its data"));
        }
        if (change instanceof Change.SetTableOptions c && !ctx.createdInPlan(c.table())
                && SystemVersioning.versioned(c.before()) && !SystemVersioning.versioned(c.after())) {
            return List.of(Rules.DS_DROP_HISTORY.finding(step, c.table(), null, Severity.HIGH, ctx.rowBand(c.table(), Severity.HIGH),
                    "drops system versioning of " + c.table() + ": every history row (each earlier version of a row) is deleted;"
                            + " a rollback makes the table versioned again, with no history"));
        }
        if (change instanceof Change.DropCompositeAttribute c && !c.usedBy().isEmpty()) {
            // PostgreSQL: the attribute's values go from every column of the composite type (arrays of it too)
            String type = (c.type().schema() == null ? "" : c.type().schema() + ".") + c.type().name();
            return c.usedBy().stream().map(table -> Rules.DS_DROP_COLUMN.finding(step, table, null, Severity.HIGH,
                    ctx.rowBand(table, Severity.HIGH), "drops attribute " + c.attribute().name() + " of composite type " + type
                            + ": its values in the columns of " + table + " of that type are lost")).toList();
        }
        return List.of();
    }
}
