package dev.schemactl.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * TX-CONCURRENTLY-IN-TX, TX-MIXED-NONTX (PostgreSQL) and TX-NON-TRANSACTIONAL (MariaDB/MySQL, H2; not SQLite, whose DDL
 * is transactional): what happens when a statement fails midway, and statements that cannot run where they are.
 */
public final class TransactionRules implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (ctx.postgres() && step.concurrently() && step.inTransaction()) {
            return List.of(Rules.TX_CONCURRENTLY_IN_TX.finding(step, step.table(), null, Severity.CRITICAL, List.of(),
                    "CONCURRENTLY inside a transaction: PostgreSQL refuses it, the migration always fails"));
        }
        return List.of();
    }

    @Override
    public List<Finding> checkSource(String source, List<Step> steps, RiskContext ctx) {
        if (ctx.postgres()) return mixed(source, steps);
        // SQLite runs DDL in the changeset's transaction like any other statement: nothing commits midway
        if (dev.schemactl.engine.Engines.of(ctx.engine()).transactionalDdl()) return List.of();
        return nonTransactional(source, steps, ctx);
    }

    private static List<Finding> mixed(String source, List<Step> steps) {
        List<Step> nonTx = steps.stream().filter(Step::concurrently).toList();
        boolean others = steps.stream().anyMatch(s -> !s.concurrently() && (s.op().isDdl() || s.op().isDml()));
        if (nonTx.isEmpty() || !others) return List.of();
        boolean ownChangesets = nonTx.stream().allMatch(n -> !n.inTransaction() && steps.stream()
                .filter(s -> s.unit() == n.unit() && s.number() != n.number())
                .noneMatch(s -> s.op().isDdl() || s.op().isDml()));
        List<Modifier> modifiers = ownChangesets
                ? List.of(new Modifier("every CONCURRENTLY statement has its own runInTransaction:false changeset: a "
                + "failure leaves whole changesets applied and `schemactl up` resumes", -1))
                : List.of();
        Step first = nonTx.get(0);
        return List.of(Rules.TX_MIXED_NONTX.finding(first, first.table(), null, Severity.MEDIUM, modifiers,
                source + " mixes " + nonTx.size() + " statement(s) that cannot run in a transaction with others: the file "
                        + "is not all-or-nothing"));
    }

    private static List<Finding> nonTransactional(String source, List<Step> steps, RiskContext ctx) {
        TreeSet<Integer> ddl = new TreeSet<>();
        TreeSet<Integer> dml = new TreeSet<>();
        Map<Integer, TreeSet<Integer>> perUnit = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.op().isDdl()) ddl.add(s.number());
            else if (s.op().isDml()) dml.add(s.number());
            else continue;
            perUnit.computeIfAbsent(s.unit(), u -> new TreeSet<>()).add(s.number());
        }
        if (ddl.size() < 2 && (ddl.isEmpty() || dml.isEmpty())) return List.of();
        TreeSet<Integer> all = new TreeSet<>(ddl);
        all.addAll(dml);
        int second = new ArrayList<>(all).get(1);
        boolean onePerChangeset = perUnit.values().stream().allMatch(set -> set.size() <= 1);
        List<Modifier> modifiers = onePerChangeset
                ? List.of(new Modifier("one statement per changeset: a failure resumes from the failed statement", -1))
                : List.of();
        return List.of(Rules.TX_NON_TRANSACTIONAL.finding(steps.stream().filter(s -> s.number() == second).findFirst()
                        .orElse(null), null, null, Severity.MEDIUM, modifiers,
                source + " has " + ddl.size() + " DDL" + (dml.isEmpty() ? "" : " and " + dml.size() + " DML")
                        + " statements; " + ctx.engineName() + " commits each DDL statement, so a failure midway leaves "
                        + "the earlier ones applied"));
    }
}
