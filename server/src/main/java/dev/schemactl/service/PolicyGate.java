package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalToken;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.RiskReport;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

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
 */
public final class PolicyGate {
    public enum Outcome { ALLOWED, CONFIRMATION_REQUIRED, DENIED }

    /**
     * What the gate decided.
     *
     * @param planDigest     the digest of the plan checked
     * @param approveCommand the command a human runs to approve this plan; null unless confirmation is required
     * @param approval       the token consumed to allow this run; null when none was
     * @param refusal        why a given token was refused; null when none was refused
     */
    public record Verdict(Outcome outcome, Decision decision, String planDigest, String approveCommand, String message,
                          ApprovalToken approval, ApprovalRefused.Check refusal) implements Result {

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }

        /** This verdict when allowed; otherwise the error to stop with (exit code 3). */
        public Verdict orThrow() {
            if (outcome == Outcome.DENIED) {
                throw new SchemactlException(ErrorCode.POLICY_REFUSED, message,
                        "change the plan (see the findings' safe alternatives) or the policy; an approval cannot override a deny");
            }
            if (outcome == Outcome.CONFIRMATION_REQUIRED) {
                throw new SchemactlException(ErrorCode.CONFIRMATION, message, "a human runs `" + approveCommand
                        + "` at a terminal and passes the token it prints");
            }
            return this;
        }

        @Override
        public String text() {
            return message + "\n";
        }
    }

    private final Policy policy;
    private final Supplier<ApprovalKey> key;
    private final Clock clock;

    /**
     * @param key supplies the verification key; called only when a token must be checked
     */
    public PolicyGate(Policy policy, Supplier<ApprovalKey> key, Clock clock) {
        this.policy = policy;
        this.key = key;
        this.clock = clock;
    }

    /** A gate with the approval key of this environment ({@link ApprovalKey#load}) and the system clock. */
    public static PolicyGate fromEnvironment(Policy policy, Map<String, String> env) {
        return new PolicyGate(policy, () -> ApprovalKey.load(env), Clock.systemUTC());
    }

    public Policy policy() {
        return policy;
    }

    /** {@link #check(RiskReport, String, String, DatabaseHandle, String, String)} for a plan built by {@link ApprovalPlan}. */
    public Verdict check(RiskReport report, ApprovalPlan plan, DatabaseHandle db, String environment, String token) {
        return check(report, plan.sql(), plan.approveArgs(), db, environment, token);
    }

    /**
     * Decides whether the plan may run now.
     *
     * @param planSql     the exact SQL about to run (its {@link PlanDigest} must equal the approved one)
     * @param approveArgs the `schemactl approve` arguments selecting this plan, for the message
     * @param environment --env / SCHEMACTL_ENV; null when none is set
     * @param token       an approval token, or null
     */
    public Verdict check(RiskReport report, String planSql, String approveArgs, DatabaseHandle db, String environment,
                         String token) {
        Decision decision = policy.decide(report, db.engine().kind(), environment);
        String digest = PlanDigest.of(planSql);
        if (decision.action() == Action.DENY) {
            return new Verdict(Outcome.DENIED, decision, digest, null,
                    "refused by policy " + policy.source() + ": " + decision.reason(), null, null);
        }
        if (decision.action() == Action.ALLOW) {
            return new Verdict(Outcome.ALLOWED, decision, digest, null, "allowed by policy " + policy.source()
                    + ": " + decision.reason() + (token == null ? "" : " (the approval token was not needed and is left unused)"),
                    null, null);
        }
        String command = "schemactl approve" + (approveArgs == null || approveArgs.isBlank() ? "" : " " + approveArgs)
                + (environment == null ? "" : " --env " + environment);
        String needed = "confirmation required by policy " + policy.source() + ": " + decision.reason();
        if (token == null || token.isBlank()) {
            return new Verdict(Outcome.CONFIRMATION_REQUIRED, decision, digest, command,
                    needed + "; run `" + command + "` against " + db.url().masked(), null, null);
        }
        try {
            ApprovalTokens tokens = new ApprovalTokens(key.get(), clock);
            ApprovalToken approval = tokens.verify(token, digest, DatabaseFingerprint.of(db));
            new ApprovalLedger(db, clock).consume(approval);
            return new Verdict(Outcome.ALLOWED, decision, digest, null, "approved by " + approval.approver() + " ("
                    + approval.method() + ") at " + approval.issuedAt() + ": " + decision.reason(), approval, null);
        } catch (ApprovalRefused e) {
            return new Verdict(Outcome.CONFIRMATION_REQUIRED, decision, digest, command,
                    e.getMessage() + "; " + needed + "; run `" + command + "` against " + db.url().masked(), null, e.check());
        }
    }

    /** Records how the run a consumed token allowed ended (no-op when no token was consumed). */
    public void recordOutcome(DatabaseHandle db, Verdict verdict, boolean applied) {
        if (verdict.approval() == null) return;
        new ApprovalLedger(db, clock).recordOutcome(verdict.approval().nonce(),
                applied ? ApprovalLedger.Outcome.APPLIED : ApprovalLedger.Outcome.FAILED);
    }
}
