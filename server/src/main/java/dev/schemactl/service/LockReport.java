package dev.schemactl.service;

import dev.schemactl.risk.ReportText;
import dev.schemactl.risk.RiskReport;

import java.util.List;

/**
 * `schemactl verify --locks`: per migration, the rules' risk report (scored on the shadow database at the state
 * before it) with what each statement really did there beside it, and where the two disagree.
 */
public record LockReport(List<MeasuredMigration> migrations) implements Result {

    /**
     * @param engine  the shadow database's engine and version the statements ran on
     * @param method  how locks were measured there (and what could not be seen)
     * @param seeded  rows put into the tables before it ran
     * @param error   why it could not be measured, or null
     * @param tablesBefore the tables (lower case) there were before it ran
     */
    public record MeasuredMigration(String version, String name, String engine, String method, int seeded,
                                    RiskReport report, String error,
                                    @com.fasterxml.jackson.annotation.JsonIgnore java.util.Set<String> tablesBefore) {
    }

    public LockReport {
        migrations = migrations == null ? List.of() : List.copyOf(migrations);
    }

    /** True when every statement of every migration ran (disagreements with the rules are facts, not failures). */
    public boolean allRan() {
        return migrations.stream().allMatch(m -> m.error() == null
                && m.report().measured().stream().allMatch(s -> s.error() == null));
    }

    @Override
    public String text() {
        if (migrations.isEmpty()) return "nothing to measure\n";
        StringBuilder out = new StringBuilder();
        for (MeasuredMigration m : migrations) {
            out.append("== ").append(m.version()).append(' ').append(m.name()).append(" on ").append(m.engine())
                    .append(" (").append(m.seeded()).append(" rows seeded)\n");
            if (m.method() != null) out.append(m.method()).append('\n');
            if (m.error() != null) {
                out.append("not measured: ").append(m.error()).append('\n');
                continue;
            }
            out.append(ReportText.render(m.report()));
        }
        long disagreements = migrations.stream().mapToLong(m -> m.report() == null ? 0 : m.report().disagreements().size()).sum();
        out.append(migrations.size()).append(migrations.size() == 1 ? " migration" : " migrations").append(" measured, ")
                .append(disagreements).append(disagreements == 1 ? " disagreement" : " disagreements").append(" with the rules\n");
        return out.toString();
    }
}
