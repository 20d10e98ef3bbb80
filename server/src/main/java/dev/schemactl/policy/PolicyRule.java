package dev.schemactl.policy;

/**
 * One entry of a policy's rules list.
 *
 * @param index  0-based position in the list (named "rules[index]" in messages)
 * @param line   the line in the policy file where the rule starts
 * @param reason    why the rule exists; null when the file gives none
 * @param approvals how many distinct approvers a require_confirmation by this rule needs (1 unless the file says)
 */
public record PolicyRule(int index, int line, Match match, Action action, String reason, int approvals) {

    public String name() {
        return "rules[" + index + "]";
    }
}
