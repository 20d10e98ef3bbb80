package dev.schemactl.protect;

import dev.schemactl.config.ProjectFile;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.policy.ssh.SignedApprovalVerifier;
import dev.schemactl.policy.ssh.VerifiedApproval;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.MatchedRule;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.service.ApprovalService;
import dev.schemactl.service.GateRefusal;
import dev.schemactl.service.PolicyGate;
import dev.schemactl.service.RunGate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The protected server's gate for one target. The decision is the stricter of the server's policy for the target and
 * the project's own policy (schemactl.yaml's {@code policy:}, which may only add to it); a plan that needs a human runs
 * only when the {@link PlanStore} holds it approved by enough signatures, and then once. Every decision, refusals
 * included, goes to the audit ledger of the target database.
 */
final class ProtectedGate implements RunGate {
    private final ServerTarget target;
    private final ProtectedServer server;

    ProtectedGate(ServerTarget target, ProtectedServer server) {
        this.target = target;
        this.server = server;
    }

    @Override
    public Admission admit(ApprovalPlan plan, RiskReport report, DatabaseHandle db, String token) {
        if (token != null) {
            refuse(db, plan, report, null, "a token was passed", new SchemactlException(ErrorCode.USAGE,
                    "protected mode takes no confirmation token", "a human approves with `schemactl approve --server`"), null);
        }
        EngineKind engine = db.engine().kind();
        Policy serverPolicy = server.policy(target);
        Decision decision = serverPolicy.decide(report, engine, target.environment());
        Optional<Policy> projectPolicy;
        try {
            projectPolicy = projectPolicy();
        } catch (SchemactlException e) {
            refuse(db, plan, report, decision, "project policy unreadable", new SchemactlException(ErrorCode.CONFIG,
                    "the project's own policy cannot be read, so nothing runs: " + e.getMessage(), e.hint()), null);
            throw e; // not reached
        }
        String source = serverPolicy.source();
        if (projectPolicy.isPresent()) {
            Decision project = projectPolicy.get().decide(report, engine, target.environment());
            decision = stricter(decision, project);
            source = source + " + project " + projectPolicy.get().source();
        }
        DatabaseFingerprint fingerprint = DatabaseFingerprint.of(db);
        String what = plan.kind() == ApprovalPlan.Kind.ROLLBACK ? "rollback" : "apply";
        if (decision.action() == Action.DENY) {
            String message = "refused by policy " + source + " on target " + target.name() + ": " + decision.reason();
            refuse(db, plan, report, decision, "denied", new SchemactlException(ErrorCode.POLICY_REFUSED, message,
                    "change the plan (see the findings' safe alternatives); an approval cannot override a deny"),
                    verdict(PolicyGate.Outcome.DENIED, decision, plan, null, message));
        }
        if (decision.action() == Action.ALLOW) {
            server.audit().record(db, target, plan, report, decision, "allowed", List.of(), null,
                    "allowed by policy " + source);
            return finished(plan, report, decision, List.of(), null, null);
        }
        Optional<StoredPlan> approved = server.plans().take(target.name(), plan, fingerprint);
        if (approved.isPresent()) {
            StoredPlan p = approved.get();
            VerifiedApproval verified;
            try {
                // again at run time, against allowed_signers as they are now; then the nonce is consumed in the database
                verified = SignedApprovalVerifier.verify(p.signedApproval(), new SignedApprovalVerifier.Expected(
                                PlanStore.operation(plan), target.name(), plan.digest(), fingerprint, target.approvalExpiry()),
                        AllowedSigners.load(target.allowedSigners()), p.requiredApprovers(), server.now());
                new ApprovalLedger(db, server.clock()).consume(verified);
            } catch (ApprovalRefused e) {
                refuse(db, plan, report, decision, "approval", e, null, p.id());
                throw e; // not reached
            }
            server.audit().record(db, target, plan, report, decision, "approved", p.principals(), p.id(),
                    "approved by " + String.join(", ", p.principals()) + " (ssh signature" + (p.principals().size() > 1 ? "s" : "")
                            + ", nonce " + p.request().nonce() + ")");
            return finished(plan, report, decision, p.principals(), p.id(), verified.request().nonce());
        }
        StoredPlan waiting = server.plans().waiting(target.name(), plan, fingerprint, report, decision,
                ApprovalService.confirmationPhrase(report), server.requiredApprovers(decision, serverPolicy, projectPolicy),
                target.approvalExpiry());
        String command = server.approveCommand(target, waiting.id());
        String message = "confirmation required by policy " + source + " on target " + target.name() + ": " + decision.reason()
                + "; plan " + waiting.id() + " waits for " + waiting.requiredApprovers() + " human approval"
                + (waiting.requiredApprovers() > 1 ? "s" : "") + ": `" + command + "`";
        refuse(db, plan, report, decision, "confirmation_required", new SchemactlException(ErrorCode.CONFIRMATION, message,
                        "a human runs `" + command + "` and signs with their SSH key; then call again"),
                verdict(PolicyGate.Outcome.CONFIRMATION_REQUIRED, decision, plan, command, message), waiting.id());
        throw new IllegalStateException("not reached");
    }

    private Admission finished(ApprovalPlan plan, RiskReport report, Decision decision, List<String> principals, String planId,
                               String nonce) {
        return (db, applied) -> {
            if (nonce != null) {
                new ApprovalLedger(db, server.clock()).recordOutcome(nonce,
                        applied ? ApprovalLedger.Outcome.APPLIED : ApprovalLedger.Outcome.FAILED);
            }
            server.audit().record(db, target, plan, report, decision, applied ? "applied" : "failed",
                principals, planId, (plan.kind() == ApprovalPlan.Kind.ROLLBACK ? "rolled back " : "applied ")
                        + String.join(", ", plan.versions()) + (applied ? "" : " (failed)"));
        };
    }

    private void refuse(DatabaseHandle db, ApprovalPlan plan, RiskReport report, Decision decision, String outcome,
                        SchemactlException error, PolicyGate.Verdict verdict) {
        refuse(db, plan, report, decision, outcome, error, verdict, null);
    }

    private void refuse(DatabaseHandle db, ApprovalPlan plan, RiskReport report, Decision decision, String outcome,
                        SchemactlException error, PolicyGate.Verdict verdict, String planId) {
        server.audit().record(db, target, plan, report, decision, "refused: " + outcome, List.of(), planId, error.getMessage());
        if (verdict == null) throw error;
        throw new GateRefusal(error, verdict, report, planId);
    }

    private static PolicyGate.Verdict verdict(PolicyGate.Outcome outcome, Decision decision, ApprovalPlan plan, String command,
                                              String message) {
        return new PolicyGate.Verdict(outcome, decision, plan.digest(), command, message, null, null);
    }

    /** The project's own policy file (schemactl.yaml's policy:, nothing else): it may only make decisions stricter. */
    private Optional<Policy> projectPolicy() {
        String named = ProjectFile.load(target.project()).policy();
        if (named == null || named.isBlank()) return Optional.empty();
        Path file = target.project().resolve(named).normalize();
        if (!Files.isRegularFile(file)) return Optional.empty();
        return Optional.of(Policy.load(file, target.project()));
    }

    /** The stricter action wins; the matched rules of both are kept (the server's first). */
    static Decision stricter(Decision server, Decision project) {
        List<MatchedRule> matched = new ArrayList<>(server.matched());
        matched.addAll(project.matched());
        Action action = Action.strictest(server.action(), project.action());
        String reason = action == server.action() ? server.reason() : project.reason() + " (project policy)";
        return new Decision(action, matched, reason);
    }
}
