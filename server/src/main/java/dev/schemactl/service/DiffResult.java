package dev.schemactl.service;

import dev.schemactl.diff.RenameHint;

import java.util.List;

/**
 * The plan from the current schema to the desired one, with its SQL and suspected renames.
 *
 * @param databaseOnly objects only the database has (the desired state does not declare them)
 * @param extraDropped true when the plan drops them ({@code --drop-extra}); otherwise they are kept
 * @param diagram      when asked for: the schema the plan leads to as a diagram (Mermaid by default), what the plan adds,
 *                     changes and drops coloured; null otherwise
 * @param unmanaged    objects the inspector saw but schemactl does not manage (views, triggers, functions, partitions,
 *                     ...): the plan leaves them alone, e.g. "view film_list: unmanaged, left alone"
 * @param differingUnmanaged those of them whose definition differs from the desired state's ("view film_list"): the plan
 *                     cannot write the change, so the database does not match although {@code changes} is empty
 */
public record DiffResult(String from, String to, String engine, List<String> warnings, List<ChangeView> changes, List<RenameHint> possibleRenames,
                         String forwardSql, String rollbackSql, List<String> databaseOnly, boolean extraDropped,
                         String diagram, List<String> unmanaged, List<String> differingUnmanaged) implements Result {

    /** The same result with its diagram. */
    public DiffResult withDiagram(String text) {
        return new DiffResult(from, to, engine, warnings, changes, possibleRenames, forwardSql, rollbackSql, databaseOnly,
                extraDropped, text, unmanaged, differingUnmanaged);
    }

    public DiffResult(String from, String to, String engine, List<String> warnings, List<ChangeView> changes,
                      List<RenameHint> possibleRenames, String forwardSql, String rollbackSql) {
        this(from, to, engine, warnings, changes, possibleRenames, forwardSql, rollbackSql, List.of(), false, null, List.of(), List.of());
    }

    public DiffResult {
        unmanaged = unmanaged == null ? List.of() : List.copyOf(unmanaged);
        differingUnmanaged = differingUnmanaged == null ? List.of() : List.copyOf(differingUnmanaged);
        databaseOnly = databaseOnly == null ? List.of() : List.copyOf(databaseOnly);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** True when the database matches the desired state: no change to make and no unmanaged object that differs. */
    public boolean isConverged() {
        return changes.isEmpty() && differingUnmanaged.isEmpty();
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        warnings.forEach(w -> out.append("warning: ").append(w).append('\n'));
        if (changes.isEmpty() && !differingUnmanaged.isEmpty()) {
            return out + "no changes schemactl can write, but " + from + " does not match " + to + ": " + differingUnmanaged.size()
                    + (differingUnmanaged.size() == 1 ? " unmanaged object differs" : " unmanaged objects differ") + "\n"
                    + databaseOnlyText() + unmanagedText() + diagramText();
        }
        if (changes.isEmpty()) return out + "no changes: " + from + " matches " + to + "\n" + databaseOnlyText() + unmanagedText()
                + diagramText();
        out.append("from ").append(from).append("\n  to ").append(to).append(" (").append(engine).append(")\n\n");
        for (ChangeView c : changes) {
            out.append(c.marker()).append(' ').append(c.description());
            if (c.rollbackLosesData()) out.append("   (rollback restores the structure, not the data)");
            out.append('\n');
        }
        for (RenameHint h : possibleRenames) {
            out.append("? ").append(h.table()).append('.').append(h.droppedColumn()).append(" → ").append(h.addedColumn())
                    .append(" may be a rename: pass ").append(h.hint()).append(" to keep the data\n");
        }
        out.append(databaseOnlyText());
        out.append(unmanagedText());
        out.append("\n-- forward\n").append(forwardSql).append("\n-- rollback\n").append(rollbackSql);
        out.append(diagramText());
        return out.toString();
    }

    private String diagramText() {
        return diagram == null ? "" : "\n```mermaid\n" + diagram + "```\n";
    }

    private String databaseOnlyText() {
        if (databaseOnly.isEmpty()) return "";
        StringBuilder out = new StringBuilder(extraDropped ? "\nonly in the database, dropped (--drop-extra):\n"
                : "\nonly in the database, kept (not declared by the desired state; --drop-extra drops them):\n");
        databaseOnly.forEach(d -> out.append("  = ").append(d).append('\n'));
        return out.toString();
    }

    private String unmanagedText() {
        StringBuilder out = new StringBuilder();
        for (String u : unmanaged) out.append("= ").append(u).append('\n');
        return out.toString();
    }
}
