package dev.schemactl.risk;

/**
 * Why a finding's severity moved away from its rule's base severity.
 *
 * @param reason e.g. "table has 12M rows"
 * @param steps  severity levels up (positive) or down (negative)
 */
public record Modifier(String reason, int steps) {
}
