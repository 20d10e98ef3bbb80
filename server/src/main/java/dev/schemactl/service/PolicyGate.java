package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.AuditLedger;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalToken;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.policy.Policy;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.SignedApproval;
import dev.schemactl.policy.ssh.SignedApprovalVerifier;
import dev.schemactl.policy.ssh.VerifiedApproval;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the policy whether a plan may run and, when it needs a human's confirmation, checks and consumes the
 * approval token. Use it right before applying (migrate) or undoing (rollback), with the database open:
 * <pre>{@code
 * ApprovalPlan plan = ApprovalPlan.migrate(files, ApprovalPlan.applied(db), toVersion);   // or ApprovalPlan.rollback(...)
 * RiskReport report = scorer.score(plan, db);
 * PolicyGate gate = PolicyGate.fromEnvironment(policy, env);
 * PolicyGate.Verdict verdict = gate.check(report, plan, db, settings.environment(), token).orThrow();
 * boolean ok = false;
 * try { migrator.migrate(toVersion); ok = true; }
 * finally { gate.recordOutcome(db, verdict, ok); }
 * }</pre>
 * Outcomes: {@code ALLOWED} (the policy allows it, or a valid token was consumed), {@code CONFIRMATION_REQUIRED}
 * (no token, or the token was refused — {@link Verdict#refusal()} says which check failed; the verdict carries the
 * exact `schemactl approve …` command a human must run) and {@code DENIED} (no token overrides a deny).
 * {@link Verdict#orThrow()} turns the last two into POLICY_REFUSED / CONFIRMATION errors (exit code 3).
 * A token is consumed only when it is needed and passes every check; a token given for a plan the policy allows
 * is left unused.
 *
 * <p>With allowed_signers (issue 9) the approval is an SSH-signed {@link SignedApproval} (a file path or its text)
 * instead of an sc1. token, verified with public keys only; a rule's {@code approvals: N} needs N distinct signers,
 * which an HMAC token (one approver) can never satisfy. With an {@link Audit}, every decision is written to the
 * {@link AuditLedger}: refusals when they happen, runs as "started" and then their outcome.
 */
public final class PolicyGate {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyGate.class);

    public enum Outcome { ALLOWED, CONFIRMATION_REQUIRED, DENIED }

    /**
     * What the gate decided.
     *
     * @param planDigest     the digest of the plan checked
     * @param approveCommand the command a human runs to approve this plan; null unless confirmation is required
     * @param approval       the HMAC token consumed to allow this run; null when none was
     * @param refusal        why a given approval was refused; null when none was refused
     * @param signed         the SSH-signed approval consumed to allow this run; null when none was
     * @param auditSeq       the audit ledger row of this decision; -1 when none was written
     */
    public record Verdict(Outcome outcome, Decision decision, String planDigest, String approveCommand, String message,
                          ApprovalToken approval, ApprovalRefused.Check refusal, VerifiedApproval signed, long auditSeq)
            implements Result {

        public Verdict(Outcome outcome, Decision decision, String planDigest, String approveCommand, String message,
                       ApprovalToken approval, ApprovalRefused.Check refusal) {
            this(outcome, decision, planDigest, approveCommand, message, approval, refusal, null, -1);
        }

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }

        /** True when a human's approval (token or signatures) let this run go ahead. */
        public boolean approved() {
            return approval != null || signed != null;
        }

        /** This verdict when allowed; otherwise the error to stop with (exit code 3). */
        public Verdict orThrow() {
            if (outcome == Outcome.DENIED) {
                throw new SchemactlException(ErrorCode.POLICY_REFUSED, message,
                        "change the plan (see the findings' safe alternatives) or the policy; an approval cannot override a deny");
            }
            if (outcome == Outcome.CONFIRMATION_REQUIRED) {
                throw new SchemactlException(ErrorCode.CONFIRMATION, message, "a human runs `" + approveCommand
                        + "` at a terminal and passes what it prints (a token, or a signed approval file) with --confirm");
            }
            return this;
        }

        Verdict audited(long seq) {
            return new Verdict(outcome, decision, planDigest, approveCommand, message, approval, refusal, signed, seq);
        }

        @Override
        public String text() {
            return message + "\n";
        }
    }

    /**
     * What the audit ledger records besides the decision.
     *
     * @param target       the deployment target ("local" in local mode)
     * @param policySource the policy's path or "built-in default policy"
     * @param actor        who asked (e.g. "cli:alice", "mcp:claude-code")
     */
    public record Audit(String target, String policySource, String policyDigest, String actor) {
    }

    private final Policy policy;
    private final Supplier<ApprovalKey> key;
    private final Clock clock;
    private final AllowedSigners signers;
    private final Audit audit;

    /**
     * @param key supplies the verification key; called only when a token must be checked
     */
    public PolicyGate(Policy policy, Supplier<ApprovalKey> key, Clock clock) {
        this(policy, key, clock, null, null);
    }

    /**
     * @param signers when not null, approvals must be SSH signatures by these keys (HMAC tokens are refused)
     * @param audit   when not null, every decision is written to the audit ledger
     */
    public PolicyGate(Policy policy, Supplier<ApprovalKey> key, Clock clock, AllowedSigners signers, Audit audit) {
        this.policy = policy;
        this.key = key;
        this.clock = clock;
        this.signers = signers;
        this.audit = audit;
    }

    /** A gate with the approval key of this environment ({@link ApprovalKey#load}) and the system clock. */
    public static PolicyGate fromEnvironment(Policy policy, Map<String, String> env) {
        return new PolicyGate(policy, () -> ApprovalKey.load(env), Clock.systemUTC());
    }

    public Policy policy() {
        return policy;
    }

    /** True when approvals must be SSH signatures. */
    public boolean signedApprovals() {
        return signers != null;
    }

    /** {@link #check(RiskReport, String, String, DatabaseHandle, String, String)} for a plan built by {@link ApprovalPlan}. */
    public Verdict check(RiskReport report, ApprovalPlan plan, DatabaseHandle db, String environment, String token) {
        return check(report, plan.sql(), plan.approveArgs(), plan.kind() == ApprovalPlan.Kind.ROLLBACK
                ? ApprovalRequest.Operation.ROLLBACK : ApprovalRequest.Operation.APPLY, db, environment, token);
    }

    /** {@link #check(RiskReport, String, String, ApprovalRequest.Operation, DatabaseHandle, String, String)} of an apply. */
    public Verdict check(RiskReport report, String planSql, String approveArgs, DatabaseHandle db, String environment,
                         String token) {
        return check(report, planSql, approveArgs, ApprovalRequest.Operation.APPLY, db, environment, token);
    }

    /**
     * Decides whether the plan may run now.
     *
     * @param planSql     the exact SQL about to run (its {@link PlanDigest} must equal the approved one)
     * @param approveArgs the `schemactl approve` arguments selecting this plan, for the message
     * @param operation   apply or rollback (a signed approval names it)
     * @param environment --env / SCHEMACTL_ENV; null when none is set
     * @param token       an approval token, a signed approval (file path or text), or null
     */
    public Verdict check(RiskReport report, String planSql, String approveArgs, ApprovalRequest.Operation operation,
                         DatabaseHandle db, String environment, String token) {
        Verdict v = decide(report, planSql, approveArgs, operation, db, environment, token);
        return audit == null ? v : v.audited(record(db, v, report, operation));
    }

    private Verdict decide(RiskReport report, String planSql, String approveArgs, ApprovalRequest.Operation operation,
                           DatabaseHandle db, String environment, String token) {
        Decision decision = policy.decide(report, db.engine().kind(), environment);
        String digest = PlanDigest.of(planSql);
        if (decision.action() == Action.DENY) {
            return new Verdict(Outcome.DENIED, decision, digest, null,
                    "refused by policy " + policy.source() + ": " + decision.reason(), null, null);
        }
        if (decision.action() == Action.ALLOW) {
            return new Verdict(Outcome.ALLOWED, decision, digest, null, "allowed by policy " + policy.source()
                    + ": " + decision.reason() + (token == null ? "" : " (the approval was not needed and is left unused)"),
                    null, null);
        }
        String command = "schemactl approve" + (approveArgs == null || approveArgs.isBlank() ? "" : " " + approveArgs)
                + (environment == null ? "" : " --env " + environment);
        int required = policy.requiredApprovals(decision);
        String needed = "confirmation required by policy " + policy.source() + ": " + decision.reason()
                + (required > 1 ? " (" + required + " distinct approvers)" : "");
        if (token == null || token.isBlank()) {
            return new Verdict(Outcome.CONFIRMATION_REQUIRED, decision, digest, command,
                    needed + "; run `" + command + "` against " + db.url().masked(), null, null);
        }
        try {
            DatabaseFingerprint fp = DatabaseFingerprint.of(db);
            if (signers != null) {
                VerifiedApproval signed = verifySigned(token.strip(), operation, digest, fp, required);
                new ApprovalLedger(db, clock).consume(signed);
                return new Verdict(Outcome.ALLOWED, decision, digest, null, "approved by " + signed.principals()
                        + " (SSH signature" + (signed.signers().size() > 1 ? "s" : "") + ") at " + signed.request().issuedAt()
                        + ": " + decision.reason(), null, null, signed, -1);
            }
            if (!token.strip().startsWith(ApprovalToken.PREFIX) && SignedApproval.looksLikeText(token)) {
                throw ApprovalRefused.signed(ApprovalRefused.Check.UNKNOWN_KEY, "this project has no allowed_signers, so an SSH "
                        + "signature cannot be checked (set approvals.allowed_signers in schemactl.yaml)");
            }
            if (required > 1) {
                throw new ApprovalRefused(ApprovalRefused.Check.SIGNATURE, "the policy requires " + required
                        + " distinct approvers, and a token carries one; configure allowed_signers for SSH-signed approvals");
            }
            ApprovalKey verifyingKey;
            try {
                verifyingKey = key.get();
            } catch (ApprovalRefused e) {
                throw e;
            } catch (SchemactlException e) { // no key file yet: no token can be genuine
                throw new ApprovalRefused(ApprovalRefused.Check.SIGNATURE, e.getMessage());
            }
            ApprovalTokens tokens = new ApprovalTokens(verifyingKey, clock);
            ApprovalToken approval = tokens.verify(token, digest, fp);
            new ApprovalLedger(db, clock).consume(approval);
            return new Verdict(Outcome.ALLOWED, decision, digest, null, "approved by " + approval.approver() + " ("
                    + approval.method() + ") at " + approval.issuedAt() + ": " + decision.reason(), approval, null);
        } catch (ApprovalRefused e) {
            return new Verdict(Outcome.CONFIRMATION_REQUIRED, decision, digest, command,
                    e.getMessage() + "; " + needed + "; run `" + command + "` against " + db.url().masked(), null, e.check());
        }
    }

    private VerifiedApproval verifySigned(String token, ApprovalRequest.Operation operation, String digest,
                                          DatabaseFingerprint fp, int required) {
        if (token.startsWith(ApprovalToken.PREFIX)) {
            throw ApprovalRefused.signed(ApprovalRefused.Check.MALFORMED, "this project requires SSH-signed approvals "
                    + "(allowed_signers " + signers.source() + "); an sc1. token is not accepted");
        }
        SignedApproval approval;
        try {
            approval = SignedApproval.fromArgument(token);
        } catch (ApprovalRefused e) {
            throw e;
        } catch (SchemactlException e) {
            throw ApprovalRefused.signed(ApprovalRefused.Check.ARMOR, e.getMessage());
        }
        return SignedApprovalVerifier.verify(approval, new SignedApprovalVerifier.Expected(operation,
                ApprovalRequest.LOCAL_TARGET, digest, fp, policy.confirmation().expiry()), signers, required, clock.instant());
    }

    private long record(DatabaseHandle db, Verdict v, RiskReport report, ApprovalRequest.Operation operation) {
        List<String> findings = report.findings().stream().map(Finding::ruleId).toList();
        String signersText = v.signed() != null ? v.signed().principals()
                : v.approval() != null ? v.approval().approver() + " (" + v.approval().method() + ")" : null;
        String nonce = v.signed() != null ? v.signed().request().nonce() : v.approval() != null ? v.approval().nonce() : null;
        String decision = v.decision() == null ? "?" : v.decision().action().id();
        AuditLedger.Event event = new AuditLedger.Event(operation.id(), audit.target(), v.planDigest(), findings, decision,
                audit.policySource(), audit.policyDigest(), signersText, nonce, audit.actor(),
                v.allowed() ? AuditLedger.Outcome.STARTED : AuditLedger.Outcome.REFUSED, v.allowed() ? null : v.message());
        if (v.allowed()) return new AuditLedger(db, clock).record(event); // a run that cannot be put on record does not run
        try {
            return new AuditLedger(db, clock).record(event);
        } catch (RuntimeException e) {
            LOG.warn("could not record the refusal in {}: {}", AuditLedger.table(db), e.getMessage());
            return -1;
        }
    }

    /** Records a warning (e.g. a looser policy in force) in the audit ledger; no-op without an {@link Audit}. */
    public void warn(DatabaseHandle db, ApprovalPlan plan, RiskReport report, String warning) {
        LOG.warn(warning);
        if (audit == null) return;
        new AuditLedger(db, clock).record(new AuditLedger.Event("policy", audit.target(), plan.digest(),
                report.findings().stream().map(Finding::ruleId).toList(), "warning", audit.policySource(), audit.policyDigest(),
                null, null, audit.actor(), AuditLedger.Outcome.WARNING, warning));
    }

    /** Records how the run ended: the consumed approval's outcome and the audit row's (no-op for what was not recorded). */
    public void recordOutcome(DatabaseHandle db, Verdict verdict, boolean applied) {
        recordOutcome(db, verdict, applied, false);
    }

    /** {@link #recordOutcome(DatabaseHandle, Verdict, boolean)}; {@code rollback} records a success as rolled_back. */
    public void recordOutcome(DatabaseHandle db, Verdict verdict, boolean applied, boolean rollback) {
        String nonce = verdict.signed() != null ? verdict.signed().request().nonce()
                : verdict.approval() != null ? verdict.approval().nonce() : null;
        if (nonce != null) {
            new ApprovalLedger(db, clock).recordOutcome(nonce, applied ? ApprovalLedger.Outcome.APPLIED : ApprovalLedger.Outcome.FAILED);
        }
        if (verdict.auditSeq() >= 0) {
            new AuditLedger(db, clock).finish(verdict.auditSeq(), !applied ? AuditLedger.Outcome.FAILED
                    : rollback ? AuditLedger.Outcome.ROLLED_BACK : AuditLedger.Outcome.APPLIED, null);
        }
    }
}
