package dev.schemactl.migration;

/**
 * Hears about each migration file while {@link Migrator#migrate(String, MigrationProgress)} works
 * through them (MCP progress notifications; a CLI progress bar could listen the same way).
 */
public interface MigrationProgress {
    MigrationProgress NONE = new MigrationProgress() {
    };

    /** Before applying {@code file}, the {@code index}-th (from 0) of {@code total} files. */
    default void starting(String file, int index, int total) {
    }

    /** After {@code file} was applied: {@code done} of {@code total} files are done. */
    default void applied(String file, int done, int total) {
    }
}
