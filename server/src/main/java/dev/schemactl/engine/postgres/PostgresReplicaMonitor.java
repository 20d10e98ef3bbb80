package dev.schemactl.engine.postgres;

import dev.schemactl.engine.ReplicaMonitor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming replicas as the primary sees them in pg_stat_replication. A replica's lag is how long ago the primary
 * reached the oldest position (marked after each file) that the replica has not replayed yet; replay_lag counts too
 * while the replica is behind (it covers lag from before this run). replay_lag alone is not enough: it only moves when
 * the standby reports, so a replica whose replay is stuck would look as fresh as its last report.
 */
final class PostgresReplicaMonitor implements ReplicaMonitor {
    private record Mark(long lsn, Instant at) {
    }

    private final Clock clock;
    private final List<Mark> marks = new ArrayList<>();

    PostgresReplicaMonitor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void mark(Connection primary) throws SQLException {
        try (Statement st = primary.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
            rs.next();
            marks.add(new Mark(rs.getLong(1), clock.instant()));
        }
    }

    @Override
    public List<Lag> lags(Connection primary) throws SQLException {
        List<Lag> out = new ArrayList<>();
        try (Statement st = primary.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT coalesce(nullif(application_name, ''), 'pid ' || pid) || coalesce(' (' || host(client_addr) || ')', ''),
                            state, pg_wal_lsn_diff(replay_lsn, '0/0')::bigint,
                            pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint,
                            extract(epoch FROM replay_lag)
                       FROM pg_stat_replication
                      ORDER BY 1""")) {
            Instant now = clock.instant();
            while (rs.next()) {
                String name = rs.getString(1);
                String state = rs.getString(2);
                long replayed = rs.getLong(3);
                if (rs.wasNull()) {
                    out.add(new Lag(name, null, "state " + state + ", nothing replayed yet (or no pg_monitor privilege)"));
                    continue;
                }
                long behind = rs.getLong(4);
                double replayLag = rs.getDouble(5);
                boolean noReplayLag = rs.wasNull();
                Duration lag = Duration.ZERO;
                for (Mark m : marks) {
                    if (m.lsn() > replayed) {
                        lag = Duration.between(m.at(), now);
                        break;
                    }
                }
                if (behind > 0 && !noReplayLag) {
                    Duration reported = Duration.ofMillis(Math.round(replayLag * 1000));
                    if (reported.compareTo(lag) > 0) lag = reported;
                }
                out.add(new Lag(name, lag, behind + " bytes of WAL to replay"));
            }
        }
        return out;
    }
}
