package dev.schemactl.policy.ssh;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A signed approval whose signatures, signers and contents all checked out (its nonce is not consumed yet).
 *
 * @param signers one per distinct approver, in the order their signatures appear
 */
public record VerifiedApproval(ApprovalRequest request, List<VerifiedSigner> signers) {
    public VerifiedApproval {
        signers = List.copyOf(signers);
    }

    /** "alice@example.com, bob@example.com": what the ledger records as the approvers. */
    public String principals() {
        return signers.stream().map(VerifiedSigner::principal).collect(Collectors.joining(", "));
    }
}
