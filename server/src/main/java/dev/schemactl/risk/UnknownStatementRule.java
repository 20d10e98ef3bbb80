package dev.schemactl.risk;

import java.util.List;

/** UNKNOWN-STATEMENT: a statement the parser cannot classify may do anything, so a human should look at it. */
public final class UnknownStatementRule implements RiskRule {

    @Override
    public List<Finding> check(Step step, RiskContext ctx) {
        if (step.op() instanceof Op.Unknown u) {
            return List.of(Rules.UNKNOWN_STATEMENT.finding(step, null, null, Severity.MEDIUM, List.of(),
                    "not understood (" + u.reason() + "): " + abbreviate(step.sql())));
        }
        return List.of();
    }

    private static String abbreviate(String sql) {
        if (sql == null) return "";
        String one = sql.replaceAll("\\s+", " ").trim();
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
