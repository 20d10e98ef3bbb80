package dev.schemactl.risk;

import dev.schemactl.engine.MeasuredStatement;

/**
 * A {@link RiskReport} as text: every finding with its rule, statement, table/column, base severity, each modifier
 * and why, final severity, points and safe alternative; then the score formula and band; then the rollbackability.
 */
public final class ReportText {
    private ReportText() {
    }

    public static String render(RiskReport report) {
        StringBuilder out = new StringBuilder();
        if (report.findings().isEmpty()) {
            out.append("no findings\n");
        }
        int n = 0;
        for (Finding f : report.findings()) {
            n++;
            out.append(n).append(". ").append(f.ruleId()).append(" (").append(f.category()).append(' ')
                    .append(f.category().description()).append(")");
            if (f.statement() > 0) out.append(" at statement ").append(f.statement());
            if (f.table() != null) out.append(" on ").append(f.table()).append(f.column() == null ? "" : "." + f.column());
            out.append('\n');
            if (f.message() != null) out.append("   ").append(f.message()).append('\n');
            out.append("   base: ").append(f.baseSeverity().id()).append('\n');
            for (Modifier m : f.modifiers()) {
                out.append("   modifier: ").append(m.reason()).append(" (").append(steps(m.steps())).append(")\n");
            }
            out.append("   final: ").append(f.severity().id()).append(", ").append(f.points()).append(" points\n");
            if (f.safeAlternative() != null) out.append("   safer: ").append(f.safeAlternative()).append('\n');
        }
        out.append(report.formula()).append(" (").append(report.band()).append(")\n");
        out.append("rollback on failure: ").append(report.rollbackability()).append('\n');
        if (!report.measured().isEmpty()) {
            out.append("measured on a shadow database (a few rows per table):\n");
            for (MeasuredStatement m : report.measured()) {
                out.append("  statement ").append(m.statement()).append(": ").append(m.summary()).append('\n');
            }
            if (report.disagreements().isEmpty()) {
                out.append("measured and predicted agree\n");
            } else {
                report.disagreements().forEach(d -> out.append("DISAGREES ").append(d).append('\n'));
            }
        }
        return out.toString();
    }

    private static String steps(int steps) {
        if (steps == 0) return "±0";
        return (steps > 0 ? "+" : "") + steps;
    }
}
