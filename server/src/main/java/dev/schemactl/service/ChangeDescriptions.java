package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.TypeNames;

/** A change described for people, with types in the engine's own spelling (timestamptz(6), not timestamp_tz(6)). */
final class ChangeDescriptions {
    private ChangeDescriptions() {
    }

    static String describe(Change change, TypeNames types) {
        if (change instanceof Change.AlterColumnType t && types != null) {
            return "change type of " + t.table() + "." + t.after().name() + " from " + spell(types, t.before())
                    + " to " + spell(types, t.after());
        }
        return change.describe();
    }

    private static String spell(TypeNames types, dev.schemactl.schema.Column column) {
        try {
            return types.format(column.type());
        } catch (RuntimeException e) {
            return column.type().toString();
        }
    }
}
