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

    /** One database's pool, opened by the first caller (the others wait for it, not for the file lock it takes). */
    private static final class Entry {
        private DatabaseHandle handle;
        int users;
        long lastUsed = System.nanoTime();

        synchronized DatabaseHandle handle(DatabaseUrl url, Duration lockTimeout) {
            if (handle == null) handle = DatabaseHandle.open(url, lockTimeout);
            return handle;
        }

        synchronized DatabaseHandle opened() {
            return handle;
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
            entry = pools.computeIfAbsent(key, k -> new Entry());
            entry.users++;
        }
        try {
            return share(entry, entry.handle(url, lockTimeout), url);
        } catch (RuntimeException e) {
            synchronized (this) {
                entry.users--;
                if (entry.users == 0 && entry.opened() == null) pools.remove(key, entry);
            }
            throw e;
        }
    }

    private DatabaseHandle share(Entry entry, DatabaseHandle handle, DatabaseUrl as) {
        boolean[] released = {false};
        return handle.share(as, () -> {
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
                if (e.users > 0) return false;
                DatabaseHandle h = e.opened();
                if (h == null) return true;
                Duration limit = h.excludesOtherProcesses() ? idleExclusive : idle;
                boolean quiet = now - e.lastUsed >= limit.toNanos();
                if (quiet) closing.add(h);
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
            pools.values().forEach(e -> {
                if (e.opened() != null) closing.add(e.opened());
            });
            pools.clear();
        }
        closing.forEach(DatabaseHandle::close);
    }
}
