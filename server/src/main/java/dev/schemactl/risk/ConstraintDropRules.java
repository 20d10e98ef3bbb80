package dev.schemactl.risk;

import dev.schemactl.diff.Change;

import java.util.List;

/**
 * CD-DROP-FK, CD-DROP-CONSTRAINT: a foreign key, check or unique constraint dropped while its table and columns stay
 * (dropped together with its table or column, or re-added later in the same migration, it is not reported).
 */
public final class ConstraintDropRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        Change change = step.change();
        if (change == null || ctx.createdInPlan(change.table())) return List.of();
        List<String> columns;
        String what;
        RuleInfo rule;
        if (change instanceof Change.DropForeignKey c) {
            columns = c.foreignKey().columns();
            what = "drops foreign key " + label(c.foreignKey().name()) + c.table() + "(" + String.join(", ", columns) + ") → "
                    + c.foreignKey().referencedTable() + ": nothing stops orphaned rows any more";
            rule = Rules.CD_DROP_FK;
        } else if (change instanceof Change.DropCheck c) {
            columns = List.of();
            what = "drops check " + label(c.check().name()) + "on " + c.table()
                    + (c.check().expression() == null ? "" : " (" + c.check().expression() + ")") + ": invalid values are accepted from now on";
            rule = Rules.CD_DROP_CONSTRAINT;
        } else if (change instanceof Change.DropUnique c) {
            columns = c.unique().columns();
            what = "drops unique constraint " + label(c.unique().name()) + "on " + c.table() + "(" + String.join(", ", columns)
                    + "): duplicates are accepted from now on";
            rule = Rules.CD_DROP_CONSTRAINT;
        } else {
            return List.of();
        }
        for (Step later : ctx.after(step)) {
            Change next = later.change();
            if (next == null || !next.table().equalsIgnoreCase(change.table())) continue;
            if (next instanceof Change.DropTable) return List.of();
            if (next instanceof Change.DropColumn d && columns.stream().anyMatch(col -> col.equalsIgnoreCase(d.column().name()))) {
                return List.of();
            }
            if (readds(change, next, ctx)) return List.of();
        }
        return List.of(rule.finding(step, change.table(), columns.size() == 1 ? columns.get(0) : null, Severity.LOW,
                List.of(), what));
    }

    /** True when {@code next} puts the dropped constraint back (the plan rebuilds it, e.g. around an index change). */
    private static boolean readds(Change dropped, Change next, RiskContext ctx) {
        if (dropped instanceof Change.DropForeignKey d && next instanceof Change.AddForeignKey a) {
            return ctx.sameColumns(a.foreignKey().columns(), d.foreignKey().columns())
                    && a.foreignKey().referencedTable().equalsIgnoreCase(d.foreignKey().referencedTable());
        }
        if (dropped instanceof Change.DropUnique d && next instanceof Change.AddUnique a) {
            return ctx.sameColumns(a.unique().columns(), d.unique().columns());
        }
        if (dropped instanceof Change.DropCheck d && next instanceof Change.AddCheck a) {
            return d.check().name() != null && d.check().name().equalsIgnoreCase(a.check().name());
        }
        return false;
    }

    private static String label(String name) {
        return name == null ? "" : name + " ";
    }
}
