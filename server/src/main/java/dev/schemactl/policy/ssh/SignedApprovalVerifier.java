package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.PlanDigest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a {@link SignedApproval} lets this run go ahead. Checks, in order: every signature verifies for
 * namespace schemactl-approval against allowed_signers ({@link SshSignatureVerifier}); at least {@code required}
 * distinct approvers signed (distinct keys and distinct principals); not expired, not issued in the future, not
 * valid for longer than the policy allows; the plan digest, the database, the target and the operation are exactly
 * the ones about to run. Single use is the caller's last step: consume {@code request().nonce()} in the ledger.
 * Holds no secret and mints nothing.
 */
public final class SignedApprovalVerifier {
    /** Clock skew tolerated between the approver's machine and this one. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private SignedApprovalVerifier() {
    }

    /**
     * What the run about to happen is.
     *
     * @param maxValidity the longest expires − issued the policy accepts (its confirmation expiry)
     */
    public record Expected(ApprovalRequest.Operation operation, String target, String planDigest, DatabaseFingerprint database,
                           Duration maxValidity) {
    }

    /**
     * @param required how many distinct approvers the policy asks for (at least 1)
     * @throws ApprovalRefused naming the failed check
     */
    public static VerifiedApproval verify(SignedApproval approval, Expected expected, AllowedSigners signers, int required,
                                          Instant now) {
        ApprovalRequest r = approval.request();
        if (approval.signatures().isEmpty()) throw ApprovalRefused.signed(Check.ARMOR, "the approval carries no signature");
        List<VerifiedSigner> distinct = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> principals = new HashSet<>();
        for (String signature : approval.signatures()) {
            VerifiedSigner s = SshSignatureVerifier.verify(r.signedBytes(), signature, ApprovalRequest.NAMESPACE, signers, now);
            if (keys.add(s.fingerprint()) && principals.add(s.principal())) distinct.add(s);
        }
        int need = Math.max(1, required);
        if (distinct.size() < need) {
            throw ApprovalRefused.signed(Check.APPROVERS, "the policy requires " + need + " distinct approvers, but only "
                    + distinct.size() + " signed (" + String.join(", ", distinct.stream().map(VerifiedSigner::principal).toList())
                    + "); each approver signs the same approval with their own key");
        }
        if (!now.isBefore(r.expiresAt())) {
            throw ApprovalRefused.signed(Check.EXPIRED, "it expired at " + r.expiresAt() + " (issued " + r.issuedAt() + ")");
        }
        if (r.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ApprovalRefused.signed(Check.EXPIRED, "it was issued at " + r.issuedAt() + ", in the future (it is " + now + ")");
        }
        if (expected.maxValidity() != null && Duration.between(r.issuedAt(), r.expiresAt()).compareTo(expected.maxValidity()) > 0) {
            throw ApprovalRefused.signed(Check.EXPIRED, "it is valid for " + Duration.between(r.issuedAt(), r.expiresAt())
                    + ", longer than the policy's expiry " + expected.maxValidity());
        }
        if (!PlanDigest.same(r.planDigest(), expected.planDigest())) {
            throw ApprovalRefused.signed(Check.PLAN, "it approves " + shortDigest(r.planDigest()) + ", but the plan about to run is "
                    + shortDigest(expected.planDigest()) + " (the SQL changed since it was approved)");
        }
        if (!r.database().equals(expected.database())) {
            throw ApprovalRefused.signed(Check.DATABASE, "it was signed for " + r.database().describe() + ", but this is "
                    + expected.database().describe());
        }
        if (!r.target().equals(expected.target())) {
            throw ApprovalRefused.signed(Check.TARGET, "it was signed for target " + r.target() + ", but this is " + expected.target());
        }
        if (r.operation() != expected.operation()) {
            throw ApprovalRefused.signed(Check.ACTION, "it approves " + r.operation().id() + ", but this is " + expected.operation().id());
        }
        return new VerifiedApproval(r, distinct);
    }

    static String shortDigest(String digest) {
        if (digest == null) return "nothing";
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
