package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * LK-ADD-DEFAULT-REWRITE, LK-ADD-STORED-GENERATED, LK-ADD-IDENTITY, LK-CHANGE-TYPE, LK-TABLE-COPY, LK-MOVE-COLUMN: changes that make PostgreSQL or
 * MariaDB/MySQL rewrite (copy) the whole table while holding a lock that blocks writes (MariaDB's system versioning
 * added or dropped among them). H2, an embedded database
 * without concurrent production traffic, is not checked.
 */
public final class RewriteRules implements RiskRule {
    /** How a type change the engine does in place ends its message (MeasuredComparison reads it). */
    static final String NO_REWRITE = " (no rewrite)";

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (!ctx.postgres() && !ctx.mariadb()) return List.of();
        if (step.op() instanceof Op.TableCopy t) {
            if (ctx.createdInPlan(t.table())) return List.of();
            if (ctx.postgres()) return t.clause().endsWith("LOGGED") || ACCESS_METHOD_CLAUSE.matcher(t.clause()).lookingAt()
                    ? persistence(step, t.table(), t.clause(), ctx) : List.of();
            return List.of(Rules.LK_TABLE_COPY.finding(step, t.table(), null, Severity.MEDIUM,
                    ctx.rowBand(t.table(), Severity.MEDIUM), t.clause() + " on " + t.table() + ": "
                            + (t.clause().startsWith("ALGORITHM") || t.clause().startsWith("ENGINE") || t.clause().contains("PARTITION") ? ctx.engineName() + " copies the table while writes wait"
                            : "writes" + (t.clause().endsWith("EXCLUSIVE") ? " and reads" : "") + " wait while the statement runs")));
        }
        Change change = step.change();
        if (ctx.postgres() && change instanceof Change.SetTableOptions c && !ctx.createdInPlan(c.table())) {
            // only the persistence rewrites (storage parameters, row level security, replica identity do not);
            // PostgreSQL's options begin with UNLOGGED when the table is
            boolean before = unloggedOptions(c.before());
            boolean after = unloggedOptions(c.after());
            if (before != after) return persistence(step, c.table(), after ? "SET UNLOGGED" : "SET LOGGED", ctx);
            String method = accessMethod(c.after());
            return java.util.Objects.equals(accessMethod(c.before()), method) ? List.of()
                    : persistence(step, c.table(), "SET ACCESS METHOD " + (method == null ? "heap" : method), ctx);
        }
        if (ctx.mariadb() && change instanceof Change.DropGeneration c && !ctx.createdInPlan(c.table())) {
            // PostgreSQL's DROP EXPRESSION only changes the catalog; MariaDB's MODIFY cannot do it in place
            return List.of(Rules.LK_TABLE_COPY.finding(step, c.table(), c.after().name(), Severity.MEDIUM,
                    ctx.rowBand(c.table(), Severity.MEDIUM), "makes stored generated column " + c.table() + "." + c.after().name()
                            + " plain: " + ctx.engineName() + " copies the table (ALGORITHM=COPY) while writes wait"));
        }
        if (ctx.mariadb() && change instanceof Change.SetTableOptions c && !ctx.createdInPlan(c.table())
                && SystemVersioning.versioned(c.before()) != SystemVersioning.versioned(c.after())) {
            boolean adds = SystemVersioning.versioned(c.after());
            return List.of(Rules.LK_TABLE_COPY.finding(step, c.table(), null, Severity.MEDIUM, ctx.rowBand(c.table(), Severity.MEDIUM),
                    (adds ? "adds system versioning to " : "drops system versioning of ") + c.table() + ": " + ctx.engineName()
                            + " copies the table (ALGORITHM=COPY) while writes wait"));
        }
        // a system-versioning row start / end column and its SYSTEM_TIME period come with the versioning (above)
        if (ctx.mariadb() && change instanceof Change.AddPeriod c && c.period().isSystemTime()) return List.of();
        if (ctx.mariadb() && change instanceof Change.AddColumn c && SystemVersioning.rowStartOrEnd(c.column())) return List.of();
        if (ctx.mariadb() && change instanceof Change.AddPeriod c && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.LK_TABLE_COPY.finding(step, c.table(), null, Severity.MEDIUM, ctx.rowBand(c.table(), Severity.MEDIUM),
                    "adds period " + c.period().name() + " to " + c.table() + ": " + ctx.engineName()
                            + " copies the table (ALGORITHM=COPY) to check every row's start is before its end while writes wait"));
        }
        if (ctx.mariadb() && change instanceof Change.AddUnique c && c.unique().withoutOverlaps() != null && !ctx.createdInPlan(c.table())) {
            return List.of(Rules.LK_TABLE_COPY.finding(step, c.table(), null, Severity.MEDIUM, ctx.rowBand(c.table(), Severity.MEDIUM),
                    "adds a key unique without overlaps of period " + c.unique().withoutOverlaps() + " to " + c.table() + ": "
                            + ctx.engineName() + " copies the table (ALGORITHM=COPY) while writes wait"));
        }
        Severity base = ctx.postgres() ? Severity.HIGH : Severity.MEDIUM;
        if (change instanceof Change.AddColumn c && !ctx.createdInPlan(c.table())) {
            Column col = c.column();
            List<Finding> out = new ArrayList<>();
            String where = c.table() + "." + col.name();
            if (col.isIdentity()) {
                out.add(Rules.LK_ADD_IDENTITY.finding(step, c.table(), col.name(), base, ctx.rowBand(c.table(), base),
                        "adds identity column " + where + ": " + ctx.engineName() + " rewrites the table to number every row"));
            } else if (col.generatedExpression() != null) {
                out.add(Rules.LK_ADD_STORED_GENERATED.finding(step, c.table(), col.name(), base, ctx.rowBand(c.table(), base),
                        "adds stored generated column " + where + ": " + ctx.engineName()
                                + " rewrites the table to compute it for every row"));
            } else if (col.defaultExpression() != null) {
                String why = rewritingDefault(col.defaultExpression(), ctx);
                if (why != null) {
                    out.add(Rules.LK_ADD_DEFAULT_REWRITE.finding(step, c.table(), col.name(), base,
                            ctx.rowBand(c.table(), base), "adds " + where + " with DEFAULT " + col.defaultExpression() + ": "
                                    + why));
                }
            }
            return out;
        }
        if (change instanceof Change.MoveColumn c && ctx.mariadb() && !ctx.createdInPlan(c.table(), c.column().name())) {
            Severity moveBase = Severity.MEDIUM;
            dev.schemactl.schema.Table live = ctx.facts().schema().tables().stream().filter(t -> t.key().equals(c.table()))
                    .findFirst().orElse(null);
            String instant = ColumnMoveCost.instant(ctx.facts(), live, c.column());
            List<Modifier> modifiers = instant != null ? List.of(new Modifier(instant + ": info", -moveBase.ordinal()))
                    : ctx.rowBand(c.table(), moveBase);
            String what = "moves column " + c.table() + "." + c.column().name() + " "
                    + (c.position() instanceof dev.schemactl.diff.ColumnPosition.After a ? "after " + a.column() : "first");
            return List.of(Rules.LK_MOVE_COLUMN.finding(step, c.table(), c.column().name(), moveBase, modifiers,
                    instant != null ? what + NO_REWRITE : what + ": " + ctx.engineName()
                            + " rebuilds the table (a copy for a generated column or a non-InnoDB table) while writes wait"));
        }
        if (change instanceof Change.AlterColumnType c && !ctx.createdInPlan(c.table(), c.after().name())) {
            Severity typeBase = Severity.HIGH;
            String utcZone = ctx.facts().atLeast(12, 0) && TypeChanges.utc(ctx.timeZone()) ? ctx.timeZone() : null;
            String inPlace = ctx.postgres() ? TypeChanges.postgresWithoutRewrite(c.before().type(), c.after().type(), utcZone)
                    : TypeChanges.mariaDbWithoutRewrite(c.before().type(), c.after().type());
            List<Modifier> modifiers = inPlace != null ? List.of(new Modifier(inPlace + ": info", -typeBase.ordinal()))
                    : ctx.rowBand(c.table(), typeBase);
            String what = "changes the type of " + c.table() + "." + c.after().name() + " from "
                    + (TypeChanges.unknown(c.before().type()) ? "an unknown type" : c.before().type()) + " to " + c.after().type();
            return List.of(Rules.LK_CHANGE_TYPE.finding(step, c.table(), c.after().name(), typeBase, modifiers,
                    inPlace != null ? what + NO_REWRITE : what + ": " + ctx.engineName()
                            + " rewrites the table (and its indexes) under a lock that blocks writes"));
        }
        return List.of();
    }

    private static final java.util.regex.Pattern ACCESS_METHOD_CLAUSE = java.util.regex.Pattern.compile("(?i)SET\\s+ACCESS\\s+METHOD\\b");
    private static final java.util.regex.Pattern USING = java.util.regex.Pattern.compile("(?:^|\\s)USING ((?:\"(?:[^\"]|\"\")*\"|[^\\s\"])+)");

    /** The table access method PostgreSQL's table options name ({@code USING am}), null for the default (heap). */
    private static String accessMethod(String options) {
        if (options == null) return null;
        java.util.regex.Matcher m = USING.matcher(options);
        return m.find() ? m.group(1) : null;
    }

    private static boolean unloggedOptions(String options) {
        return options != null && (options.equals("UNLOGGED") || options.startsWith("UNLOGGED "));
    }

    /** PostgreSQL SET LOGGED / SET UNLOGGED / SET ACCESS METHOD: the table is written anew (and, to LOGGED, into the WAL). */
    private static List<Finding> persistence(Step step, String table, String clause, RiskContext ctx) {
        return List.of(Rules.LK_TABLE_COPY.finding(step, table, null, Severity.MEDIUM, ctx.rowBand(table, Severity.MEDIUM),
                clause + " on " + table + ": PostgreSQL rewrites the table under ACCESS EXCLUSIVE (no reads, no writes)"));
    }

    /** Why this default rewrites the table on this engine; null when it does not. */
    static String rewritingDefault(String expression, RiskContext ctx) {
        DefaultExpressions.Kind kind = DefaultExpressions.of(expression);
        if (ctx.postgres()) {
            if (ctx.facts().major() > 0 && ctx.facts().major() < 11) {
                return "PostgreSQL " + ctx.facts().major() + " rewrites the table for any default (11+ stores a constant once)";
            }
            if (kind == DefaultExpressions.Kind.VOLATILE) {
                return "a volatile default is computed for every row, so PostgreSQL rewrites the table";
            }
            if (kind == DefaultExpressions.Kind.UNKNOWN_FUNCTION) {
                return "a default calling a function schemactl does not know counts as volatile: PostgreSQL would "
                        + "rewrite the table";
            }
            return null;
        }
        if (kind != DefaultExpressions.Kind.LITERAL) {
            return "an expression default makes " + ctx.engineName() + " copy the table instead of adding the column in place";
        }
        return null;
    }
}
