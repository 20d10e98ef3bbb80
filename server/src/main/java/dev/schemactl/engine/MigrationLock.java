package dev.schemactl.engine;

/** A held lock; close releases it. Never throws on close. */
public interface MigrationLock extends AutoCloseable {
    MigrationLock NONE = () -> { };

    @Override
    void close();
}
