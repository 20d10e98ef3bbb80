package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;

import java.time.Duration;

/**
 * How the use cases open a database: a CLI run opens and closes a pool per use case ({@link #PER_CALL}); a long-running
 * server keeps one per database ({@link SharedDatabases}).
 */
@FunctionalInterface
public interface Databases {
    Databases PER_CALL = DatabaseHandle::open;

    /** An open handle; closing it ends this caller's use. */
    DatabaseHandle open(DatabaseUrl url, Duration lockTimeout);
}
