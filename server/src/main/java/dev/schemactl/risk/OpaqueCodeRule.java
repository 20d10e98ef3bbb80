package dev.schemactl.risk;

import java.util.List;

/**
 * DS-OPAQUE-CODE: code whose effect cannot be read from the text (DO blocks, dynamic EXECUTE, PREPARE/EXECUTE, CALL,
 * calling a function created in the same migration, psql includes). It may do anything, so it is judged as at least as
 * risky as the worst it could do: dropping or rewriting the largest table of the database. Severity high, moved by the
 * rows of that table; a database whose tables are all empty (or that has none) makes it info.
 */
public final class OpaqueCodeRule implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (!(step.op() instanceof Op.Opaque o)) return List.of();
        return List.of(Rules.DS_OPAQUE_CODE.finding(step, null, null, Severity.HIGH, ctx.databaseRowBand(Severity.HIGH),
                o.what() + "; assumed it may drop or rewrite any table, so it is scored by the largest"));
    }
}
