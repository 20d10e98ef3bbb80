package dev.schemactl.policy;

import java.util.List;

/**
 * What a policy decides for a plan: the strictest action over its findings and the plan-wide rules.
 *
 * @param matched one entry per finding (in report order), then the plan-wide rule that matched, if any
 * @param reason  why: the reason of the (first) entry that carries the deciding action
 */
public record Decision(Action action, List<MatchedRule> matched, String reason) {
    public Decision {
        matched = List.copyOf(matched);
    }
}
