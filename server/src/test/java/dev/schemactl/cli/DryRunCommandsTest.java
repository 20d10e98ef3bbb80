package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `migrate --dry-run` and `rollback --dry-run`: the SQL that would run, and nothing changed. */
class DryRunCommandsTest {
    @TempDir
    Path dir;

    @Test
    void dryRunsPrintTheSqlAndChangeNothing() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            Path versions = dir.resolve("migrations/versions");
            Files.createDirectories(versions);
            Files.writeString(versions.resolve("20260101000000_create_widgets.sql"), "--liquibase formatted sql\n"
                    + "--changeset t:1\nCREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());

            Cli.Run plan = cli.run("migrate", "--dry-run");
            assertThat(plan.exit()).as(plan.all()).isZero();
            assertThat(plan.out()).startsWith("dry run: would apply 1 migration: 20260101000000")
                    .contains("-- 20260101000000_create_widgets.sql\n-- changeset t:1\nCREATE TABLE widgets")
                    .contains("0 applied, 1 pending");
            assertThat(cli.run("status", "--exit-code", "-q").exit()).isEqualTo(4);

            var json = Json.MAPPER.readTree(cli.run("migrate", "--dry-run", "--format", "json").out());
            assertThat(json.path("dryRun").asBoolean()).isTrue();
            assertThat(json.path("plan").get(0).path("sql").asString()).contains("CREATE TABLE widgets");

            assertThat(cli.run("up").exit()).isZero();
            Cli.Run undo = cli.run("rollback", "--dry-run");
            assertThat(undo.out()).startsWith("dry run: would roll back 1 migration: 20260101000000")
                    .contains("DROP TABLE widgets").contains("1 applied, 0 pending");
            assertThat(cli.run("status", "--exit-code", "-q").exit()).isZero();
            assertThat(cli.run("migrate", "--dry-run").out()).startsWith("dry run: nothing to apply");
        }
    }
}
