package dev.schemactl.risk;

import dev.schemactl.diff.Change;

import java.util.ArrayList;
import java.util.List;

/**
 * LK-SET-NOT-NULL, DD-NOT-NULL-EXISTING and LK-ADD-CHECK for domains (PostgreSQL): ALTER DOMAIN ... SET NOT NULL,
 * ADD CONSTRAINT ... CHECK (without NOT VALID) and VALIDATE CONSTRAINT check every row of every table with a column of
 * the domain, each table under a SHARE lock (writes wait), and fail on a row that breaks the new rule. One finding
 * per table that uses the domain and exists before the plan.
 */
public final class DomainRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (!ctx.postgres() || !(step.op() instanceof Op.Structural s)) return List.of();
        Change change = s.change();
        List<Finding> out = new ArrayList<>();
        if (change instanceof Change.SetDomainNotNull c && c.notNull()) {
            String domain = c.domain().name();
            for (String table : existing(c.usedBy(), ctx)) {
                out.add(Rules.DD_NOT_NULL_EXISTING.finding(step, table, null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                        "makes domain " + domain + " NOT NULL: fails if a column of " + table + " of that domain holds NULL"));
                out.add(Rules.LK_SET_NOT_NULL.finding(step, table, null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                        "ALTER DOMAIN " + domain + " SET NOT NULL scans every row of " + table + " under a SHARE lock (writes wait)"));
            }
        }
        if (change instanceof Change.AddDomainCheck c && !c.check().notValid()) {
            for (String table : existing(c.usedBy(), ctx)) {
                out.add(Rules.LK_ADD_CHECK.finding(step, table, null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                        "adds " + c.check().definition() + " to domain " + c.domain().name() + ": checks every row of " + table
                                + " under a SHARE lock (writes wait), and fails on a row that breaks it"));
            }
        }
        if (change instanceof Change.ValidateDomainCheck c) {
            for (String table : existing(c.usedBy(), ctx)) {
                out.add(Rules.LK_ADD_CHECK.finding(step, table, null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                        "validates check " + c.check().name() + " of domain " + c.domain().name() + ": checks every row of " + table
                                + " under a SHARE lock (writes wait; a domain's VALIDATE takes it too)"));
            }
        }
        return out;
    }

    /** The tables a domain change checks the rows of ({@code usedBy}), empty for other changes. */
    static List<String> tablesChecked(Change change) {
        if (change instanceof Change.SetDomainNotNull c) return c.usedBy();
        if (change instanceof Change.AddDomainCheck c) return c.usedBy();
        if (change instanceof Change.ValidateDomainCheck c) return c.usedBy();
        return List.of();
    }

    private static List<String> existing(List<String> tables, RiskContext ctx) {
        return tables.stream().filter(t -> !ctx.createdInPlan(t)).toList();
    }
}
