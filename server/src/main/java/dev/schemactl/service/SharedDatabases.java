package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One pool per database for a long-running server: a call borrows a {@link DatabaseHandle#share share} instead of
 * opening a pool (and, for H2, the database file) of its own, so concurrent calls run side by side and no call pays
 * for connecting. A pool nobody used for {@code idle} is closed, which lets other processes in: an H2 file admits one
 * process at a time, and a CLI `up` waiting for it gets it once the server has been quiet for the (shorter) exclusive
 * idle time.
 */
public final class SharedDatabases implements Databases, AutoCloseable {
    private final Duration idle;
    private final Duration idleExclusive;
    private final Map<String, Entry> pools = new HashMap<>();
    private final ScheduledExecutorService sweeper;

    private static final class Entry {
        final DatabaseHandle handle;
        int users;
        long lastUsed = System.nanoTime();

        Entry(DatabaseHandle handle) {
            this.handle = handle;
        }
    }

    /**
     * @param idle          how long a pool stays open unused
     * @param idleExclusive the same for a database that admits one process at a time (H2 file): short, so that
     *                      another process (a CLI run, a test) waits at most that long once the server is quiet
     */
    public SharedDatabases(Duration idle, Duration idleExclusive) {
        this.idle = idle;
        this.idleExclusive = idleExclusive;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "schemactl-pool-sweeper");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(50, Math.min(idle.toMillis(), idleExclusive.toMillis()) / 2);
        sweeper.scheduleWithFixedDelay(this::closeIdle, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public DatabaseHandle open(DatabaseUrl url, Duration lockTimeout) {
        String key = url.jdbcUrl() + "\u0000" + url.user() + "\u0000" + url.password();
        Entry entry;
        synchronized (this) {
            entry = pools.get(key);
            if (entry != null) {
                entry.users++;
                return share(entry);
            }
        }
        // opened outside the monitor: waiting for an H2 file another process holds must not stall other databases' calls
        DatabaseHandle opened = DatabaseHandle.open(url, lockTimeout);
        synchronized (this) {
            entry = pools.get(key);
            if (entry == null) {
                entry = new Entry(opened);
                pools.put(key, entry);
                opened = null;
            }
            entry.users++;
        }
        if (opened != null) opened.close(); // another caller opened it meanwhile
        return share(entry);
    }

    private DatabaseHandle share(Entry entry) {
        boolean[] released = {false};
        return entry.handle.share(() -> {
            synchronized (this) {
                if (released[0]) return;
                released[0] = true;
                entry.users--;
                entry.lastUsed = System.nanoTime();
            }
        });
    }

    /** How many pools are open (for tests). */
    synchronized int open() {
        return pools.size();
    }

    /** Closes the pools nobody has used for the idle time. */
    void closeIdle() {
        List<DatabaseHandle> closing = new ArrayList<>();
        synchronized (this) {
            long now = System.nanoTime();
            pools.values().removeIf(e -> {
                Duration limit = e.handle.excludesOtherProcesses() ? idleExclusive : idle;
                boolean quiet = e.users == 0 && now - e.lastUsed >= limit.toNanos();
                if (quiet) closing.add(e.handle);
                return quiet;
            });
        }
        closing.forEach(DatabaseHandle::close);
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        List<DatabaseHandle> closing;
        synchronized (this) {
            closing = new ArrayList<>();
            pools.values().forEach(e -> closing.add(e.handle));
            pools.clear();
        }
        closing.forEach(DatabaseHandle::close);
    }
}
