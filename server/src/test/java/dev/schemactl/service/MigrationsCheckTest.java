package dev.schemactl.service;

import dev.schemactl.config.SettingsLoader;
import dev.schemactl.config.Settings;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.examples.shop.Customer;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build plugin's check: the shop's entities against what the project's migrations produce on a shadow database,
 * never touching the configured database (judged by its own JDBC catalog, not by our inspector).
 */
class MigrationsCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void aMissingMigrationIsFoundGeneratedAndThenTheCheckPasses(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Settings settings = SettingsLoader.load(dir, new SettingsLoader.Flags(db.urlText(), null, null, null, null), Map.of());
            MigrationsCheck check = new MigrationsCheck(settings,
                    new MigrationClock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)));
            DesiredSpec shop = new DesiredSpec(List.of(GenerateIdempotencyTest.classesOf(Customer.class)),
                    List.of("dev.schemactl.examples.shop"), null, null, null);
            Renames none = Renames.parse(List.of());

            DiffResult missing = check.check(shop, none, null);
            assertThat(missing.isEmpty()).isFalse();
            assertThat(missing.changes()).extracting(ChangeView::description).contains("create table customers");

            NewMigrationResult written = check.generate("init", shop, none, null);
            assertThat(written.path()).isEqualTo("migrations/versions/20260102030405_init.sql");
            assertThat(written.text()).contains("rollback verified");

            DiffResult after = check.check(shop, none, null);
            assertThat(after.changes()).as(after.text()).isEmpty();
            assertThat(check.generate("again", shop, none, null).path()).isNull();
            try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
                assertThat(files.count()).isEqualTo(1);
            }
            assertThat(tablesOf(db)).as("the configured database is never touched").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2"})
    void aMigrationThatDoesNotReplayIsATypedError(EngineKind engine) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/versions/20260101000000_broken.sql"),
                "--liquibase formatted sql\n\n--changeset schemactl:20260101000000-1\nCREATE TABLE broken (id nosuchtype);\n--rollback DROP TABLE broken;\n");
        Settings settings = SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of());
        DesiredSpec shop = new DesiredSpec(List.of(GenerateIdempotencyTest.classesOf(Customer.class)),
                List.of("dev.schemactl.examples.shop"), null, null, null);
        assertThatThrownBy(() -> new MigrationsCheck(settings, new MigrationClock(Clock.systemUTC()))
                .check(shop, Renames.parse(List.of()), null))
                .isInstanceOf(SchemactlException.class)
                .hasMessageContaining("20260101000000_broken.sql");
        assertThat(dir.resolve(".schemactl")).as("no database file made for the default URL").doesNotExist();
    }

    private static List<String> tablesOf(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[]{"TABLE"})) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.startsWith("pg_"))) continue;
                out.add(schema + "." + rs.getString("TABLE_NAME"));
            }
            return out;
        }
    }
}
