package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** diff / new from a SQL file (shadow database), renames that keep data, dump and load, on each engine. */
class SchemaCommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aRenameWithAHintKeepsTheData(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("v1.sql"), "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);");
            assertThat(cli.run("new", "-m", "people", "--to-sql", "v1.sql").exit()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO people (id, name) VALUES (1, 'Ada'), (2, 'Grace')");
            }
            Files.writeString(dir.resolve("v2.sql"), "CREATE TABLE people (id INT PRIMARY KEY, full_name VARCHAR(100) NOT NULL);");

            Cli.Run unhinted = cli.run("diff", "--to-sql", "v2.sql", "--drop-extra");
            assertThat(unhinted.exit()).as(unhinted.all()).isZero();
            assertThat(unhinted.out()).contains("- drop column people.name").contains("+ add column people.full_name")
                    .contains("pass --rename people.name=full_name");
            // without --drop-extra the old column is kept and listed, never dropped
            Cli.Run keeping = cli.run("diff", "--to-sql", "v2.sql");
            assertThat(keeping.out()).as(keeping.all()).doesNotContain("- drop column people.name").doesNotContain("DROP COLUMN name")
                    .contains("= column people.name").contains("+ add column people.full_name")
                    .contains("pass --rename people.name=full_name");

            Cli.Run hinted = cli.run("new", "-m", "rename", "--to-sql", "v2.sql", "--rename", "people.name=full_name");
            assertThat(hinted.exit()).as(hinted.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(names(db, "SELECT full_name FROM people ORDER BY id")).containsExactly("Ada", "Grace");
            assertThat(cli.run("diff", "--to-sql", "v2.sql").out()).startsWith("no changes").doesNotContain("only in the database");

            assertThat(cli.run("rollback").exit()).isZero();
            assertThat(names(db, "SELECT name FROM people ORDER BY id")).containsExactly("Ada", "Grace");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void dumpThenLoadIntoAnEmptyDatabaseGivesTheSameSchemaAndStatus(EngineKind engine) throws Exception {
        try (TestDatabase source = TestDatabase.create(engine); TestDatabase target = TestDatabase.create(engine)) {
            Cli from = new Cli(dir).env("DATABASE_URL", source.urlText());
            Files.writeString(dir.resolve("schema.sql"), """
                    CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE, score INT DEFAULT 0);
                    CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES customers (id), total DECIMAL(12,2));
                    CREATE INDEX orders_by_customer ON orders (customer_id, total);
                    """);
            assertThat(from.run("new", "-m", "init", "--to-sql", "schema.sql").exit()).isZero();
            assertThat(from.run("up").exit()).isZero();

            Cli.Run dump = from.run("dump", "--schema-file", "db/schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            assertThat(dump.out()).contains("2 tables, 1 applied migrations");
            String first = Files.readString(dir.resolve("db/schema.sql"));
            assertThat(first).contains("-- schemactl: engine=" + engine.id()).contains("CREATE TABLE customers");
            // what it leaves out is said, not silently dropped (pg_dump would write GRANTs and owners)
            if (engine != EngineKind.SQLITE) assertThat(first).contains("-- not written: owners, roles and privileges (GRANT/REVOKE)");
            assertThat(from.run("dump", "--schema-file", "db/again.sql").exit()).isZero();
            assertThat(Files.readString(dir.resolve("db/again.sql"))).isEqualTo(first);

            Cli to = new Cli(dir).env("DATABASE_URL", target.urlText());
            Cli.Run load = to.run("load", "--schema-file", "db/schema.sql");
            assertThat(load.exit()).as(load.all()).isZero();
            assertThat(to.run("status", "--exit-code").exit()).isZero();
            Cli.Run compare = to.run("diff", "--to-url", source.urlText());
            assertThat(compare.out()).as(compare.all()).startsWith("no changes").doesNotContain("only in the database");
            Cli.Run again = to.run("load", "--schema-file", "db/schema.sql");
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.err()).contains("is not empty");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void newWithNothingToDoWritesNothing(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("s.sql"), "CREATE TABLE t (id INT PRIMARY KEY);");
            assertThat(cli.run("new", "-m", "t", "--to-sql", "s.sql").exit()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            Cli.Run none = cli.run("new", "-m", "nothing", "--to-sql", "s.sql");
            assertThat(none.exit()).isZero();
            assertThat(none.out()).startsWith("no changes").doesNotContain("only in the database");
            try (var files = Files.list(dir.resolve("migrations/versions"))) {
                assertThat(files.count()).isEqualTo(1);
            }
            Cli.Run json = cli.run("diff", "--to-sql", "s.sql", "--format", "json");
            assertThat(json.exit()).isZero();
            assertThat(json.out()).contains("\"changes\" : [ ]");
            Files.writeString(dir.resolve("broken.sql"), "CREATE TABLE (oops;");
            Cli.Run broken = cli.run("diff", "--to-sql", "broken.sql");
            assertThat(broken.exit()).isEqualTo(1);
            assertThat(broken.err()).contains("broken.sql:1: `CREATE TABLE (oops` does not load into a shadow");
        }
    }

    private static List<String> names(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
