package dev.schemactl.service;

import java.util.List;

/**
 * How one database of a fleet ended.
 *
 * @param url     the masked URL
 * @param applied the versions this run applied: empty when up to date or refused; null when the target failed (a
 *                failure can come after some migrations of the run were applied — {@code pending} says what is left)
 * @param pending migrations still pending afterwards; null when unknown (the database could not be read)
 * @param error   the one-line error for REFUSED and FAILED; null otherwise
 */
public record TargetResult(String name, String url, Status status, List<String> applied, Integer pending, String error) {
    public enum Status { APPLIED, UP_TO_DATE, REFUSED, FAILED }

    public TargetResult {
        applied = applied == null ? null : List.copyOf(applied);
    }

    /** "applied 2 migrations", "up to date", "REFUSED: ..." or "FAILED: ...": one line, for logs. */
    public String summary() {
        return switch (status) {
            case APPLIED -> "applied " + applied.size() + (applied.size() == 1 ? " migration" : " migrations")
                    + (pending != null && pending > 0 ? ", " + pending + " pending" : "");
            case UP_TO_DATE -> "up to date";
            case REFUSED -> "REFUSED: " + error;
            case FAILED -> "FAILED: " + error;
        };
    }
}
