package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet over many runners, as real processes: 40 databases (20 PostgreSQL, 20 MariaDB), four `up --shard i/4`
 * JVMs, one killed with kill -9 midway, then every runner again (and a second runner of the killed shard at the same
 * time). Judged by SQL on each database (tracking rows and a side-effect table) and by the merged report.
 */
class FleetShardTest {
    private static final int MIGRATIONS = 5;
    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/(\\d+)] (\\S+) ");

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        databases.forEach(TestDatabase::close);
    }

    /**
     * Portable SQL (one directory serves both engines). The first is idempotent because MariaDB commits DDL at once:
     * a kill between its CREATE and the tracking row must not break the rerun. The others are DML, each committed
     * with its tracking row, so a duplicate run would show as a second side_effect row.
     */
    private void migrations() throws IOException {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("20260101000001_side_effect.sql"), """
                --liquibase formatted sql

                --changeset test:20260101000001-1
                CREATE TABLE IF NOT EXISTS side_effect (migration VARCHAR(40) NOT NULL);
                --rollback DROP TABLE side_effect;
                """);
        for (int m = 2; m <= MIGRATIONS; m++) {
            Files.writeString(versions.resolve("2026010100000" + m + "_effect_" + m + ".sql"), """
                    --liquibase formatted sql

                    --changeset test:2026010100000%d-1
                    INSERT INTO side_effect (migration) VALUES ('m%d');
                    --rollback DELETE FROM side_effect WHERE migration = 'm%d';
                    """.formatted(m, m, m));
        }
    }

    @Test
    void fourRunnersOneKilledMidwayThenAllRerunEveryMigrationRunsExactlyOnceEverywhere() throws Exception {
        long t0 = System.nanoTime();
        migrations();
        Map<String, TestDatabase> fleet = new TreeMap<>();
        StringBuilder yaml = new StringBuilder("targets:\n");
        for (int i = 1; i <= 40; i++) {
            boolean pg = i <= 20;
            TestDatabase db = TestDatabase.create(pg ? EngineKind.POSTGRESQL : EngineKind.MARIADB);
            databases.add(db);
            String name = String.format(pg ? "pg-%02d" : "maria-%02d", pg ? i : i - 20);
            fleet.put(name, db);
            yaml.append("  - {name: ").append(name).append(", url: '").append(db.urlText()).append("'}\n");
        }
        Files.writeString(dir.resolve("targets.yaml"), yaml);
        Cli cli = new Cli(dir);
        phase("40 databases created", t0);

        // round 1: four runners; the one with the most targets is killed once it has finished two
        List<Runner> round1 = new ArrayList<>();
        for (int i = 0; i < 4; i++) round1.add(runner(cli, i, "reports/shard-" + i + ".json"));
        Map<Integer, Set<String>> assigned = new TreeMap<>();
        for (Runner r : round1) assigned.put(r.shard, r.awaitTotal());
        int victim = assigned.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> a.size() - b.size())).orElseThrow().getKey();
        assertThat(assigned.get(victim)).hasSizeGreaterThanOrEqualTo(7);
        Runner killed = round1.get(victim);
        assertThat(killed.awaitFinished(2)).as("the victim finished two targets: " + killed.err).isTrue();
        killed.process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        Set<String> finishedBeforeKill = killed.finished();
        for (Runner r : round1) {
            if (r == killed) continue;
            assertThat(r.await()).as("shard " + r.shard + ": " + r.err).isZero();
        }

        phase("round 1 done", t0);
        // the shares: disjoint, covering the fleet
        Set<String> union = new HashSet<>();
        int sum = 0;
        for (Set<String> share : assigned.values()) {
            sum += share.size();
            union.addAll(share);
        }
        assertThat(sum).isEqualTo(40);
        assertThat(union).isEqualTo(fleet.keySet());

        Cli.Run merged1 = cli.run("fleet", "report", "reports", "--format", "json");
        assertThat(merged1.exit()).as(merged1.all()).isEqualTo(1);
        JsonNode rows1 = Json.MAPPER.readTree(merged1.out()).path("targets");
        assertThat(rows1).hasSize(40);
        int missing = 0;
        for (JsonNode row : rows1) {
            String name = row.path("name").asString();
            String status = row.path("status").asString();
            if (assigned.get(victim).contains(name)) {
                assertThat(row.path("shard").asString()).isEqualTo(victim + "/4");
                if (status.equals("MISSING")) missing++;
                else assertThat(status).as(name).isEqualTo("APPLIED");
            } else {
                assertThat(status).as(name).isEqualTo("APPLIED");
                assertThat(row.path("applied")).as(name).hasSize(MIGRATIONS);
            }
        }
        assertThat(missing).isGreaterThanOrEqualTo(assigned.get(victim).size() - finishedBeforeKill.size()).isPositive();
        Cli.Run text1 = cli.run("fleet", "report", "reports");
        assertThat(text1.out()).contains("shard " + victim + "/4: shard-" + victim + ".json, ")
                .contains("INCOMPLETE").contains(missing + " missing");

        // round 2: every runner again, and a second runner of the killed shard at the same time
        List<Runner> round2 = new ArrayList<>();
        for (int i = 0; i < 4; i++) round2.add(runner(cli, i, "reports/shard-" + i + ".json"));
        round2.add(runner(cli, victim, "reports/shard-" + victim + "-again.json"));
        for (Runner r : round2) assertThat(r.await()).as("shard " + r.shard + ": " + r.err).isZero();

        phase("round 2 done", t0);
        for (Map.Entry<String, TestDatabase> e : fleet.entrySet()) {
            assertThat(countBy(e.getValue(), "SELECT id, count(*) FROM schema_migrations GROUP BY id"))
                    .as(e.getKey() + " tracking rows").hasSize(MIGRATIONS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(countBy(e.getValue(), "SELECT migration, count(*) FROM side_effect GROUP BY migration"))
                    .as(e.getKey() + " side effects").isEqualTo(Map.of("m2", 1, "m3", 1, "m4", 1, "m5", 1));
        }

        Cli.Run merged2 = cli.run("fleet", "report", "reports", "--format", "json");
        assertThat(merged2.exit()).as(merged2.all()).isZero();
        JsonNode summary = Json.MAPPER.readTree(merged2.out());
        assertThat(summary.path("targets")).hasSize(40);
        int appliedAgain = 0;
        for (JsonNode row : summary.path("targets")) {
            String name = row.path("name").asString();
            assertThat(row.path("pending").asInt()).as(name).isZero();
            assertThat(row.path("error").isNull()).as(name).isTrue();
            int shard = Integer.parseInt(row.path("shard").asString().split("/")[0]);
            assertThat(assigned.get(shard)).as(name).contains(name);
            String status = row.path("status").asString();
            if (shard != victim || finishedBeforeKill.contains(name)) {
                assertThat(status).as(name).isEqualTo("UP_TO_DATE");
            } else {
                // one of the two runners of the victim's shard applied what the kill left (all of it, but for the
                // targets the victim was inside of when it died); the other found it up to date
                assertThat(status).as(name).isIn("APPLIED", "UP_TO_DATE");
                if (status.equals("APPLIED")) appliedAgain++;
                assertThat(row.path("applied").size()).as(name).isBetween(status.equals("APPLIED") ? 1 : 0, MIGRATIONS);
            }
        }
        // at --parallel 4 at most four targets were in flight when the victim died; the others got every migration now
        assertThat(appliedAgain).isGreaterThanOrEqualTo(assigned.get(victim).size() - finishedBeforeKill.size() - 4).isPositive();
        assertThat(summary.path("shards")).hasSize(5);
        for (JsonNode run : summary.path("shards")) assertThat(run.path("complete").asBoolean()).as(run.toString()).isTrue();
        Cli.Run text2 = cli.run("fleet", "report", "reports");
        assertThat(text2.out()).contains("40 targets: ").contains(" 0 refused, 0 failed, 0 missing");
        System.err.println("[fleet] merged report after the kill and the rerun (victim shard " + victim + "/4):\n" + text2.out());
    }

    private static void phase(String what, long t0) {
        System.err.printf("[fleet] %s after %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    private Runner runner(Cli cli, int shard, String report) throws IOException {
        Process p = cli.start("up", "--targets", "targets.yaml", "--shard", shard + "/4", "--parallel", "4", "--report", report);
        processes.add(p);
        return new Runner(shard, p, dir.resolve(report));
    }

    private static Map<String, Integer> countBy(TestDatabase db, String sql) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
        }
        return out;
    }

    /** A runner process whose stderr progress lines ("[3/10] name (url): ...") are followed as they come. */
    private static final class Runner {
        final int shard;
        final Process process;
        final StringBuffer err = new StringBuffer();
        final StringBuffer out = new StringBuffer();
        private final Set<String> finished = java.util.Collections.synchronizedSet(new HashSet<>());
        private volatile int total = -1;
        private final CountDownLatch started = new CountDownLatch(1);
        private final List<Map.Entry<Predicate<Integer>, CountDownLatch>> waits = java.util.Collections.synchronizedList(new ArrayList<>());

        final Path report;

        Runner(int shard, Process process, Path report) {
            this.shard = shard;
            this.report = report;
            this.process = process;
            pump(process.getInputStream(), out, false);
            pump(process.getErrorStream(), err, true);
        }

        private void pump(InputStream in, StringBuffer into, boolean progress) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        into.append(line).append('\n');
                        if (progress) progress(line);
                    }
                } catch (IOException ignored) {
                    // the process was killed
                }
                started.countDown();
            });
            t.setDaemon(true);
            t.start();
        }

        private void progress(String line) {
            Matcher m = Pattern.compile("applying migrations to (\\d+) target").matcher(line);
            if (m.find()) {
                total = Integer.parseInt(m.group(1));
                started.countDown();
                return;
            }
            Matcher p = PROGRESS.matcher(line);
            if (p.find()) {
                finished.add(p.group(3));
                synchronized (waits) {
                    for (var w : waits) if (w.getKey().test(finished.size())) w.getValue().countDown();
                }
            }
        }

        /** This runner's targets, from the report it writes before it starts on them. */
        Set<String> awaitTotal() throws Exception {
            assertThat(started.await(60, TimeUnit.SECONDS)).as("shard " + shard + " started: " + err).isTrue();
            assertThat(total).as("shard " + shard + " announced its targets: " + err).isNotNegative();
            Set<String> names = new HashSet<>();
            Json.MAPPER.readTree(Files.readString(report)).path("assigned").forEach(n -> names.add(n.asString()));
            assertThat(names).hasSize(total);
            return names;
        }

        boolean awaitFinished(int n) throws InterruptedException {
            CountDownLatch latch = new CountDownLatch(1);
            synchronized (waits) {
                waits.add(Map.entry(k -> k >= n, latch));
                if (finished.size() >= n) latch.countDown();
            }
            return latch.await(60, TimeUnit.SECONDS);
        }

        Set<String> finished() {
            synchronized (finished) {
                return Set.copyOf(finished);
            }
        }

        int await() throws InterruptedException {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("shard " + shard + " did not finish: " + err);
            }
            return process.exitValue();
        }
    }
}
