package dev.schemactl.service;

import java.util.List;

/**
 * Drift of the live schema: the live database inspected and compared with the schema the applied migrations
 * produce when replayed on a shadow database. Each difference names one object, e.g.
 * "column widgets.note: only in the database" (someone changed the database by hand).
 *
 * @param checked     false when drift was not computed (--no-drift, no shadow database, a partial migration, ...)
 * @param differences every object that differs; empty when none does or when not checked
 * @param note        why it was not checked, or a caveat about the check; null when there is nothing to say
 */
public record Drift(boolean checked, List<String> differences, String note) {

    /** The note of a drift check that was turned off (`status --no-drift`). */
    public static final String NOT_REQUESTED = "not requested (--no-drift)";

    public Drift {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    public static Drift skipped(String why) {
        return new Drift(false, List.of(), why);
    }

    /** True when drift was checked and something differs. */
    public boolean drifted() {
        return checked && !differences.isEmpty();
    }

    /** The drift lines of the status text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (!checked) {
            out.append("drift: not checked").append(note == null ? "" : " (" + note + ")").append('\n');
            return out.toString();
        }
        if (differences.isEmpty()) {
            out.append("drift: none (the live schema matches what the applied migrations produce)\n");
        } else {
            out.append("drift: ").append(differences.size()).append(differences.size() == 1 ? " object differs" : " objects differ")
                    .append(" from what the applied migrations produce:\n");
            for (String d : differences) out.append("  ").append(d).append('\n');
        }
        if (note != null) out.append("  note: ").append(note).append('\n');
        return out.toString();
    }
}
