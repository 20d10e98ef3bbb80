package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.risk.RiskReport;

/**
 * Decides whether a scored migrate or rollback plan may run on an open database, in place of the local
 * {@link PolicyGate}: protected mode plugs in its own (server policy combined with the project's, signed approvals).
 */
public interface RunGate {

    /**
     * Lets the plan run (returning what to do with the run's outcome) or throws a {@link GateRefusal}.
     *
     * @param token the approval token the caller passed; null when none
     */
    Admission admit(ApprovalPlan plan, RiskReport report, DatabaseHandle db, String token);

    /** A plan let through: told how its run ended. */
    interface Admission {
        Admission NONE = (db, applied) -> { };

        void finished(DatabaseHandle db, boolean applied);
    }
}
