package dev.schemactl.service;

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

/** Messages speak the engine's language: its type names, its non-transactional steps. */
class EngineSpelledMessagesTest {
    @TempDir
    Path dir;

    @Test
    void fileHeadersAndDiffDescriptionsSpellTypesAsPostgresDoes() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE events (id int PRIMARY KEY, at timestamptz(6), size bigint)");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("v2.sql"), "CREATE TABLE events (id int PRIMARY KEY, at timestamp(6), size int);");
            Cli.Run diff = cli.run("diff", "--to-sql", "v2.sql");
            assertThat(diff.out()).as(diff.all()).contains("from timestamp(6) with time zone to timestamp(6)")
                    .doesNotContain("timestamp_tz");
            Cli.Run created = cli.run("new", "-m", "narrow", "--to-sql", "v2.sql", "--no-verify");
            assertThat(created.exit()).as(created.all()).isZero();
            try (var files = Files.list(dir.resolve("migrations/versions"))) {
                String content = Files.readString(files.findFirst().orElseThrow());
                assertThat(content).contains("-- schemactl: rollback-loses-data=")
                        .contains("change type of events.size from bigint to integer").doesNotContain("timestamp_tz");
            }
        }
    }

    @Test
    void aFailedConcurrentlyChangesetOnPostgresNamesItsOwnStepNotSqlite() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE users (id int PRIMARY KEY, email text)");
                st.execute("INSERT INTO users VALUES (1, 'a@x'), (2, 'a@x')");
            }
            Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(versions.resolve("20260101000000_unique_email.sql"), """
                    --liquibase formatted sql
                    -- schemactl: engine=postgresql

                    --changeset test:20260101000000-1 runInTransaction:false
                    CREATE UNIQUE INDEX CONCURRENTLY users_email ON users (email);
                    --rollback DROP INDEX CONCURRENTLY users_email;

                    --changeset test:20260101000000-2
                    ALTER TABLE users ADD COLUMN note text;
                    --rollback ALTER TABLE users DROP COLUMN note;
                    """);
            Cli.Run up = new Cli(dir).env("DATABASE_URL", db.urlText()).run("up");
            assertThat(up.exit()).as(up.all()).isEqualTo(1);
            assertThat(up.err()).contains("CREATE UNIQUE INDEX CONCURRENTLY users_email ON users (email)")
                    .doesNotContain("SQLite").doesNotContain("PRAGMA");
        }
    }
}
