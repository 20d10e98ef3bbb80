package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;

import java.time.Duration;

/**
 * How the use cases open a database: a CLI run opens and closes a pool per use case, and reads with plain driver
 * connections ({@link #PER_CALL}); a long-running server keeps one pool per database ({@link SharedDatabases}).
 */
public interface Databases {
    Databases PER_CALL = new Databases() {
        @Override
        public DatabaseHandle open(DatabaseUrl url, Duration lockTimeout) {
            return DatabaseHandle.open(url, lockTimeout);
        }

        @Override
        public DatabaseHandle openForReads(DatabaseUrl url, Duration lockTimeout) {
            return DatabaseHandle.openDirect(url, lockTimeout);
        }
    };

    /** An open handle; closing it ends this caller's use. */
    DatabaseHandle open(DatabaseUrl url, Duration lockTimeout);

    /** A handle for a use case that reads a few times (inspect, row counts); by default the same as {@link #open}. */
    default DatabaseHandle openForReads(DatabaseUrl url, Duration lockTimeout) {
        return open(url, lockTimeout);
    }
}
