package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Never an empty desired state by accident: explicit schemas, scripts that fail or lose tables, drop-everything plans. */
class DesiredStateGuardsTest {
    @TempDir
    Path dir;

    /** pg_dump's preamble empties search_path; the inspection names its schema and still sees every table. */
    @Test
    void aPgDumpFileWithAnEmptySearchPathIsReadInFull() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("dump.sql"), """
                    SET standard_conforming_strings = on;
                    SELECT pg_catalog.set_config('search_path', '', false);
                    CREATE TABLE public.customers (id integer NOT NULL, note text DEFAULT 'C:\\');
                    ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
                    """);
            Cli.Run diff = cli.run("diff", "--to-sql", "dump.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.out()).contains("create table customers");

            Cli.Run created = cli.run("new", "-m", "init", "--to-sql", "dump.sql");
            assertThat(created.exit()).as(created.all()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            Cli.Run again = cli.run("diff", "--to-sql", "dump.sql");
            assertThat(again.out()).as(again.all()).startsWith("no changes").doesNotContain("only in the database");
            // the same file against the database loaded from it: never a plan of DROPs
            Cli.Run same = cli.run("new", "-m", "again", "--to-sql", "dump.sql");
            assertThat(same.exit()).as(same.all()).isZero();
            assertThat(same.out()).contains("no changes");
        }
    }

    /**
     * A newer pg_dump's preamble sets parameters PostgreSQL 15 does not know (pg_dump 17: transaction_timeout): psql
     * goes on past them, and so does schemactl, with a warning naming the line; a bad value of a known parameter or a
     * SET of something else is still an error.
     */
    @Test
    void aNewerPgDumpsUnknownSessionSettingsAreSkippedWithAWarning() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("dump.sql"), """
                    SET statement_timeout = 0;
                    SET transaction_timeout = 0;
                    SET schemactl_future_dump_setting = 0;
                    SELECT pg_catalog.set_config('search_path', '', false);
                    CREATE TABLE public.customers (id integer NOT NULL, name text);
                    ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
                    """);
            Cli.Run diff = cli.run("diff", "--to-sql", "dump.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.out()).contains("create table customers");
            // the warning ("dump.sql:3: skipped `SET schemactl_future_dump_setting = 0`: ...") is logged to stderr

            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "dump.sql");
            assertThat(load.exit()).as(load.all()).isZero();
            assertThat(new Cli(dir).env("DATABASE_URL", copy.urlText()).run("diff", "--to-sql", "dump.sql").out())
                    .startsWith("no changes");

            Files.writeString(dir.resolve("bad.sql"), "SET statement_timeout = 'soon';\nCREATE TABLE t (id integer PRIMARY KEY);\n");
            Cli.Run bad = cli.run("diff", "--to-sql", "bad.sql");
            assertThat(bad.exit()).as(bad.all()).isEqualTo(1);
            assertThat(bad.err()).contains("bad.sql:1");
            Files.writeString(dir.resolve("role.sql"), "SET ROLE schemactl_no_such_role;\nCREATE TABLE t (id integer PRIMARY KEY);\n");
            Cli.Run role = cli.run("diff", "--to-sql", "role.sql");
            assertThat(role.exit()).as(role.all()).isEqualTo(1);
            assertThat(role.err()).contains("role.sql:1");
        }
    }

    @Test
    void tablesInASchemaNotInspectedAreAnErrorNamingThem() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("billing.sql"), """
                    CREATE SCHEMA billing;
                    CREATE TABLE billing.invoices (id integer PRIMARY KEY);
                    """);
            Cli.Run diff = cli.run("diff", "--to-sql", "billing.sql");
            assertThat(diff.exit()).as(diff.all()).isEqualTo(1);
            assertThat(diff.err()).contains("billing.invoices (billing.sql:2)").contains("add billing to `schemas:`");

            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, billing]\n");
            Cli.Run scoped = cli.run("diff", "--to-sql", "billing.sql");
            assertThat(scoped.exit()).as(scoped.all()).isZero();
            assertThat(scoped.out()).contains("invoices");
        }
    }

    /** H2 reads `schemas:` too: a desired-state file's billing table is seen once billing is configured. */
    @Test
    void anH2TableOfAnotherSchemaIsReadOnceThatSchemaIsConfigured() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("billing.sql"), """
                    CREATE SCHEMA billing;
                    CREATE TABLE billing.invoices (id integer PRIMARY KEY);
                    """);
            Cli.Run diff = cli.run("diff", "--to-sql", "billing.sql");
            assertThat(diff.exit()).as(diff.all()).isEqualTo(1);
            assertThat(diff.err()).contains("billing.invoices (billing.sql:2)");

            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, billing]\n");
            Cli.Run scoped = cli.run("diff", "--to-sql", "billing.sql");
            assertThat(scoped.exit()).as(scoped.all()).isZero();
            assertThat(scoped.out()).contains("billing.invoices");
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void aFileThatFailsPartwayNamesTheStatementAndItsLine(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("broken.sql"), """
                    CREATE TABLE a (id int PRIMARY KEY);

                    -- a comment
                    CREATE TABLE b (id int PRIMARY KEY,
                        a_id int REFERENCES nowhere (id));
                    CREATE TABLE c (id int PRIMARY KEY);
                    """);
            Cli.Run diff = cli.run("diff", "--to-sql", "broken.sql");
            assertThat(diff.exit()).as(diff.all()).isEqualTo(1);
            assertThat(diff.err()).contains("broken.sql:4: `CREATE TABLE b (id int PRIMARY KEY,` does not load into a shadow");
            assertThat(diff.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aMariaDbFileThatSwitchesDatabaseIsRefusedBeforeItRuns() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("sakila.sql"), """
                    CREATE SCHEMA sakila_never_made;
                    USE sakila_never_made;
                    CREATE TABLE actor (id int PRIMARY KEY);
                    """);
            Cli.Run diff = cli.run("diff", "--to-sql", "sakila.sql");
            assertThat(diff.exit()).as(diff.all()).isEqualTo(1);
            assertThat(diff.err()).contains("sakila.sql:1: `CREATE SCHEMA sakila_never_made` is not allowed here");
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'sakila_never_made'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void aPlanThatDropsEveryTableIsRefusedUnlessAskedFor(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("v1.sql"), "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY);");
            assertThat(cli.run("new", "-m", "init", "--to-sql", "v1.sql").exit()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            Files.writeString(dir.resolve("empty.sql"), "-- nothing here\n");

            // by default nothing only the database has is dropped: the tables are kept, listed, and the emptiness is warned about
            Cli.Run kept = cli.run("diff", "--to-sql", "empty.sql");
            assertThat(kept.exit()).as(kept.all()).isZero();
            assertThat(kept.all()).contains("has none of the database's 2 tables").contains("= table a").contains("= table b")
                    .doesNotContain("DROP TABLE");
            Cli.Run keptNew = cli.run("new", "-m", "wipe", "--to-sql", "empty.sql");
            assertThat(keptNew.exit()).as(keptNew.all()).isZero();
            assertThat(keptNew.out()).contains("no changes");

            // asked to drop them (--drop-extra), the drop-everything guard still stands
            Cli.Run diff = cli.run("diff", "--to-sql", "empty.sql", "--drop-extra");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.all()).contains("drops every table");

            Cli.Run refused = cli.run("new", "-m", "wipe", "--to-sql", "empty.sql", "--drop-extra");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("refused: the plan drops every table").contains("--allow-drop-all");
            try (var files = Files.list(dir.resolve("migrations/versions"))) {
                assertThat(files.count()).isEqualTo(1);
            }
            Cli.Run allowed = cli.run("new", "-m", "wipe", "--to-sql", "empty.sql", "--drop-extra", "--allow-drop-all", "--no-verify");
            assertThat(allowed.exit()).as(allowed.all()).isZero();
            assertThat(allowed.out()).contains("wrote");
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB"})
    void unmanagedObjectsAreListedLeftAloneAndAPlanThatWouldBreakOneIsRefused(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE people (id int PRIMARY KEY, name varchar(50), note varchar(50))");
                st.execute("CREATE VIEW people_names AS SELECT id, name FROM people");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("keep.sql"), "CREATE TABLE people (id int PRIMARY KEY, name varchar(50));");
            Cli.Run keep = cli.run("diff", "--to-sql", "keep.sql", "--drop-extra");
            assertThat(keep.exit()).as(keep.all()).isZero();
            assertThat(keep.out()).contains("- drop column people.note").contains("= view people_names: unmanaged, left alone")
                    .doesNotContain("DROP VIEW");

            Files.writeString(dir.resolve("break.sql"), "CREATE TABLE people (id int PRIMARY KEY, note varchar(50));");
            Cli.Run refused = cli.run("new", "-m", "drop name", "--to-sql", "break.sql", "--drop-extra");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("drop column people.name would break view people_names");
            assertThat(dir.resolve("migrations/versions")).doesNotExist();
        }
    }

    /** MariaDB keeps a trigger's body as text: a column it names through NEW/OLD cannot be renamed or dropped under it. */
    @Test
    void aMariaDbPlanThatRenamesOrDropsAColumnATriggerNamesIsRefused() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE stock (id int PRIMARY KEY, qty int, item varchar(20))");
                st.execute("CREATE TABLE stock_log (delta int)");
                st.execute("CREATE TRIGGER stock_au AFTER UPDATE ON stock FOR EACH ROW INSERT INTO stock_log VALUES (NEW.qty - OLD.`qty`)");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("rename.sql"), "CREATE TABLE stock (id int PRIMARY KEY, amount int, item varchar(20));"
                    + "\nCREATE TABLE stock_log (delta int);");
            Cli.Run renamed = cli.run("new", "-m", "rename", "--to-sql", "rename.sql", "--drop-extra", "--rename", "stock.qty=amount");
            assertThat(renamed.exit()).as(renamed.all()).isEqualTo(3);
            assertThat(renamed.err()).contains("rename column stock.qty to amount would break trigger stock_au on stock");

            Files.writeString(dir.resolve("drop.sql"), "CREATE TABLE stock (id int PRIMARY KEY, qty int);\nCREATE TABLE stock_log (delta int);");
            Cli.Run dropOther = cli.run("new", "-m", "drop item", "--to-sql", "drop.sql", "--drop-extra");
            assertThat(dropOther.exit()).as("a column the trigger does not name: " + dropOther.all()).isZero();
        }
    }
}
