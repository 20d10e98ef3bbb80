package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.DbFacts;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --max-replica-lag against a real streaming replica of the local PostgreSQL (made by .ci/run with pg_basebackup on
 * 127.0.0.1:5434). Its replay is paused and resumed on the standby to make it lag; the standby's own catalog is the
 * oracle for what it replayed.
 */
class ReplicaLagTest {
    private static final String STANDBY = "jdbc:postgresql://127.0.0.1:5434/";

    @TempDir
    Path dir;
    private TestDatabase db;
    private boolean replicaFound;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create(EngineKind.POSTGRESQL);
        assumeStreamingReplica();
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        for (int i = 1; i <= 3; i++) {
            // the first file takes 4 s: longer than the allowed lag, so a standby that stopped replaying lags too much after it
            Files.writeString(versions.resolve("2026010100000" + i + "_t" + i + ".sql"), """
                    --liquibase formatted sql

                    --changeset test:2026010100000%d-1
                    CREATE TABLE t%d (id INT PRIMARY KEY);%s
                    --rollback DROP TABLE t%d;
                    """.formatted(i, i, i == 1 ? "\nSELECT pg_sleep(4);" : "", i));
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        try {
            if (replicaFound) standby("postgres", "SELECT pg_wal_replay_resume()");
        } finally {
            if (db != null) db.close();
        }
    }

    private void assumeStreamingReplica() throws SQLException {
        int streaming;
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")) {
            rs.next();
            streaming = rs.getInt(1);
        }
        boolean standby;
        try (Connection c = DriverManager.getConnection(STANDBY + "postgres", "postgres", null); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            standby = rs.getBoolean(1);
        } catch (SQLException e) {
            standby = false;
        }
        if (streaming == 0 || !standby) {
            String message = "no streaming replica of 127.0.0.1:5432 on 127.0.0.1:5434 (.ci/run makes one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(message);
            Assumptions.abort(message);
        }
        replicaFound = true;
    }

    @Test
    void aReplicaThatStopsReplayingHoldsTheNextFileUntilItCatchesUpThenTheRunCompletes() throws Exception {
        pauseStandbyAndWriteWal();
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        CompletableFuture<Cli.Run> up = CompletableFuture.supplyAsync(() -> cli.run("up", "--max-replica-lag", "3s"));

        // the first file goes (the standby is behind by less than 3 s); 4 s later it is behind by more: the second waits
        awaitTrue(() -> DbFacts.trackingRows(db) >= 1, 60);
        Thread.sleep(5000);
        assertThat(up).as("held while the replica lags").isNotDone();
        assertThat(DbFacts.trackingRows(db)).as("the second file waits").isEqualTo(1);

        standby("postgres", "SELECT pg_wal_replay_resume()");
        Cli.Run run = up.get(120, TimeUnit.SECONDS);
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("waiting before 20260101000002_t2.sql: replica ").contains(" lags ")
                .contains("bytes of WAL to replay").contains("(max 3.0 s, waited ");
        assertThat(DbFacts.trackingRows(db)).isEqualTo(3);
        // the standby itself replayed every table
        awaitTrue(() -> standbyTables().containsAll(List.of("t1", "t2", "t3")), 60);
    }

    @Test
    void aReplicaThatDoesNotCatchUpStopsTheRunAfterTheTimeoutWithNothingHalfDone() throws Exception {
        pauseStandbyAndWriteWal();
        Thread.sleep(1500);
        Cli.Run run = new Cli(dir).env("DATABASE_URL", db.urlText())
                .run("up", "--max-replica-lag", "1s", "--replica-timeout", "3s");
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("error: replicas still lag more than 1.0 s after waiting 3.0 s before 20260101000001_t1.sql "
                + "(0 of 3 files applied): replica ").contains("raise --replica-timeout");
        assertThat(DbFacts.tables(db)).doesNotContain("t1");
        assertThat(DbFacts.trackingRows(db)).isZero();

        Cli.Run usage = new Cli(dir).env("DATABASE_URL", db.urlText()).run("up", "--replica-timeout", "3s");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("--replica-timeout works with --max-replica-lag only");
    }

    private void pauseStandbyAndWriteWal() throws Exception {
        // start from a standby that has replayed everything so far (earlier tests create many databases, whose WAL a
        // standby may still be replaying): the lag then starts at this pause
        String primary;
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            primary = rs.getString(1);
        }
        awaitTrue(() -> {
            try (Connection c = DriverManager.getConnection(STANDBY + "postgres", "postgres", null);
                 java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
                ps.setString(1, primary);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }, 120);
        standby("postgres", "SELECT pg_wal_replay_pause()");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE wal_after_pause (x INT)"); // WAL the paused standby cannot have replayed
        }
    }

    private List<String> standbyTables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(STANDBY + db.url().database(), "postgres", null);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            return List.of(); // the standby has not replayed CREATE DATABASE yet
        }
        return out;
    }

    private static void standby(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(STANDBY + database, "postgres", null); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + seconds + " s");
            Thread.sleep(100);
        }
    }
}
