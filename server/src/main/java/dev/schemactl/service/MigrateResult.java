package dev.schemactl.service;

import dev.schemactl.migration.StatusReport;

import java.util.List;

/** Versions applied (or rolled back) by this run, and the status afterwards. */
public record MigrateResult(String action, boolean createdDatabase, List<String> versions, StatusReport status) implements Result {
    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        if (createdDatabase) out.append("created database\n");
        if (versions.isEmpty()) {
            out.append(action.equals("rollback") ? "nothing to roll back\n" : "nothing to apply: the database is up to date\n");
        } else {
            String verb = action.equals("rollback") ? "rolled back " : "applied ";
            out.append(verb).append(versions.size()).append(versions.size() == 1 ? " migration: " : " migrations: ")
                    .append(String.join(", ", versions)).append('\n');
        }
        out.append('\n').append(status.text());
        return out.toString();
    }
}
