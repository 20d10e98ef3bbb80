package dev.schemactl.engine.mariadb;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.ReplicaMonitor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB/MySQL replicas do not show on the primary with their lag, so each configured replica URL is asked:
 * SHOW REPLICA STATUS (SHOW SLAVE STATUS before MariaDB 10.5 / MySQL 8.0.22), Seconds_Behind_Master (MySQL:
 * Seconds_Behind_Source). NULL there means the replication threads are stopped: the lag cannot be told.
 */
final class MariaDbReplicaMonitor implements ReplicaMonitor {
    private final List<DatabaseUrl> replicas;

    MariaDbReplicaMonitor(List<DatabaseUrl> replicas) {
        this.replicas = List.copyOf(replicas);
    }

    @Override
    public void mark(Connection primary) {
        // Seconds_Behind_Master is measured by each replica itself
    }

    @Override
    public List<Lag> lags(Connection primary) {
        List<Lag> out = new ArrayList<>();
        for (DatabaseUrl replica : replicas) out.add(lag(replica));
        return out;
    }

    private static Lag lag(DatabaseUrl replica) {
        try (Connection c = DriverManager.getConnection(replica.jdbcUrl(), replica.user(), replica.password());
             Statement st = c.createStatement();
             ResultSet rs = status(st)) {
            if (!rs.next()) return new Lag(replica.masked(), null, "not a replica (SHOW REPLICA STATUS is empty)");
            Long seconds = null;
            for (String column : List.of("Seconds_Behind_Master", "Seconds_Behind_Source")) {
                try {
                    long value = rs.getLong(column);
                    seconds = rs.wasNull() ? null : value;
                    break;
                } catch (SQLException noSuchColumn) {
                    // the other spelling
                }
            }
            return seconds == null ? new Lag(replica.masked(), null, "replication is stopped (Seconds_Behind_Master is NULL)")
                    : new Lag(replica.masked(), Duration.ofSeconds(seconds), seconds + " s behind");
        } catch (SQLException e) {
            return new Lag(replica.masked(), null, "cannot ask it: " + DatabaseUrl.maskText(String.valueOf(e.getMessage())));
        }
    }

    private static ResultSet status(Statement st) throws SQLException {
        try {
            return st.executeQuery("SHOW REPLICA STATUS");
        } catch (SQLException older) {
            return st.executeQuery("SHOW SLAVE STATUS");
        }
    }
}
