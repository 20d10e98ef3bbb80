package dev.schemactl.risk;

import java.util.List;

/**
 * One risk a rule found in a plan.
 *
 * @param ruleId          the rule that fired, e.g. "DS-DROP-TABLE"
 * @param statement       1-based statement (or change) number in the plan; 0 when it concerns the whole plan
 * @param table           the table it concerns; null when none
 * @param column          the column it concerns; null when none
 * @param baseSeverity    the rule's severity before modifiers
 * @param modifiers       what moved the severity (may be empty)
 * @param severity        the effective severity; its points count in the score
 * @param safeAlternative how to get the same result with less risk; null when there is none
 */
public record Finding(String ruleId, Category category, int statement, String table, String column,
                      Severity baseSeverity, List<Modifier> modifiers, Severity severity, String message,
                      String safeAlternative) {

    public Finding {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /** A finding whose effective severity is the base severity moved by the modifiers' steps. */
    public static Finding of(String ruleId, Category category, int statement, String table, String column,
                             Severity baseSeverity, List<Modifier> modifiers, String message, String safeAlternative) {
        int steps = modifiers == null ? 0 : modifiers.stream().mapToInt(Modifier::steps).sum();
        return new Finding(ruleId, category, statement, table, column, baseSeverity, modifiers,
                baseSeverity.shift(steps), message, safeAlternative);
    }

    public int points() {
        return severity.points();
    }
}
