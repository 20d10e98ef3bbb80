package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.ReplicaMonitor;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationProgress;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code --max-replica-lag}: before each migration file, waits while any replica lags more than {@code maxLag}, telling
 * {@code onWait} about it (at most every two seconds), and gives up after {@code timeout} with the files so far applied.
 */
final class ReplicaWait implements MigrationProgress {
    private static final long POLL_MILLIS = 250;
    private static final long TELL_NANOS = 2_000_000_000L;

    private final DatabaseHandle db;
    private final ReplicaMonitor monitor;
    private final Duration maxLag;
    private final Duration timeout;
    private final Consumer<String> onWait;
    private final MigrationProgress next;

    ReplicaWait(DatabaseHandle db, ReplicaMonitor monitor, Duration maxLag, Duration timeout, Consumer<String> onWait,
                MigrationProgress next) {
        this.db = db;
        this.monitor = monitor;
        this.maxLag = maxLag;
        this.timeout = timeout;
        this.onWait = onWait;
        this.next = next;
    }

    @Override
    public void starting(String file, int index, int total) {
        try (Connection c = db.connection()) {
            monitor.mark(c);
            long start = System.nanoTime();
            long told = 0;
            while (true) {
                List<ReplicaMonitor.Lag> behind = monitor.lags(c).stream()
                        .filter(l -> l.lag() == null || l.lag().compareTo(maxLag) > 0).toList();
                if (behind.isEmpty()) break;
                long waited = System.nanoTime() - start;
                String what = String.join("; ", behind.stream().map(ReplicaWait::describe).toList());
                if (waited > timeout.toNanos()) {
                    throw new SchemactlException(ErrorCode.TIMEOUT, "replicas still lag more than " + seconds(maxLag) + " after waiting "
                            + seconds(timeout) + " before " + file + " (" + index + " of " + total + " files applied): " + what,
                            "the applied files stay applied; run again once the replicas caught up, or raise --replica-timeout");
                }
                if (told == 0 || System.nanoTime() - told > TELL_NANOS) {
                    onWait.accept("waiting before " + file + ": " + what + " (max " + seconds(maxLag) + ", waited "
                            + seconds(Duration.ofNanos(waited)) + " of " + seconds(timeout) + ")");
                    told = System.nanoTime();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.TIMEOUT, "interrupted while waiting for the replicas", "run again");
        }
        next.starting(file, index, total);
    }

    @Override
    public void applied(String file, int done, int total) {
        next.applied(file, done, total);
    }

    private static String describe(ReplicaMonitor.Lag lag) {
        return "replica " + lag.replica() + (lag.lag() == null ? " lag unknown" : " lags " + seconds(lag.lag())) + " (" + lag.detail() + ")";
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
