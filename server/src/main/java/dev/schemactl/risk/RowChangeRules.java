package dev.schemactl.risk;

import java.util.List;

/**
 * DS-DELETE-ROWS and DS-UPDATE-ROWS: DML that can remove or overwrite existing rows beyond a few picked by key
 * (DELETE/UPDATE without a key-selective WHERE, data-modifying CTEs, MERGE ... THEN DELETE/UPDATE). Severity by the
 * table's rows, assuming every row matches. Silent on a table created earlier in the migration, and for an UPDATE that
 * only fills columns added earlier in the migration or only rows where the columns it sets are NULL (a backfill).
 */
public final class RowChangeRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (!(step.op() instanceof Op.RowChange r) || exempt(r, ctx)) return List.of();
        boolean delete = r.verb().contains("DELETE");
        String table = r.table();
        String what = r.verb() + (delete ? " on " : " of " + String.join(", ", r.columns()) + " on ") + table + " "
                + r.reach().description()
                + (r.where() == null ? "" : " (" + abbreviate(r.where()) + ")")
                + (delete ? " may be removed" : " may be overwritten")
                + "; assumed every row of " + table + " matches, as the row count says";
        RuleInfo rule = delete ? Rules.DS_DELETE_ROWS : Rules.DS_UPDATE_ROWS;
        return List.of(rule.finding(step, table, r.columns().size() == 1 ? r.columns().get(0) : null, Severity.HIGH,
                ctx.rowBand(table, Severity.HIGH), what));
    }

    /** True when the change loses nothing that existed before the migration. */
    static boolean exempt(Op.RowChange r, RiskContext ctx) {
        if (r.table() == null || ctx.createdInPlan(r.table())) return r.table() != null;
        if (r.verb().contains("DELETE")) return false;
        if (r.onlyNull()) return true;
        return !r.columns().isEmpty() && r.columns().stream().allMatch(c -> ctx.createdInPlan(r.table(), c));
    }

    private static String abbreviate(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
