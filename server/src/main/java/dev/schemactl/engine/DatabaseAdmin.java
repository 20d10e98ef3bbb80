package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;

public interface DatabaseAdmin {
    boolean exists(DatabaseUrl url);

    /** Creates the database; returns false when it already existed (a concurrent creator won). */
    boolean create(DatabaseUrl url);

    /** Drops the database; returns false when there was nothing to drop. */
    boolean drop(DatabaseUrl url);
}
