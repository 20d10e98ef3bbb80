package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.SafeSql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores what is about to run: runs every rule over the steps, in order, and sums the findings up in a
 * {@link RiskReport} with its rollbackability. Steps come from a plan ({@link #planSteps}: the Changes as the
 * migration writer lays them out) or from SQL ({@link #sqlSteps}: migration changesets, rollback SQL or plain SQL text,
 * parsed by {@link SqlChangeParser}).
 *
 * <p>Rollbackability — can a failure midway be undone?
 * <ul>
 *   <li>{@code none}: a statement destroys data no rollback brings back (drop, truncate, delete all, narrowing) on a
 *       table that may hold rows, or a changeset's rollback is empty;</li>
 *   <li>{@code partial}: a file runs as more than one unit (MariaDB/MySQL/H2 commit every DDL statement; a PostgreSQL
 *       file with CONCURRENTLY or VALIDATE changesets), so a failure leaves the earlier units applied;</li>
 *   <li>{@code full}: every file is one transactional unit (PostgreSQL), or there is at most one statement.</li>
 * </ul>
 */
public final class RiskScorer {

    /**
     * SQL that commits as a whole: one changeset (or the whole of a plain SQL text).
     *
     * @param source           the file it comes from
     * @param runInTransaction whether it runs inside a transaction (a changeset's runInTransaction; for plain SQL text
     *                         use false: its statements run as they come, BEGIN ... COMMIT groups them)
     * @param plainText        true for plain SQL text: each statement outside BEGIN ... COMMIT is its own unit
     * @param rollbackEmpty    true when the changeset's rollback does nothing (nothing can undo it)
     */
    public record Unit(String source, String sql, boolean runInTransaction, boolean plainText, boolean rollbackEmpty) {
        public static Unit changeset(String source, String sql, boolean runInTransaction, boolean rollbackEmpty) {
            return new Unit(source, sql, runInTransaction, false, rollbackEmpty);
        }

        public static Unit text(String source, String sql) {
            return new Unit(source, sql, false, true, false);
        }
    }

    private final List<RiskRule> rules;

    public RiskScorer() {
        this(Rules.all());
    }

    public RiskScorer(List<RiskRule> rules) {
        this.rules = List.copyOf(rules);
    }

    // ------------------------------------------------------------------ steps

    /** Parses SQL units into steps, numbering statements across all of them in order. */
    public static List<Step> sqlSteps(List<Unit> units, SqlChangeParser parser) {
        return sqlSteps(units, parser, new TreeSet<>());
    }

    /**
     * Like {@link #sqlSteps(List, SqlChangeParser)}; adds to {@code emptyRollbackUnits} the unit numbers of the
     * changesets whose rollback is empty (pass it to {@link #score(List, RiskFacts, Set)}).
     */
    public static List<Step> sqlSteps(List<Unit> units, SqlChangeParser parser, Set<Integer> emptyRollbackUnits) {
        List<Step> out = new ArrayList<>();
        int number = 0;
        int unit = 0;
        for (Unit u : units) {
            boolean inTx = false;
            if (!u.plainText()) {
                unit++;
                if (u.rollbackEmpty()) emptyRollbackUnits.add(unit);
            }
            for (SqlChangeParser.Parsed p : parser.parseScript(u.sql())) {
                number++;
                boolean inTransaction = u.runInTransaction();
                if (u.plainText()) {
                    boolean begin = p.ops().stream().anyMatch(o -> o instanceof Op.TransactionControl t && t.begin());
                    boolean end = p.ops().stream().anyMatch(o -> o instanceof Op.TransactionControl t && !t.begin());
                    if (begin && !inTx) {
                        inTx = true;
                        unit++;
                    } else if (!inTx) {
                        unit++;
                    }
                    inTransaction = inTx;
                    if (end) inTx = false;
                }
                for (Op op : p.ops()) {
                    out.add(new Step(number, op, p.sql(), u.source(), unit, inTransaction, p.concurrently(), p.notValid()));
                }
            }
        }
        // SQLite changes most things by copying the table: the copy is one rebuild, not a drop of the table
        return parser.engine() == EngineKind.SQLITE ? SqliteRebuilds.fold(out) : out;
    }

    /**
     * The steps of a plan as the migration writer lays them out: changesets grouped the writer's way (engines with
     * transactional DDL: transactional steps together, each non-transactional step alone, {@code newChangeset} starts
     * a new one; other engines: one changeset per statement), the preamble on top of each changeset.
     */
    public static List<Step> planSteps(List<SafeSql.Step> steps, List<String> preamble, boolean transactionalDdl, String source) {
        List<List<SafeSql.Step>> groups = new ArrayList<>();
        if (transactionalDdl) {
            List<SafeSql.Step> group = new ArrayList<>();
            for (SafeSql.Step s : steps) {
                if (!s.runInTransaction() || s.newChangeset()) {
                    if (!group.isEmpty()) groups.add(group);
                    group = new ArrayList<>();
                }
                group.add(s);
                if (!s.runInTransaction()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
            }
            if (!group.isEmpty()) groups.add(group);
        } else {
            steps.forEach(s -> groups.add(List.of(s)));
        }
        List<Step> out = new ArrayList<>();
        int number = 0;
        int unit = 0;
        Step last = null;
        for (List<SafeSql.Step> group : groups) {
            unit++;
            boolean tx = group.stream().allMatch(SafeSql.Step::runInTransaction);
            for (String sql : preamble) {
                out.add(new Step(++number, new Op.SetLockTimeout(sql), sql, source, unit, tx, false, false));
            }
            for (SafeSql.Step s : group) {
                if (s.forward().isEmpty() && s.folded() && last != null) {
                    // a change the statement before it carries out (MariaDB: a move riding on its column's MODIFY, a
                    // table's keys added in one ALTER TABLE) is scored on that statement
                    out.add(new Step(last.number(), new Op.Structural(s.change()), last.sql(), source, last.unit(), last.inTransaction(),
                            false, false));
                }
                for (int i = 0; i < s.forward().size(); i++) {
                    if (!transactionalDdl && i > 0) unit++;
                    String sql = s.forward().get(i);
                    Op op = i > 0 ? new Op.Harmless("part of: " + s.change().describe(), true)
                            : s.form() == SafeSql.Form.VALIDATE || validates(s.change()) ? new Op.Validate(s.change().table(), lastWord(sql))
                            : new Op.Structural(s.change());
                    last = new Step(++number, op, sql, source, unit, tx, s.form() == SafeSql.Form.CONCURRENTLY,
                            s.form() == SafeSql.Form.NOT_VALID);
                    out.add(last);
                }
            }
        }
        return out;
    }

    /** A kept NOT VALID check or foreign key validated: the plan's VALIDATE CONSTRAINT. */
    private static boolean validates(dev.schemactl.diff.Change change) {
        return change instanceof dev.schemactl.diff.Change.SetCheckValidation c && !c.after().notValid()
                || change instanceof dev.schemactl.diff.Change.SetForeignKeyValidation f && !f.after().notValid();
    }

    /**
     * The tables whose rows to count: those the steps act on, and every table of the live schema when a step may act
     * on any table (opaque code, DROP SCHEMA).
     */
    public static Set<String> tablesToCount(List<Step> steps, dev.schemactl.schema.Schema live) {
        Set<String> out = tables(steps);
        if (steps.stream().anyMatch(s -> s.op() instanceof Op.Opaque || s.op() instanceof Op.DropSchema)) {
            live.tables().forEach(t -> out.add(t.key()));
        }
        return out;
    }

    /** The tables the steps act on (for the row counts to read). */
    public static Set<String> tables(List<Step> steps) {
        Set<String> out = new TreeSet<>();
        for (Step s : steps) {
            if (s.table() != null) out.add(s.table());
            if (s.op() instanceof Op.Structural st) out.addAll(DomainRules.tablesChecked(st.change()));
        }
        return out;
    }

    // ------------------------------------------------------------------ scoring

    /** Runs every rule over the steps and scores the findings. */
    public RiskReport score(List<Step> steps, RiskFacts facts) {
        return score(steps, facts, Set.of());
    }

    /**
     * @param emptyRollbackUnits units (changesets) whose rollback does nothing
     */
    public RiskReport score(List<Step> steps, RiskFacts facts, Set<Integer> emptyRollbackUnits) {
        RiskContext context = new RiskContext(facts, steps);
        List<Finding> findings = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        for (Step step : steps) {
            for (RiskRule rule : rules) findings.addAll(rule.check(step, context));
            String loss = dataLoss(step, context);
            if (loss != null) losses.add(loss);
            context.advance(step);
        }
        Map<String, List<Step>> bySource = new LinkedHashMap<>();
        for (Step s : steps) bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
        for (Map.Entry<String, List<Step>> e : bySource.entrySet()) {
            for (RiskRule rule : rules) findings.addAll(rule.checkSource(e.getKey(), e.getValue(), context));
        }
        findings.sort((a, b) -> a.statement() != b.statement() ? Integer.compare(a.statement(), b.statement())
                : a.ruleId().compareTo(b.ruleId()));
        Map<Integer, String> sourceOf = new java.util.HashMap<>();
        for (Step s : steps) sourceOf.putIfAbsent(s.number(), s.source());
        return RiskReport.of(findings, rollbackability(steps, facts.engine(), losses, emptyRollbackUnits, bySource),
                f -> sourceOf.getOrDefault(f.statement(), ""));
    }

    /** What the step destroys that no rollback restores; null when nothing (or an empty table). */
    private static String dataLoss(Step step, RiskContext ctx) {
        Op op = step.op();
        String table = op.table();
        if (op instanceof Op.DropSchema d) return "statement " + step.number() + " drops schema " + d.schema();
        if (op instanceof Op.Opaque o) {
            boolean anyRows = ctx.databaseRowBand(Severity.HIGH).stream().noneMatch(m -> m.steps() <= -Severity.HIGH.ordinal());
            return anyRows ? "statement " + step.number() + " runs code schemactl cannot read (" + o.what() + ")" : null;
        }
        if (table == null || ctx.createdInPlan(table)) return null;
        RiskFacts.RowCount rows = ctx.rows(table);
        if (rows != null && rows.rows() == 0) return null;
        if (op instanceof Op.Truncate || op instanceof Op.DeleteAll) {
            return "statement " + step.number() + " deletes every row of " + table;
        }
        if (op instanceof Op.RowChange r && !RowChangeRules.exempt(r, ctx)) {
            return "statement " + step.number() + (r.verb().contains("DELETE") ? " deletes" : " overwrites") + " rows of " + table;
        }
        if (op instanceof Op.Conversion u && !u.referencesColumn() && !ctx.createdInPlan(table, u.column())) {
            return "statement " + step.number() + " replaces every value of " + table + "." + u.column();
        }
        Change c = step.change();
        if (c instanceof Change.DropTable) return "statement " + step.number() + " drops table " + table;
        if (c instanceof Change.DropColumn d && !ctx.createdInPlan(table, d.column().name())) {
            return "statement " + step.number() + " drops column " + table + "." + d.column().name();
        }
        if (c instanceof Change.AlterColumnType a && TypeChanges.narrowing(a.before().type(), a.after().type()) != null
                && !(fits(ctx.facts().fit(table, a.before().name(), a.after().type()))
                && !TypeChanges.silentLoss(a.before().type(), a.after().type(), ctx.postgres()))) {
            return "statement " + step.number() + " narrows " + table + "." + a.after().name();
        }
        return null;
    }

    private static boolean fits(ValueFit fit) {
        return fit != null && fit.fits();
    }

    private static String rollbackability(List<Step> steps, EngineKind engine, List<String> losses,
                                          Set<Integer> emptyRollbackUnits, Map<String, List<Step>> bySource) {
        if (!losses.isEmpty()) {
            return "none: " + String.join("; ", losses) + " — its rollback restores the structure, not the data";
        }
        Set<Integer> empty = new TreeSet<>();
        for (Step s : steps) {
            if (emptyRollbackUnits.contains(s.unit()) && (s.op().isDdl() || s.op().isDml())) empty.add(s.number());
        }
        if (!empty.isEmpty()) {
            return "none: statement" + (empty.size() == 1 ? " " : "s ") + join(empty) + " belong to a changeset whose "
                    + "rollback is empty";
        }
        long statements = steps.stream().filter(s -> s.op().isDdl() || s.op().isDml()).map(Step::number).distinct().count();
        if (statements == 0) return "full: nothing to undo";
        if (statements == 1) return "full: a single statement either happens or not";
        boolean transactional = dev.schemactl.engine.Engines.of(engine).transactionalDdl();
        for (Map.Entry<String, List<Step>> e : bySource.entrySet()) {
            List<Step> real = e.getValue().stream().filter(s -> s.op().isDdl() || s.op().isDml()).toList();
            Set<Integer> units = new LinkedHashSet<>();
            real.forEach(s -> units.add(s.unit()));
            long count = real.stream().map(Step::number).distinct().count();
            if (!transactional && count > 1) {
                return "partial: " + name(engine) + " commits every DDL statement, so a failure in " + e.getKey()
                        + " leaves the statements before it applied (`schemactl up` resumes, `schemactl rollback` undoes them)";
            }
            if (transactional && (units.size() > 1 || real.stream().anyMatch(s -> !s.inTransaction()))) {
                return "partial: " + e.getKey() + " runs as " + units.size() + " separate units (non-transactional or "
                        + "later changesets), so a failure leaves the earlier ones applied";
            }
        }
        return "full: " + name(engine) + " runs each migration in one transaction; a failure undoes it completely";
    }

    private static String name(EngineKind engine) {
        return switch (engine) {
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> "MariaDB/MySQL";
            case H2 -> "H2";
            case SQLITE -> "SQLite";
        };
    }

    private static String join(Set<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    private static String lastWord(String sql) {
        String[] words = sql.trim().split("\\s+");
        String w = words[words.length - 1];
        if (w.startsWith("\"") && w.endsWith("\"") && w.length() > 1) w = w.substring(1, w.length() - 1);
        return w;
    }
}
