package dev.schemactl.risk;

import java.util.List;

/**
 * One rule's identity: its id, category, what it matches and the safer way to get the same result. The catalog of
 * every rule is {@link Rules#CATALOG}.
 */
public record RuleInfo(String id, Category category, String matches, String safeAlternative) {

    /** A finding of this rule on a step. */
    public Finding finding(Step step, String table, String column, Severity base, List<Modifier> modifiers, String message) {
        return Finding.of(id, category, step == null ? 0 : step.number(), table, column, base, modifiers, message,
                safeAlternative);
    }
}
