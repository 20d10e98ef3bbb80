package dev.schemactl.protect;

import dev.schemactl.policy.Decision;

/** How many distinct human signers a decision asks for. */
final class Approvers {
    private Approvers() {
    }

    static int required(Decision decision) {
        return 1; // TODO(gate-ssh merge): the policy's approvers count for the deciding rules
    }
}
