package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.Column;

import java.util.List;

/**
 * DD-NARROW-TYPE, DD-ADD-REQUIRED-COLUMN, DD-NOT-NULL-EXISTING, DD-UNIQUE-EXISTING: changes whose success depends on
 * the rows already there (empty tables make them harmless).
 */
public final class DataRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (step.op() instanceof Op.Conversion u && !u.referencesColumn() && !ctx.createdInPlan(u.table(), u.column())) {
            return List.of(Rules.DD_USING_DISCARDS.finding(step, u.table(), u.column(), Severity.HIGH,
                    ctx.rowBand(u.table(), Severity.HIGH), "converts " + u.table() + "." + u.column() + " USING " + u.expression()
                            + ", which does not read the column: every existing value is replaced"));
        }
        Change change = step.change();
        if (change instanceof Change.AlterColumnType c && !ctx.createdInPlan(c.table(), c.after().name())) {
            String why = TypeChanges.narrowing(c.before().type(), c.after().type());
            if (why == null) return List.of();
            List<Modifier> modifiers = new java.util.ArrayList<>(ctx.rowBand(c.table(), Severity.HIGH));
            String data = "";
            ValueFit fit = ctx.facts().fit(c.table(), c.before().name(), c.after().type());
            if (fit != null && fit.fits()) {
                int now = Severity.HIGH.ordinal() + modifiers.stream().mapToInt(Modifier::steps).sum();
                boolean silent = TypeChanges.silentLoss(c.before().type(), c.after().type(), ctx.postgres());
                Severity target = silent ? Severity.LOW : Severity.INFO;
                if (now > target.ordinal()) {
                    modifiers.add(new Modifier("checked the data: every value fits (" + fit.observed() + "); "
                            + (silent ? "low: a value written before the migration runs could still be cut"
                            : "info: a value that stops fitting makes " + ctx.engineName() + " fail the migration and roll it back"),
                            target.ordinal() - now));
                }
                data = "; checked the data: every value fits (" + fit.observed() + ")";
            } else if (fit != null && fit.checked()) {
                data = "; checked the data: " + fit.misfits() + " value(s) do not fit (" + fit.observed() + ")";
            } else if (fit != null) {
                data = "; data not checked: " + fit.observed();
            }
            return List.of(Rules.DD_NARROW_TYPE.finding(step, c.table(), c.after().name(), Severity.HIGH, modifiers,
                    "narrows " + c.table() + "." + c.after().name() + " from " + c.before().type() + " to " + c.after().type()
                            + " (" + why + "): values that do not fit make it fail or are cut" + data));
        }
        if (change instanceof Change.AddColumn c && !ctx.createdInPlan(c.table())) {
            Column col = c.column();
            if (col.nullable() || col.defaultExpression() != null || col.isIdentity() || col.generatedExpression() != null) {
                return List.of();
            }
            // MariaDB/MySQL fill existing rows with the type's implicit default (0, '') instead of failing
            Severity base = ctx.mariadb() ? Severity.MEDIUM : Severity.HIGH;
            String what = ctx.mariadb() ? "existing rows silently get the type's implicit default (0, '')"
                    : "fails when the table has rows";
            return List.of(Rules.DD_ADD_REQUIRED_COLUMN.finding(step, c.table(), col.name(), base, ctx.rowBand(c.table(), base),
                    "adds NOT NULL column " + c.table() + "." + col.name() + " without a default: " + what));
        }
        if (change instanceof Change.SetNullable c && !c.after().nullable() && c.before().nullable()
                && !ctx.createdInPlan(c.table(), c.after().name())) {
            String column = c.table() + "." + c.after().name();
            String what = !ctx.nullsFilled(step, c) ? "fails if a row holds NULL there"
                    : (RiskContext.PLAN.equals(step.source())
                            ? "fills its NULLs with the default " + c.after().defaultExpression() + " first (UPDATE ... SET "
                                    + c.after().name() + " = DEFAULT WHERE " + c.after().name() + " IS NULL)"
                            : "the UPDATE ... WHERE " + c.after().name() + " IS NULL before it fills its NULLs")
                            + ": every row holding NULL is rewritten, and on a big table the UPDATE runs long and holds "
                            + "those rows' locks (until the migration commits where DDL is transactional); the rollback "
                            + "makes the column nullable again but cannot bring the NULLs back";
            return List.of(Rules.DD_NOT_NULL_EXISTING.finding(step, c.table(), c.after().name(), Severity.MEDIUM,
                    ctx.rowBand(c.table(), Severity.MEDIUM), "makes " + column + " NOT NULL: " + what));
        }
        List<String> unique = null;
        if (change instanceof Change.AddUnique c) unique = c.unique().columns();
        if (change instanceof Change.AddPrimaryKey c) unique = c.primaryKey().columns();
        if (change instanceof Change.CreateIndex c && c.index().unique()) unique = c.index().columnNames();
        if (unique != null && !unique.isEmpty() && !ctx.createdInPlan(change.table())
                && unique.stream().noneMatch(col -> ctx.createdInPlan(change.table(), col))) {
            String cols = String.join(", ", unique);
            String period = change instanceof Change.AddUnique c ? c.unique().withoutOverlaps() : null;
            return List.of(Rules.DD_UNIQUE_EXISTING.finding(step, change.table(), unique.size() == 1 && period == null ? unique.get(0) : null,
                    Severity.MEDIUM, ctx.rowBand(change.table(), Severity.MEDIUM),
                    (change instanceof Change.AddPrimaryKey ? "adds a primary key" : "makes") + " " + change.table()
                            + "(" + cols + ") unique" + (period == null ? ": fails if rows hold duplicates"
                            : " without overlaps of period " + period + ": fails if two rows of equal keys overlap in it")));
        }
        return List.of();
    }
}
