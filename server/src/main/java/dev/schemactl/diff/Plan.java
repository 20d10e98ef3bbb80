package dev.schemactl.diff;

import dev.schemactl.schema.Schema;

import java.util.List;

/**
 * The ordered steps that turn one schema into another, plus the renames the Differ suspects but, never
 * guessing, did not make (each with the exact {@code --rename} argument that would make it).
 *
 * @param from the schema the steps start from (null when unknown). Renderers of engines that must rebuild a
 *             table to alter it (SQLite) replay the steps over it to know each table's whole definition.
 */
public record Plan(List<Change> changes, List<RenameHint> renameHints, Schema from) {
    public Plan {
        changes = List.copyOf(changes);
        renameHints = renameHints == null ? List.of() : List.copyOf(renameHints);
    }

    /** A plan whose starting schema is unknown. */
    public Plan(List<Change> changes, List<RenameHint> renameHints) {
        this(changes, renameHints, null);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
