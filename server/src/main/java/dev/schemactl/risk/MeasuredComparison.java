package dev.schemactl.risk;

import dev.schemactl.engine.MeasuredStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where what a statement really did (a {@link MeasuredStatement}) disagrees with what the rules predicted for it:
 * a predicted rewrite that did not happen, a rewrite no rule predicted, a predicted write-blocking lock that was not
 * taken.
 */
public final class MeasuredComparison {
    /** Rules that mean "this statement rewrites (copies) the table". */
    private static final Set<String> REWRITES = Set.of(Rules.LK_ADD_DEFAULT_REWRITE.id(), Rules.LK_ADD_STORED_GENERATED.id(),
            Rules.LK_ADD_IDENTITY.id(), Rules.LK_TABLE_COPY.id(), Rules.LK_DROP_PK.id(), Rules.LK_SQLITE_REBUILD.id());

    private MeasuredComparison() {
    }

    /**
     * @param tablesBefore the tables (lower case) that existed before the migration: a rewrite of a table the same
     *                     migration created (still empty) is no disagreement
     */
    public static List<String> disagreements(List<Finding> findings, List<MeasuredStatement> measured, Set<String> tablesBefore) {
        List<String> out = new ArrayList<>();
        for (MeasuredStatement m : measured) {
            if (m.error() != null) continue;
            List<Finding> here = findings.stream().filter(f -> f.statement() == m.statement()).toList();
            Finding rewrite = here.stream().filter(MeasuredComparison::predictsRewrite).findFirst().orElse(null);
            // base severities: the rule's prediction before row counts moved it (a small table still gets rewritten)
            Finding lock = here.stream().filter(f -> f.category() == Category.L && f.baseSeverity() != Severity.INFO
                            && !inPlaceTypeChange(f))
                    .findFirst().orElse(null);
            String at = "statement " + m.statement() + ": ";
            if (rewrite != null && m.rewritten().isEmpty()) {
                out.add(at + rewrite.ruleId() + " predicts a table rewrite; measured: no rewrite");
            }
            List<String> rewroteExisting = m.rewritten().stream()
                    .filter(t -> tablesBefore.contains(t.toLowerCase(java.util.Locale.ROOT))).toList();
            if (rewrite == null && !rewroteExisting.isEmpty()) {
                out.add(at + "measured a rewrite of " + String.join(", ", rewroteExisting) + "; no rule predicts one");
            }
            if (lock != null && !m.blocksWrites()) {
                out.add(at + lock.ruleId() + " predicts a lock that blocks writes; measured: "
                        + (m.locks().isEmpty() ? "no lock held" : "only " + m.locks().stream().map(Object::toString).toList()));
            }
        }
        return out;
    }

    private static boolean predictsRewrite(Finding f) {
        if (REWRITES.contains(f.ruleId())) return true;
        // the type-change rule drops to info when the engine changes the type without a rewrite
        return f.ruleId().equals(Rules.LK_CHANGE_TYPE.id()) && !inPlaceTypeChange(f);
    }

    /** The type-change rule's info finding for a change the engine makes without a rewrite. */
    private static boolean inPlaceTypeChange(Finding f) {
        return f.ruleId().equals(Rules.LK_CHANGE_TYPE.id()) && f.message() != null && f.message().endsWith(RewriteRules.NO_REWRITE);
    }
}
