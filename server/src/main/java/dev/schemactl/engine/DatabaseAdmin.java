package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;

public interface DatabaseAdmin {
    boolean exists(DatabaseUrl url);

    /** Creates the database; returns false when it already existed (a concurrent creator won). */
    boolean create(DatabaseUrl url);

    /**
     * Creates a scratch database on the server of {@code like} with the defaults {@code like} has, where the engine
     * gives a database defaults its tables follow (MariaDB's character set and collation): a table without a
     * collation of its own, or with the database's, then means the same in both.
     */
    default boolean createLike(DatabaseUrl url, DatabaseUrl like) {
        return create(url);
    }

    /** Drops the database; returns false when there was nothing to drop. */
    boolean drop(DatabaseUrl url);

    /**
     * Drops a scratch database this process made ({@link #createLike}): nobody else's work is in it, so sessions a
     * connection pooler (PgBouncer) keeps open to it do not stop the drop where the engine can end them.
     */
    default boolean dropScratch(DatabaseUrl url) {
        return drop(url);
    }
}
