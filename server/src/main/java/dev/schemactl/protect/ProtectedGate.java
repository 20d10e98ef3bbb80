package dev.schemactl.protect;

import dev.schemactl.config.ProjectFile;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.MatchedRule;
import dev.schemactl.policy.Policy;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.policy.ssh.SignedApprovalVerifier;
import dev.schemactl.policy.ssh.VerifiedApproval;
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
 * only when the {@link PlanStore} holds it approved by enough signatures, which are verified again here against the
 * target's allowed_signers and consumed (single use) in the approval ledger. Every decision, refusals included, goes
 * to the audit ledger of the target database.
 */
final class ProtectedGate implements RunGate {
    private final ServerTarget target;
    private final ProtectedServer server;
    private final String actor;

    ProtectedGate(ServerTarget target, ProtectedServer server, String actor) {
        this.target = target;
        this.server = server;
        this.actor = actor;
    }

    @Override
    public Admission admit(ApprovalPlan plan, RiskReport report, DatabaseHandle db, String token) {
        EngineKind engine = db.engine().kind();
        ProtectedServer.PolicyInForce serverPolicy = server.policy(target);
        Decision decision = serverPolicy.policy().decide(report, engine, target.environment());
        int required = serverPolicy.policy().requiredApprovals(decision);
        String source = "server config target " + target.name() + ": " + serverPolicy.policy().source();
        ProtectedAudit.Decided decided = new ProtectedAudit.Decided(target, plan, report, decision, source, serverPolicy.digest(), actor);
        if (token != null) {
            throw refuse(db, decided, null, new SchemactlException(ErrorCode.USAGE, "protected mode takes no confirmation token",
                    "a human approves with `schemactl approve --server`"), null);
        }
        Optional<Policy> projectPolicy;
        try {
            projectPolicy = projectPolicy();
        } catch (SchemactlException e) {
            throw refuse(db, decided, null, new SchemactlException(ErrorCode.CONFIG,
                    "the project's own policy cannot be read, so nothing runs: " + e.getMessage(), e.hint()), null);
        }
        if (projectPolicy.isPresent()) {
            Decision project = projectPolicy.get().decide(report, engine, target.environment());
            required = Math.max(required, projectPolicy.get().requiredApprovals(project));
            decision = stricter(decision, project);
            source = source + " + project " + projectPolicy.get().source();
            decided = new ProtectedAudit.Decided(target, plan, report, decision, source, serverPolicy.digest(), actor);
        }
        if (decision.action() == Action.DENY) {
            String message = "refused by policy " + source + ": " + decision.reason();
            throw refuse(db, decided, verdict(PolicyGate.Outcome.DENIED, decision, plan, null, message),
                    new SchemactlException(ErrorCode.POLICY_REFUSED, message,
                            "change the plan (see the findings' safe alternatives); an approval cannot override a deny"), null);
        }
        if (decision.action() == Action.ALLOW) {
            long seq = server.audit().started(db, decided, List.of(), null, "allowed by policy " + source);
            return finished(plan, seq, null);
        }
        DatabaseFingerprint fingerprint = DatabaseFingerprint.of(db);
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
                server.audit().refused(db, decided, p.principals(), "approval of plan " + p.id() + " refused at run time: " + e.getMessage());
                throw e;
            }
            long seq = server.audit().started(db, decided, p.principals(), p.request().nonce(), "approved plan " + p.id()
                    + " by " + verified.principals() + " (ssh signature" + (p.principals().size() > 1 ? "s" : "") + ")");
            return finished(plan, seq, p.request().nonce());
        }
        required = Math.max(required, 1);
        StoredPlan waiting = server.plans().waiting(target.name(), plan, fingerprint, report, decision,
                ApprovalService.confirmationPhrase(report), required, target.approvalExpiry());
        String command = server.approveCommand(target, waiting.id());
        String message = "confirmation required by policy " + source + ": " + decision.reason() + "; plan " + waiting.id()
                + " waits for " + (required > 1 ? required + " distinct human approvals" : "a human's approval")
                + ": `" + command + "`";
        throw refuse(db, decided, verdict(PolicyGate.Outcome.CONFIRMATION_REQUIRED, decision, plan, command, message),
                new SchemactlException(ErrorCode.CONFIRMATION, message,
                        "a human runs `" + command + "` and signs with their SSH key; then call again"), waiting.id());
    }

    private Admission finished(ApprovalPlan plan, long seq, String nonce) {
        return (db, applied) -> {
            if (nonce != null) {
                new ApprovalLedger(db, server.clock()).recordOutcome(nonce,
                        applied ? ApprovalLedger.Outcome.APPLIED : ApprovalLedger.Outcome.FAILED);
            }
            server.audit().finish(db, seq, plan, applied, (plan.kind() == ApprovalPlan.Kind.ROLLBACK ? "rolled back " : "applied ")
                    + String.join(", ", plan.versions()) + (applied ? "" : " (failed)"));
        };
    }

    /** Records the refusal and returns what to throw: a GateRefusal with the verdict, else the error itself. */
    private SchemactlException refuse(DatabaseHandle db, ProtectedAudit.Decided decided, PolicyGate.Verdict verdict,
                                      SchemactlException error, String planId) {
        server.audit().refused(db, decided, List.of(), error.getMessage());
        return verdict == null ? error : new GateRefusal(error, verdict, decided.report(), planId);
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
        try {
            if (!file.toRealPath().startsWith(target.project().toRealPath())) {
                // the agent writes the checkout: a link could make the server parse (and quote) any file it may read
                throw new SchemactlException(ErrorCode.CONFIG, "the project's policy " + named + " lies outside the project",
                        "keep the project's policy file inside the checkout");
            }
        } catch (java.io.IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot resolve the project's policy " + named, "check the checkout");
        }
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
