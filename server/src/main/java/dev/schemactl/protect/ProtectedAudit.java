package dev.schemactl.protect;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.policy.AuditLedger;
import dev.schemactl.policy.Decision;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Writes every protected-mode decision to the audit ledger ({@link AuditLedger}, schema_migrations_audit) in the
 * target database, and to the server's log: runs allowed or approved (then how they ended), refusals of every kind,
 * and refused signatures.
 */
final class ProtectedAudit {
    private static final Logger LOG = LoggerFactory.getLogger(ProtectedAudit.class);
    private final Clock clock;

    ProtectedAudit(Clock clock) {
        this.clock = clock;
    }

    /** What the gate decided about one run; the fields of {@link AuditLedger.Event} this server knows. */
    record Decided(ServerTarget target, ApprovalPlan plan, RiskReport report, Decision decision, String policySource,
                   String policyDigest, String actor) {
    }

    /** A run that may go ahead; returns the ledger row to {@link #finish}. */
    long started(DatabaseHandle db, Decided d, List<String> signers, String nonce, String detail) {
        return write(db, d, signers, nonce, AuditLedger.Outcome.STARTED, detail);
    }

    void refused(DatabaseHandle db, Decided d, List<String> signers, String detail) {
        write(db, d, signers, null, AuditLedger.Outcome.REFUSED, detail);
    }

    void finish(DatabaseHandle db, long seq, ApprovalPlan plan, boolean ok, String detail) {
        AuditLedger.Outcome outcome = !ok ? AuditLedger.Outcome.FAILED
                : plan.kind() == ApprovalPlan.Kind.ROLLBACK ? AuditLedger.Outcome.ROLLED_BACK : AuditLedger.Outcome.APPLIED;
        LOG.info("audit {} seq {}: {}", plan.kind(), seq, outcome.id());
        new AuditLedger(db, clock).finish(seq, outcome, detail);
    }

    /** A refused signature (outside a run): opens the target's database; a failure to record is logged, not thrown. */
    void signatureRefused(ServerTarget target, StoredPlan plan, String actor, String detail) {
        try (DatabaseHandle db = ProtectedServer.open(target)) {
            write(db, new Decided(target, plan.plan(), plan.report(), plan.decision(), "server config", null, actor),
                    plan.principals(), plan.request().nonce(), AuditLedger.Outcome.REFUSED, "signature for plan " + plan.id()
                            + " refused: " + detail);
        } catch (RuntimeException e) {
            LOG.error("could not write the audit ledger of target {}: {}", target.name(), e.getMessage());
        }
    }

    private long write(DatabaseHandle db, Decided d, List<String> signers, String nonce, AuditLedger.Outcome outcome,
                       String detail) {
        String operation = d.plan().kind() == ApprovalPlan.Kind.ROLLBACK ? "rollback" : "apply";
        LOG.info("audit {} {} {} {} {}: {}", d.target().name(), operation, d.plan().digest(), outcome.id(),
                signers.isEmpty() ? "-" : String.join(", ", signers), detail);
        List<String> findings = d.report() == null ? List.of() : d.report().findings().stream().map(Finding::ruleId).toList();
        return new AuditLedger(db, clock).record(new AuditLedger.Event(operation, d.target().name(), d.plan().digest(),
                findings, d.decision() == null ? "unknown" : d.decision().action().id(), d.policySource(), d.policyDigest(),
                signers.isEmpty() ? null : String.join(", ", signers), nonce, d.actor(), outcome, oneLine(detail)));
    }

    private static String oneLine(String s) {
        if (s == null) return null;
        String line = s.replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 1900 ? line.substring(0, 1900) + "…" : line;
    }
}
