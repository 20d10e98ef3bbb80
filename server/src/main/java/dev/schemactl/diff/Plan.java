package dev.schemactl.diff;

import java.util.List;

/**
 * The ordered steps that turn one schema into another, plus the renames the Differ suspects but, never
 * guessing, did not make (each with the exact {@code --rename} argument that would make it).
 */
public record Plan(List<Change> changes, List<RenameHint> renameHints) {
    public Plan {
        changes = List.copyOf(changes);
        renameHints = renameHints == null ? List.of() : List.copyOf(renameHints);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
