package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * How far the replicas of a primary are behind, for {@code --max-replica-lag}. One monitor lives through one migration
 * run: {@link #mark} remembers the primary's position after each file, {@link #lags} says how long each replica has
 * been behind what it must replay.
 */
public interface ReplicaMonitor {
    /** One replica: {@code lag} null when it cannot be told (replication stopped, not yet streaming). */
    record Lag(String replica, Duration lag, String detail) {
    }

    ReplicaMonitor NONE = new ReplicaMonitor() {
        @Override
        public void mark(Connection primary) {
        }

        @Override
        public List<Lag> lags(Connection primary) {
            return List.of();
        }
    };

    /** Remembers the primary's current write position and when it was reached. */
    void mark(Connection primary) throws SQLException;

    /** Every replica's lag now (empty: no replicas). */
    List<Lag> lags(Connection primary) throws SQLException;
}
