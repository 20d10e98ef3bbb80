package dev.schemactl.policy;

/**
 * Which rule decided for one finding (or for the whole plan), and what it said.
 *
 * @param rule    "rules[2]", or "default" when no rule matched the finding
 * @param line    the rule's line in the policy file (the default's line; 0 when the file has none)
 * @param subject what was decided on: "finding 1: DS-DROP-TABLE (statement 2, table orders)" or
 *                "plan (score 47, high)"
 * @param reason  the rule's reason, or a generated one
 */
public record MatchedRule(String rule, int line, String subject, Action action, String reason) {
}
