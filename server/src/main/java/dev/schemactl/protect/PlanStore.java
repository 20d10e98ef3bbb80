package dev.schemactl.protect;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.SshSignatureVerifier;
import dev.schemactl.policy.ssh.VerifiedSigner;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalPlan;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The refused plans of a protected server, waiting for signatures. A plan is approved when {@code requiredApprovers}
 * distinct keys in the target's allowed_signers signed its exact {@link ApprovalRequest}; it then lets exactly one run
 * of the same SQL, on the same target and database, before its expiry. Kept in memory: a restart forgets waiting
 * plans (the agent's next call stores the plan again). Every method is atomic.
 */
public final class PlanStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_PLANS = 1000;

    private final Clock clock;
    private final Map<String, StoredPlan> plans = new LinkedHashMap<>();

    public PlanStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * The waiting plan for exactly this run, or a new one: the same target, operation, SQL digest and database reuse
     * the stored plan until it expires, so an agent retrying does not pile up plans.
     */
    public synchronized StoredPlan waiting(String target, ApprovalPlan plan, DatabaseFingerprint database, RiskReport report,
                                           Decision decision, String phrase, int requiredApprovers, Duration validity) {
        Instant now = clock.instant();
        ApprovalRequest.Operation operation = operation(plan);
        for (StoredPlan p : plans.values()) {
            if (p.state() == StoredPlan.State.WAITING && !p.expiredAt(now) && same(p, target, operation, plan.digest(), database)) {
                return p;
            }
        }
        plans.values().removeIf(p -> p.expiredAt(now) || p.state() == StoredPlan.State.USED);
        if (plans.size() >= MAX_PLANS) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "the server holds " + MAX_PLANS + " plans waiting for approval",
                    "approve or let some expire before asking again");
        }
        ApprovalRequest request = ApprovalRequest.create(operation, target, plan.digest(), database, now, validity);
        StoredPlan stored = new StoredPlan(newId(), request, plan, report, decision, phrase, Math.max(1, requiredApprovers),
                java.util.List.of(), java.util.List.of(), StoredPlan.State.WAITING);
        plans.put(stored.id(), stored);
        return stored;
    }

    public synchronized Optional<StoredPlan> get(String id) {
        StoredPlan p = plans.get(id);
        if (p != null && p.state() == StoredPlan.State.WAITING && p.expiredAt(clock.instant())) {
            p = p.with(StoredPlan.State.EXPIRED);
            plans.put(id, p);
        }
        return Optional.ofNullable(p);
    }

    /**
     * Adds a signature to a waiting plan: it must verify over the plan's own request text with a key of
     * {@code signers}, before the request expires, from a signer who has not signed it yet.
     *
     * @throws ApprovalRefused naming the failed check; SchemactlException NOT_FOUND for an unknown id
     */
    public synchronized StoredPlan sign(String id, String armoredSignature, AllowedSigners signers) {
        StoredPlan p = plans.get(id);
        if (p == null) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "no plan " + shown(id) + " is waiting for approval on this server",
                    "the agent's next apply_migration / rollback stores the plan again and names its id");
        }
        Instant now = clock.instant();
        if (p.state() == StoredPlan.State.USED) {
            throw ApprovalRefused.signed(Check.REPLAY, "plan " + id + " was already approved and has run; an approval runs once");
        }
        if (p.expiredAt(now)) {
            throw ApprovalRefused.signed(Check.EXPIRED, "plan " + id + "'s approval request expired at " + p.request().expiresAt());
        }
        VerifiedSigner signer = SshSignatureVerifier.verify(p.request().signedBytes(), armoredSignature,
                ApprovalRequest.NAMESPACE, signers, now);
        for (VerifiedSigner earlier : p.signers()) {
            if (earlier.fingerprint().equals(signer.fingerprint()) || earlier.principal().equals(signer.principal())) {
                throw ApprovalRefused.signed(Check.APPROVERS, signer.describe() + " already signed plan " + id
                        + "; the policy asks for " + p.requiredApprovers() + " distinct approvers");
            }
        }
        if (p.state() == StoredPlan.State.APPROVED) {
            throw ApprovalRefused.signed(Check.REPLAY, "plan " + id + " is already approved by " + String.join(", ", p.principals()));
        }
        StoredPlan signed = p.withSigner(signer, armoredSignature);
        plans.put(id, signed);
        return signed;
    }

    /**
     * Takes the approved plan for exactly this run, marking it used: it lets this one run and never another.
     * Empty when there is none (or it expired).
     */
    public synchronized Optional<StoredPlan> take(String target, ApprovalPlan plan, DatabaseFingerprint database) {
        Instant now = clock.instant();
        ApprovalRequest.Operation operation = operation(plan);
        for (StoredPlan p : plans.values()) {
            if (p.state() == StoredPlan.State.APPROVED && !p.expiredAt(now) && same(p, target, operation, plan.digest(), database)) {
                StoredPlan used = p.with(StoredPlan.State.USED);
                plans.put(p.id(), used);
                return Optional.of(used);
            }
        }
        return Optional.empty();
    }

    private static boolean same(StoredPlan p, String target, ApprovalRequest.Operation operation, String digest,
                                DatabaseFingerprint database) {
        ApprovalRequest r = p.request();
        return r.target().equals(target) && r.operation() == operation && PlanDigest.same(r.planDigest(), digest)
                && r.database().equals(database);
    }

    static ApprovalRequest.Operation operation(ApprovalPlan plan) {
        return plan.kind() == ApprovalPlan.Kind.ROLLBACK ? ApprovalRequest.Operation.ROLLBACK : ApprovalRequest.Operation.APPLY;
    }

    private static String newId() {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return "p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String shown(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
