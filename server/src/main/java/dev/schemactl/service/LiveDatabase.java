package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engines;

import java.time.Duration;

/**
 * The database a read-only use case (diff, new) compares against. An H2 or SQLite database file that does not
 * exist yet is an empty database, as it will be once `up` creates it: an empty scratch database of the same
 * engine stands in for it, and nothing is created at the file's path.
 */
final class LiveDatabase implements AutoCloseable {
    private final DatabaseHandle handle;
    private final ShadowSession standIn;
    private final String name;

    private LiveDatabase(DatabaseHandle handle, ShadowSession standIn, String name) {
        this.handle = handle;
        this.standIn = standIn;
        this.name = name;
    }

    static LiveDatabase open(DatabaseUrl url, Duration lockTimeout) {
        return open(url, lockTimeout, Databases.PER_CALL);
    }

    static LiveDatabase open(DatabaseUrl url, Duration lockTimeout, Databases databases) {
        if (url.filePath() != null && !Engines.of(url.engine()).admin().exists(url)) {
            ShadowSession empty = ShadowSession.open(url, null, lockTimeout);
            return new LiveDatabase(empty.handle(), empty, url.masked() + " (not created yet: empty)");
        }
        // read a few times (inspect, row counts): a CLI run needs no pool for that, a server keeps its own
        return new LiveDatabase(databases.openForReads(url, lockTimeout), null, url.masked());
    }

    DatabaseHandle handle() {
        return handle;
    }

    /** The database as users know it (its own URL, masked), not the stand-in's. */
    String name() {
        return name;
    }

    @Override
    public void close() {
        if (standIn != null) standIn.close();
        else handle.close();
    }
}
