package dev.schemactl.protect;

import dev.schemactl.policy.Decision;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.VerifiedSigner;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalPlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan the gate refused for want of a human's approval, as the server stored it: what a human reads (SQL, findings,
 * decision) and what they sign ({@link ApprovalRequest}: digest of that SQL, target, database fingerprint, expiry,
 * nonce). Mutable only through {@link PlanStore}, under its lock.
 *
 * @param requiredApprovers how many distinct signers the policy asks for
 */
public record StoredPlan(String id, ApprovalRequest request, ApprovalPlan plan, RiskReport report, Decision decision,
                         String phrase, int requiredApprovers, List<VerifiedSigner> signers, List<String> signatures,
                         State state) {

    public enum State { WAITING, APPROVED, USED, EXPIRED }

    public StoredPlan {
        signers = List.copyOf(signers);
        signatures = List.copyOf(signatures);
    }

    public String target() {
        return request.target();
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(request.expiresAt());
    }

    StoredPlan withSigner(VerifiedSigner signer, String signature) {
        List<VerifiedSigner> more = new ArrayList<>(signers);
        more.add(signer);
        List<String> sigs = new ArrayList<>(signatures);
        sigs.add(signature);
        return new StoredPlan(id, request, plan, report, decision, phrase, requiredApprovers, more, sigs,
                more.size() >= requiredApprovers ? State.APPROVED : State.WAITING);
    }

    StoredPlan with(State next) {
        return new StoredPlan(id, request, plan, report, decision, phrase, requiredApprovers, signers, signatures, next);
    }

    /** The request with every signature it got, as gate-ssh's verifier takes it. */
    public dev.schemactl.policy.ssh.SignedApproval signedApproval() {
        return new dev.schemactl.policy.ssh.SignedApproval(request, signatures);
    }

    /** The principals that signed, in signing order. */
    public List<String> principals() {
        return signers.stream().map(VerifiedSigner::principal).toList();
    }
}
