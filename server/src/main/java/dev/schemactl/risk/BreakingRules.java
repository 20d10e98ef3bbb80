package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.TypeKind;

import java.util.ArrayList;
import java.util.List;

/**
 * BC-RENAME-COLUMN, BC-RENAME-TABLE, BC-DROP-NOT-NULL, BC-DROP-DEFAULT, BC-DROP-GENERATED, BC-ADD-JSON-PG: changes that break code
 * running against the old schema (the number of rows does not matter).
 */
public final class BreakingRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        Change change = step.change();
        if (change instanceof Change.RenameColumn c && !ctx.createdInPlan(c.table(), c.column().name())) {
            return List.of(Rules.BC_RENAME_COLUMN.finding(step, c.table(), c.column().name(), Severity.HIGH, List.of(),
                    "renames " + c.table() + "." + c.column().name() + " to " + c.newName()
                            + ": running code that uses the old name fails until it is deployed"));
        }
        if (change instanceof Change.RenameTable c && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.BC_RENAME_TABLE.finding(step, c.table(), null, Severity.HIGH, List.of(),
                    "renames table " + c.table() + " to " + c.newName()
                            + ": running code that uses the old name fails until it is deployed"));
        }
        if (change instanceof Change.RenameSequence c) {
            // a sequence is a table to MariaDB (the migration's RENAME TABLE reads as this rule too)
            return List.of(Rules.BC_RENAME_TABLE.finding(step, c.table(), null, Severity.HIGH, List.of(),
                    "renames sequence " + c.before().name() + " to " + c.after().name()
                            + ": running code that calls it by the old name fails until it is deployed"));
        }
        if (change instanceof Change.SetNullable c && c.after().nullable() && !c.before().nullable()
                && !ctx.createdInPlan(c.table(), c.after().name())) {
            return List.of(Rules.BC_DROP_NOT_NULL.finding(step, c.table(), c.after().name(), Severity.LOW, List.of(),
                    c.table() + "." + c.after().name() + " may hold NULL from now on; code that assumes a value breaks"));
        }
        if (change instanceof Change.SetDefault c && c.before().defaultExpression() != null
                && c.after().defaultExpression() == null && !ctx.createdInPlan(c.table(), c.after().name())) {
            return List.of(Rules.BC_DROP_DEFAULT.finding(step, c.table(), c.after().name(), Severity.LOW, List.of(),
                    "drops the default of " + c.table() + "." + c.after().name() + " (" + c.before().defaultExpression()
                            + "): inserts that leave it out now fail or store NULL"));
        }
        if (change instanceof Change.DropGeneration c && !ctx.createdInPlan(c.table(), c.after().name())) {
            return List.of(Rules.BC_DROP_GENERATED.finding(step, c.table(), c.after().name(), Severity.LOW, List.of(),
                    c.table() + "." + c.after().name() + " keeps its values but is no longer computed"
                            + (c.before().generatedExpression() == null ? "" : " from " + c.before().generatedExpression()) + ": rows written from now on hold what the code writes (NULL when it leaves the column out)"));
        }
        if (!ctx.postgres()) return List.of();
        List<Finding> out = new ArrayList<>();
        if (change instanceof Change.CreateTable c) {
            for (Column col : c.definition().columns()) json(step, c.table(), col, out);
        } else if (change instanceof Change.AddColumn c && !ctx.createdInPlan(c.table())) {
            json(step, c.table(), c.column(), out);
        } else if (change instanceof Change.AlterColumnType c && c.before().type().kind() != TypeKind.JSON
                && !ctx.createdInPlan(c.table(), c.after().name())) {
            json(step, c.table(), c.after(), out);
        }
        return out;
    }

    private static void json(Step step, String table, Column col, List<Finding> out) {
        if (col.type().kind() == TypeKind.JSON) {
            out.add(Rules.BC_ADD_JSON_PG.finding(step, table, col.name(), Severity.LOW, List.of(),
                    table + "." + col.name() + " is json, not jsonb: no equality operator (DISTINCT, GROUP BY, UNIQUE fail), "
                            + "no GIN index, reparsed on every access"));
        }
    }
}
