package dev.schemactl.engine;

import java.util.List;

/**
 * Statements a migration must run outside any transaction, {@code before} its changes and {@code after}
 * them, in both directions: applying runs before, the changes, after; rolling back runs before, the
 * rollbacks, after. SQLite turns foreign key enforcement off around table rebuilds
 * ({@code PRAGMA foreign_keys=OFF} / {@code ON}), which it ignores inside a transaction. Empty elsewhere.
 */
public record TransactionEnvelope(List<String> before, List<String> after) {
    public static final TransactionEnvelope NONE = new TransactionEnvelope(List.of(), List.of());

    public TransactionEnvelope {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }
}
