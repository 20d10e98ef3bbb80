package dev.schemactl.cli;

import dev.schemactl.config.DatabaseUrl;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations never run through a connection pooler: PgBouncer in transaction pooling (started by .ci/run on
 * 127.0.0.1:6432) is detected and refused, a direct URL (SCHEMACTL_DIRECT_URL, schemactl.yaml direct_url) takes the
 * changes, and reads keep going through the pooler.
 */
class PoolerTest {
    private static final int BOUNCER_PORT = 6432;

    @TempDir
    Path dir;
    private TestDatabase db;
    private TestDatabase other;
    private String pooled;
    private String direct;

    @BeforeEach
    void setUp() throws IOException, SQLException {
        db = TestDatabase.create(EngineKind.POSTGRESQL);
        DatabaseUrl url = db.url();
        assumeBouncer(url);
        pooled = "postgres://" + url.user() + "@127.0.0.1:" + BOUNCER_PORT + "/" + url.database();
        direct = db.urlText();
        shadowsBefore = shadowsWithWidgets();
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("20260101000000_create_widgets.sql"), """
                --liquibase formatted sql

                --changeset test:20260101000000-1
                CREATE TABLE widgets (id INT PRIMARY KEY);
                --rollback DROP TABLE widgets;
                """);
    }

    /** Shadow databases with this test's table that were there before it ran (another test's, still at work). */
    private java.util.Set<String> shadowsBefore;

    @AfterEach
    void tearDown() throws SQLException {
        try {
            // each shadow a command checked a migration on is gone, though the pooler kept a server session to it
            if (shadowsBefore != null) assertThat(shadowsWithWidgets()).as("shadow databases left behind").isSubsetOf(shadowsBefore);
        } finally {
            if (db != null) db.close();
            if (other != null) other.close();
        }
    }

    /** PgBouncer must be there under CI=true; elsewhere the test is skipped without it. */
    private static void assumeBouncer(DatabaseUrl url) {
        String jdbc = "jdbc:postgresql://127.0.0.1:" + BOUNCER_PORT + "/" + url.database();
        try (Connection ignored = DriverManager.getConnection(jdbc, url.user(), url.password())) {
            return;
        } catch (SQLException e) {
            String message = "PgBouncer is not listening on 127.0.0.1:" + BOUNCER_PORT + " (.ci/run starts it): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(message);
            Assumptions.abort(message);
        }
    }

    @Test
    void theBouncerIsATransactionPoolerSeenByItsOwnAdminConsole() throws Exception {
        // the oracle: PgBouncer's admin console, not schemactl
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(BOUNCER_PORT), "-U", "postgres",
                "-d", "pgbouncer", "-Atc", "SHOW CONFIG").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines().filter(l -> l.startsWith("pool_mode|"))).singleElement().asString().startsWith("pool_mode|transaction|");
    }

    @Test
    void migrationsThroughThePoolerAreRefusedAndReadsStillWork() throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", pooled);

        Cli.Run up = cli.run("up");
        assertThat(up.exit()).as(up.all()).isEqualTo(1);
        assertThat(up.err()).contains("error: migrations cannot run through the connection pooler at postgres://")
                .contains(":" + BOUNCER_PORT + "/").contains("PgBouncer").contains("direct_url").contains("SCHEMACTL_DIRECT_URL");
        assertThat(DbFacts.tables(db)).doesNotContain("schema_migrations", "widgets");

        Cli.Run json = cli.run("up", "--format", "json");
        assertThat(json.out()).contains("\"code\" : \"POOLER\"");

        Cli.Run status = cli.run("status");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("20260101000000").contains("pending");
    }

    @Test
    void aDirectUrlTakesTheChangesWhileTheUrlStaysThePooler() throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", pooled).env("SCHEMACTL_DIRECT_URL", direct);

        Cli.Run up = cli.run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(DbFacts.tables(db)).contains("schema_migrations", "widgets");
        assertThat(DbFacts.trackingRows(db)).isEqualTo(1);

        Cli.Run status = new Cli(dir).env("DATABASE_URL", pooled).run("status");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("20260101000000").contains("applied");

        Cli.Run rollback = cli.run("rollback");
        assertThat(rollback.exit()).as(rollback.all()).isZero();
        assertThat(DbFacts.tables(db)).doesNotContain("widgets");
    }

    /** The shadow databases on the server that hold a widgets table (this test's migration). */
    private java.util.Set<String> shadowsWithWidgets() throws SQLException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        DatabaseUrl url = DatabaseUrl.parse(direct, dir);
        java.util.List<String> shadows = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + url.port() + "/postgres", url.user(), "");
             var rs = c.createStatement().executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'schemactl_shadow_%'")) {
            while (rs.next()) shadows.add(rs.getString(1));
        }
        for (String name : shadows) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + url.port() + "/" + name, url.user(), "");
                 var rs = c.createStatement().executeQuery("SELECT 1 FROM pg_tables WHERE tablename = 'widgets'")) {
                if (rs.next()) out.add(name);
            } catch (SQLException gone) {
                // dropped meanwhile
            }
        }
        return out;
    }

    @Test
    void directUrlInSchemactlYamlMustReachTheServerItselfAndTheSameDatabase() throws Exception {
        Files.writeString(dir.resolve("schemactl.yaml"), "url: " + pooled + "\ndirect_url: " + pooled + "\n");
        Cli.Run viaPooler = new Cli(dir).run("up");
        assertThat(viaPooler.exit()).as(viaPooler.all()).isEqualTo(1);
        assertThat(viaPooler.err()).contains("error: the direct URL postgres://").contains("goes through a pooler as well");

        other = TestDatabase.create(EngineKind.POSTGRESQL);
        Files.writeString(dir.resolve("schemactl.yaml"), "url: " + pooled + "\ndirect_url: " + other.urlText() + "\n");
        Cli.Run elsewhere = new Cli(dir).run("up");
        assertThat(elsewhere.exit()).as(elsewhere.all()).isEqualTo(2);
        assertThat(elsewhere.err()).contains("reaches database '" + other.url().database() + "' but")
                .contains("reaches '" + db.url().database() + "'");
        assertThat(DbFacts.tables(other)).doesNotContain("widgets");

        Files.writeString(dir.resolve("schemactl.yaml"), "url: " + pooled + "\ndirect_url: " + direct + "\n");
        Cli.Run ok = new Cli(dir).run("up");
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(DbFacts.trackingRows(db)).isEqualTo(1);
    }

    @Test
    void aDirectConnectionIsNotTakenForAPooler() throws Exception {
        Cli.Run up = new Cli(dir).env("DATABASE_URL", direct).run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(DbFacts.trackingRows(db)).isEqualTo(1);
    }
}
