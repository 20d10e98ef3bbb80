package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad URLs, unreachable hosts, wrong credentials, wait: one line, the right exit code, no password anywhere. */
class ConnectionFailuresTest {
    @TempDir
    Path dir;

    @Test
    void badUrlIsAUsageError() {
        Cli.Run run = new Cli(dir).run("--url", "oracle://x/y", "status");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: unsupported database URL scheme").contains("postgres://");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void unreachableHostIsOneLineWithAHintAndNoPassword() {
        Cli.Run run = new Cli(dir).run("--url", "postgres://app:hunter2@127.0.0.1:1/app", "status");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: cannot reach postgres://app:****@127.0.0.1:1/app").contains("schemactl wait");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.all()).doesNotContain("hunter2");
        Cli.Run maria = new Cli(dir).run("--url", "mysql://root:hunter2@127.0.0.1:1/app", "up");
        assertThat(maria.exit()).isEqualTo(1);
        assertThat(maria.err()).startsWith("error: cannot reach mysql://root:****@127.0.0.1:1/app");
        assertThat(maria.all()).doesNotContain("hunter2");
    }

    @Test
    void wrongPasswordOnMariaDbAndUnknownRoleOnPostgres() throws Exception {
        TestDatabase maria = TestDatabase.create(EngineKind.MARIADB);
        String user = "sct_user_" + maria.url().database().substring(4);
        try (Connection c = maria.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right-pass-77'");
            st.execute("GRANT ALL ON " + maria.url().database() + ".* TO '" + user + "'@'%'");
        }
        try {
            String base = "mysql://" + user + ":%s@127.0.0.1:3306/" + maria.url().database();
            Cli.Run wrong = new Cli(dir).run("--url", String.format(base, "wrong-pass-99"), "up");
            assertThat(wrong.exit()).isEqualTo(1);
            assertThat(wrong.err()).contains("authentication failed for user '" + user + "'");
            assertThat(wrong.all()).doesNotContain("wrong-pass-99");

            Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(dir.resolve("migrations/versions/20260101000000_t.sql"),
                    "--liquibase formatted sql\n--changeset t:1\nCREATE TABLE t (id INT PRIMARY KEY);\n--rollback DROP TABLE t;\n");
            String right = String.format(base, "right-pass-77");
            for (String[] args : new String[][]{{"up"}, {"status"}, {"status", "--format", "json"}, {"--verbose", "status"},
                    {"rollback"}, {"wait"}}) {
                Cli.Run ok = new Cli(dir).env("DATABASE_URL", right).run(args);
                assertThat(ok.exit()).as(String.join(" ", args) + ": " + ok.all()).isZero();
                assertThat(ok.all()).doesNotContain("right-pass-77");
            }
            Files.writeString(dir.resolve("migrations/versions/20260102000000_bad.sql"),
                    "--liquibase formatted sql\n--changeset t:2\nCREATE TABLE broken (x NOSUCHTYPE);\n--rollback DROP TABLE broken;\n");
            Cli.Run failed = new Cli(dir).env("DATABASE_URL", right).run("--verbose", "up");
            assertThat(failed.exit()).isEqualTo(1);
            assertThat(failed.all()).doesNotContain("right-pass-77");
        } finally {
            try (Connection c = maria.connect(); Statement st = c.createStatement()) {
                st.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            }
            maria.close();
        }
        Cli.Run pg = new Cli(dir).run("--url", "postgres://no_such_role_x:pw@127.0.0.1:5432/postgres", "status");
        assertThat(pg.exit()).isEqualTo(1);
        assertThat(pg.err()).contains("authentication failed for user 'no_such_role_x'");
    }

    @Test
    void waitSucceedsAgainstARunningServerAndTimesOutAgainstADeadOne() {
        TestDatabase.server(EngineKind.POSTGRESQL);
        Cli.Run ok = new Cli(dir).run("--url", "postgres://postgres@127.0.0.1:5432/postgres", "wait");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("is accepting connections");

        long start = System.nanoTime();
        Cli.Run timeout = new Cli(dir).run("--url", "postgres://postgres:pw1@127.0.0.1:1/x", "wait", "--wait-timeout", "2s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(timeout.exit()).isEqualTo(1);
        assertThat(timeout.err()).startsWith("error: gave up waiting for postgres://postgres:****@127.0.0.1:1/x after 2 s");
        assertThat(millis).isBetween(1_500L, 10_000L);
    }
}
