package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.NativeClients;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL table inheritance (INHERITS): the children are unmanaged, listed, left alone, and dumped so that a load
 * reproduces them as pg_dump sees them (own columns, own defaults and NOT NULL on inherited columns, own checks,
 * indexes, keys, comments, a grandchild).
 */
class PostgresChildTablesTest {
    private static final String SCHEMA = """
            CREATE TABLE base (id serial PRIMARY KEY, a integer DEFAULT 5, b text, c text NOT NULL, d text DEFAULT 'x');
            CREATE TABLE kid (extra integer NOT NULL DEFAULT 3, "Mixed" text COLLATE "C", CHECK (a > 0)) INHERITS (base);
            ALTER TABLE ONLY kid ALTER COLUMN a SET DEFAULT 7;
            ALTER TABLE ONLY kid ALTER COLUMN b SET NOT NULL;
            ALTER TABLE ONLY kid ALTER COLUMN d DROP DEFAULT;
            ALTER TABLE ONLY kid ADD CONSTRAINT kid_pkey PRIMARY KEY (id);
            CREATE INDEX kid_by_extra ON kid (extra);
            COMMENT ON TABLE kid IS 'it''s a kid';
            CREATE TABLE grandkid (note text) INHERITS (kid);
            CREATE TABLE other (id integer PRIMARY KEY);
            """;

    /** A managed table with a foreign key to a child table, and a serial column of the child's own. */
    private static final String REFERENCED_CHILD = """
            CREATE TABLE base (id serial PRIMARY KEY, note text);
            CREATE TABLE kid (kid_no serial, extra integer) INHERITS (base);
            ALTER TABLE ONLY kid ADD CONSTRAINT kid_pkey PRIMARY KEY (id);
            CREATE TABLE ref (id integer PRIMARY KEY, kid_id integer REFERENCES kid (id));
            """;

    @TempDir
    Path dir;

    @Test
    void aForeignKeyToAChildTableAndTheChildsOwnSequenceSurviveDumpAndLoad() throws Exception {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, REFERENCED_CHILD);
        try (TestDatabase original = TestDatabase.create(EngineKind.POSTGRESQL);
             TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            NativeClients.load(original, file);
            Cli cli = new Cli(dir).env("DATABASE_URL", original.urlText());
            Cli.Run same = cli.run("diff", "--to-sql", "schema.sql");
            assertThat(same.exit()).as(same.all()).isZero();
            assertThat(same.out()).as(same.all()).startsWith("no changes");

            Cli.Run dump = cli.run("dump", "--schema-file", "db/schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "db/schema.sql");
            assertThat(load.exit()).as(load.all() + Files.readString(dir.resolve("db/schema.sql"))).isZero();
            assertThat(NativeClients.schema(copy)).isEqualTo(NativeClients.schema(original));
        }
    }

    @Test
    void aPlanFromEmptyCreatesTheChildAfterItsParentAndTheForeignKeyAfterTheChild() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), REFERENCED_CHILD);
        try (TestDatabase original = TestDatabase.create(EngineKind.POSTGRESQL);
             TestDatabase empty = TestDatabase.create(EngineKind.POSTGRESQL)) {
            NativeClients.load(original, dir.resolve("schema.sql"));
            Cli cli = new Cli(dir).env("DATABASE_URL", empty.urlText());
            Cli.Run created = cli.run("new", "-m", "all", "--to-sql", "schema.sql");
            assertThat(created.exit()).as(created.all()).isZero();
            assertThat(created.all()).doesNotContain("NOT verified").doesNotContain("not created");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            Map<String, String> migrated = new TreeMap<>(NativeClients.schema(empty));
            migrated.keySet().removeIf(k -> k.contains("schema_migrations")); // schemactl's own tracking tables
            assertThat(migrated).isEqualTo(NativeClients.schema(original));
            Cli.Run same = cli.run("diff", "--to-sql", "schema.sql");
            assertThat(same.out()).as(same.all()).startsWith("no changes");
        }
    }

    @Test
    void aPlanThatCannotCreateTheReferencedPartitionRefusesInsteadOfWritingFailingSql() throws Exception {
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE m (id integer PRIMARY KEY) PARTITION BY RANGE (id);
                CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);
                CREATE TABLE ref (id integer PRIMARY KEY, m_id integer REFERENCES m1 (id));
                """);
        try (TestDatabase empty = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", empty.urlText());
            Cli.Run diff = cli.run("diff", "--to-sql", "schema.sql");
            assertThat(diff.all()).contains("references partition m1").contains("which the plan does not create");
            Cli.Run run = cli.run("new", "-m", "all", "--to-sql", "schema.sql");
            assertThat(run.exit()).as(run.all()).isNotZero();
            assertThat(run.all()).contains("references partition m1").contains("schemactl new --empty")
                    .doesNotContain("\tat ");
            assertThat(dir.resolve("migrations/versions")).satisfiesAnyOf(
                    d -> assertThat(Files.exists(d)).isFalse(), d -> assertThat(d).isEmptyDirectory());
        }
    }

    @Test
    void childTablesAreListedLeftAloneAndDumpedSoThatALoadReproducesThem() throws Exception {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, SCHEMA);
        try (TestDatabase original = TestDatabase.create(EngineKind.POSTGRESQL);
             TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            NativeClients.load(original, file);
            Cli cli = new Cli(dir).env("DATABASE_URL", original.urlText());
            Cli.Run diff = cli.run("diff", "--to-sql", "schema.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.out()).as(diff.all()).startsWith("no changes")
                    .contains("child table kid of base: unmanaged, left alone")
                    .contains("child table grandkid of kid: unmanaged, left alone")
                    .contains("index kid_by_extra on kid: unmanaged");

            // a plan that drops the parent would break its children: refused, not run
            Files.writeString(dir.resolve("without-base.sql"), "CREATE TABLE other (id integer PRIMARY KEY);");
            Cli.Run drop = cli.run("new", "-m", "drop", "--to-sql", "without-base.sql", "--drop-extra");
            assertThat(drop.exit()).as(drop.all()).isNotZero();
            assertThat(drop.all()).contains("would break child table kid of base");

            Cli.Run dump = cli.run("dump", "--schema-file", "db/schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "db/schema.sql");
            assertThat(load.exit()).as(load.all()).isZero();
            assertThat(NativeClients.schema(copy)).isEqualTo(NativeClients.schema(original));
        }
    }
}
