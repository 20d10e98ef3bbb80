package dev.schemactl.service;

import java.util.List;

/**
 * The rollback check of one migration on a shadow database brought to the state before it: it was applied,
 * inspected, rolled back, inspected again, compared with the state before, and applied again.
 *
 * @param applies           the migration applied on the shadow database
 * @param rollsBack         its rollback ran without error
 * @param restoresExactly   after the rollback the schema equals the schema before the migration
 * @param differences       when it does not: every object that differs, e.g.
 *                          "index idx_w on widgets(name): left over after the rollback"
 * @param rollbackLosesData the rollback restores structure but not data the migration destroyed (a dropped
 *                          column or table, a narrowing type change); a fact to know, not a failure
 * @param error             why a step failed (or why the migration could not be checked); null when none did
 * @param fromLiveSchema    the shadow started from a copy of the live schema, not from the migrations before this one:
 *                          the first migration of a database that predates schemactl and has no baseline
 */
public record MigrationVerification(String version, String name, boolean applies, boolean rollsBack,
                                    boolean restoresExactly, List<String> differences, boolean rollbackLosesData,
                                    String error, boolean fromLiveSchema) {

    public MigrationVerification {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    public MigrationVerification(String version, String name, boolean applies, boolean rollsBack, boolean restoresExactly,
                                 List<String> differences, boolean rollbackLosesData, String error) {
        this(version, name, applies, rollsBack, restoresExactly, differences, rollbackLosesData, error, false);
    }

    MigrationVerification startedFromLiveSchema() {
        return new MigrationVerification(version, name, applies, rollsBack, restoresExactly, differences, rollbackLosesData,
                error, true);
    }

    /** True when the migration applies, rolls back, restores the schema exactly and re-applies. */
    public boolean verified() {
        return applies && rollsBack && restoresExactly && error == null;
    }

    /**
     * One line for reports (lint, score_risk, new): "rollback verified" (with a data-loss note), or the failure,
     * e.g. "rollback NOT verified: the rollback does not restore the schema (1 difference: ...)".
     */
    public String summary() {
        return summary(null);
    }

    /** {@link #summary()}, saying where it was checked ("on a shadow database") when {@code place} is given. */
    public String summary(String place) {
        if (verified()) {
            return "rollback verified" + (rollbackLosesData
                    ? " (it restores the structure, not the data: the rollback loses data)" : "")
                    + (place == null ? "" : " on " + place)
                    + (fromLiveSchema ? " started from a copy of the live schema (the database predates its first "
                    + "migration: run `schemactl baseline` so that a fresh database can build it too)" : "");
        }
        if (!applies) return "rollback NOT verified: the migration does not apply: " + error;
        if (!rollsBack) return "rollback NOT verified: the rollback fails: " + error;
        if (!restoresExactly) {
            return "rollback NOT verified: the rollback does not restore the schema (" + differences.size()
                    + (differences.size() == 1 ? " difference: " : " differences: ") + String.join("; ", differences) + ")";
        }
        return "rollback NOT verified: " + error;
    }
}
