package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The server's pools: one per database, shared by concurrent calls, closed once quiet (an H2 file then admits the next
 * process), and the migration lock taken in turns by the shares of one pool.
 */
class SharedDatabasesTest {

    @Test
    void concurrentCallsShareOnePoolAndItClosesWhenQuiet() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2);
             SharedDatabases shared = new SharedDatabases(Duration.ofMinutes(5), Duration.ofMillis(300))) {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    calls.add(pool.submit(() -> {
                        try (DatabaseHandle h = shared.open(db.url(), Duration.ofSeconds(5));
                             Connection c = h.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }));
                }
                for (Future<Integer> call : calls) assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(shared.open()).as("one pool for the 20 calls").isEqualTo(1);

            // an in-use share keeps the pool open past the idle time
            DatabaseHandle busy = shared.open(db.url(), Duration.ofSeconds(5));
            Thread.sleep(800);
            assertThat(shared.open()).isEqualTo(1);
            busy.close();
            busy.close(); // a second close of the same share counts once

            // quiet: the H2 file is let go, and a handle of its own (another process would do the same) gets in
            try (DatabaseHandle own = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
                assertThat(shared.open()).isZero();
                assertThat(own.inspect()).isNotNull();
            }
        }
    }

    @Test
    void eachShareKeepsItsProjectsTrackingTable() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2);
             SharedDatabases shared = new SharedDatabases(Duration.ofMinutes(5), Duration.ofMinutes(5));
             DatabaseHandle first = shared.open(db.url(), Duration.ofSeconds(5));
             DatabaseHandle second = shared.open(db.url().withTrackingTable("schemactl_migrations"), Duration.ofSeconds(5))) {
            assertThat(shared.open()).isEqualTo(1);
            assertThat(first.url().trackingTable()).isEqualTo("schema_migrations");
            assertThat(second.url().trackingTable()).isEqualTo("schemactl_migrations");
        }
    }

    @Test
    void sharesOfOnePoolTakeTheMigrationLockInTurnsAndReentrantly() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL);
             SharedDatabases shared = new SharedDatabases(Duration.ofMinutes(5), Duration.ofMinutes(5))) {
            DatabaseHandle first = shared.open(db.url(), Duration.ofSeconds(5));
            DatabaseHandle second = shared.open(db.url(), Duration.ofSeconds(5));
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = pool.submit(() -> {
                    try (MigrationLock outer = first.migrationLock(Duration.ofSeconds(5));
                         MigrationLock inner = first.migrationLock(Duration.ofSeconds(5))) { // re-entrant: no self-deadlock
                        held.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    }
                    return null;
                });
                assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
                SchemactlException busy = catchThrowableOfType(SchemactlException.class,
                        () -> second.migrationLock(Duration.ofMillis(300)).close());
                assertThat(busy.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
                // another process (its own pool) is kept out by the database's advisory lock as before
                try (DatabaseHandle other = DatabaseHandle.open(db.url(), Duration.ofSeconds(5))) {
                    SchemactlException elsewhere = catchThrowableOfType(SchemactlException.class,
                            () -> other.migrationLock(Duration.ofMillis(300)).close());
                    assertThat(elsewhere.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
                }
                release.countDown();
                holder.get(30, TimeUnit.SECONDS);
                try (MigrationLock mine = second.migrationLock(Duration.ofSeconds(5))) {
                    assertThat(mine).isNotNull();
                }
            } finally {
                pool.shutdownNow();
                first.close();
                second.close();
            }
        }
    }
}
