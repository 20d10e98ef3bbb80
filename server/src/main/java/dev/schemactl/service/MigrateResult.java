package dev.schemactl.service;

import dev.schemactl.migration.PlannedMigration;
import dev.schemactl.migration.StatusReport;

import java.util.List;

/**
 * Versions applied (or rolled back) by this run, and the status afterwards. A dry run changes nothing:
 * {@code versions} are the ones it would apply or roll back, {@code plan} holds their SQL, and
 * {@code status} is the status as it is.
 */
public record MigrateResult(String action, boolean createdDatabase, List<String> versions, StatusReport status,
                            boolean dryRun, List<PlannedMigration> plan) implements Result {

    public MigrateResult {
        versions = List.copyOf(versions);
        plan = List.copyOf(plan);
    }

    public MigrateResult(String action, boolean createdDatabase, List<String> versions, StatusReport status) {
        this(action, createdDatabase, versions, status, false, List.of());
    }

    /** A dry run of {@code action} ("migrate" or "rollback"). */
    public static MigrateResult dryRun(String action, List<PlannedMigration> plan, StatusReport status) {
        return new MigrateResult(action, false, plan.stream().map(PlannedMigration::version).toList(), status, true, plan);
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        boolean rollback = action.equals("rollback");
        if (createdDatabase) out.append("created database\n");
        if (versions.isEmpty()) {
            out.append(dryRun ? "dry run: " : "")
                    .append(rollback ? "nothing to roll back\n" : "nothing to apply: the database is up to date\n");
        } else {
            String verb = dryRun ? (rollback ? "dry run: would roll back " : "dry run: would apply ")
                    : (rollback ? "rolled back " : "applied ");
            out.append(verb).append(versions.size()).append(versions.size() == 1 ? " migration: " : " migrations: ")
                    .append(String.join(", ", versions)).append('\n');
        }
        for (PlannedMigration p : plan) {
            out.append("\n-- ").append(p.file()).append('\n').append(p.sql()).append('\n');
        }
        out.append('\n').append(status.text());
        return out.toString();
    }
}
