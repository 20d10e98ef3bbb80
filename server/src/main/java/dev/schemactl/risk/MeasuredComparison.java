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

    public static List<String> disagreements(List<Finding> findings, List<MeasuredStatement> measured) {
        List<String> out = new ArrayList<>();
        for (MeasuredStatement m : measured) {
            if (m.error() != null) continue;
            List<Finding> here = findings.stream().filter(f -> f.statement() == m.statement()).toList();
            Finding rewrite = here.stream().filter(MeasuredComparison::predictsRewrite).findFirst().orElse(null);
            Finding lock = here.stream().filter(f -> f.category() == Category.L && f.severity() != Severity.INFO)
                    .findFirst().orElse(null);
            String at = "statement " + m.statement() + ": ";
            if (rewrite != null && m.rewritten().isEmpty()) {
                out.add(at + rewrite.ruleId() + " predicts a table rewrite; measured: no rewrite");
            }
            if (rewrite == null && !m.rewritten().isEmpty()) {
                out.add(at + "measured a rewrite of " + String.join(", ", m.rewritten()) + "; no rule predicts one");
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
        return f.ruleId().equals(Rules.LK_CHANGE_TYPE.id()) && f.severity() != Severity.INFO;
    }
}
