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
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Adopting a database made before schemactl: baseline, then migrations whose rollback checks start from it. */
class BaselineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void aDatabaseMadeByHandIsBaselinedAndTheNextMigrationIsVerified(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL)");
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), total DECIMAL(10,2))");
                st.execute("CREATE INDEX orders_by_user ON orders (user_id, total)");
                st.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            assertThat(baseline.out()).contains("wrote migrations/versions/").contains("_baseline.sql (2 tables)")
                    .contains("marked it applied");
            Cli.Run status = cli.run("status", "--exit-code");
            assertThat(status.exit()).as(status.all()).isZero();
            assertThat(status.out()).contains("baseline").contains("applied");

            // the next change to the hand-made tables: its rollback check replays the baseline first
            Files.writeString(dir.resolve("v2.sql"), """
                    CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, phone VARCHAR(32));
                    CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), total DECIMAL(10,2));
                    CREATE INDEX orders_by_user ON orders (user_id, total);
                    """);
            Cli.Run next = cli.run("new", "-m", "add phone", "--to-sql", "v2.sql");
            assertThat(next.exit()).as(next.all()).isZero();
            assertThat(next.out()).contains("rollback verified").doesNotContain("warning").doesNotContain("NOT verified");
            assertThat(cli.run("up").exit()).isZero();
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all()).isZero();
            Cli.Run drift = cli.run("status", "--exit-code");
            assertThat(drift.out()).as(drift.all()).contains("drift: none");
            assertThat(count(db, "SELECT count(*) FROM users")).isEqualTo(1);

            // the baseline itself is never rolled back on the live database
            Cli.Run refused = cli.run("rollback", "--steps", "2");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("is the baseline");
            assertThat(count(db, "SELECT count(*) FROM users")).isEqualTo(1);
            assertThat(cli.run("status").out()).contains("2 applied, 0 pending");
        }
    }

    /**
     * `new` before any baseline, on a database made by hand: its rollback check starts from a copy of the live schema
     * (it used to start from nothing and warn "relation users does not exist"); `baseline` afterwards slots in before
     * the pending migration, and from then on the checks replay the baseline.
     */
    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void theFirstMigrationOfADatabaseThatPredatesSchemactlIsVerifiedThenBaselinedUnderIt(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL)");
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id))");
                st.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')");
            }
            Files.writeString(dir.resolve("v2.sql"), """
                    CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, phone VARCHAR(32));
                    CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
            Cli.Run first = cli.run("new", "-m", "add phone", "--to-sql", "v2.sql");
            assertThat(first.exit()).as(first.all()).isZero();
            assertThat(first.out()).contains("rollback verified on a shadow database started from a copy of the live schema")
                    .contains("schemactl baseline").doesNotContain("NOT verified").doesNotContain("does not exist");

            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            Cli.Run status = cli.run("status");
            assertThat(status.out()).as(status.all()).contains("1 applied, 1 pending");
            assertThat(status.out().indexOf("baseline")).as(status.out()).isLessThan(status.out().indexOf("add_phone"));
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all()).isZero();
            assertThat(verify.all()).doesNotContain("live schema");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(count(db, "SELECT count(*) FROM users WHERE phone IS NULL")).isEqualTo(1);
        }
    }

    /** A database with a sequence but no table predates its migrations too: dropping it was checked on an empty shadow. */
    @Test
    void aDatabaseWithOnlyASequenceIsCopiedIntoTheShadow() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SEQUENCE s START 3");
            }
            Files.writeString(dir.resolve("none.sql"), "");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "drop s", "--to-sql", "none.sql", "--drop-extra");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.out()).contains("rollback verified").contains("on a shadow database started from a copy of the live schema")
                    .doesNotContain("NOT verified").doesNotContain("does not exist");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(count(db, "SELECT count(*) FROM pg_class WHERE relname = 's' AND relkind = 'S'")).isZero();
        }
    }

    /**
     * A database holding only an empty schema of the scope predates its migrations too (PostgreSQL corpus pair 557 through
     * {@code new --to-sql}): the migration creates tables in it, which an empty shadow refused ("schema billing does not exist").
     */
    @Test
    void aDatabaseWithOnlyAnEmptySchemaIsCopiedIntoTheShadow() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA billing");
            }
            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, billing]\n");
            Files.writeString(dir.resolve("b.sql"), "CREATE SCHEMA billing;\nCREATE TABLE billing.items (id integer PRIMARY KEY);\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "billing items", "--to-sql", "b.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.out()).contains("rollback verified").contains("on a shadow database started from a copy of the live schema")
                    .doesNotContain("NOT verified").doesNotContain("does not exist");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(count(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'billing' AND c.relname = 'items'")).isEqualTo(1);
        }
    }

    @Test
    void baselineRefusesAnEmptyDatabaseAndAProjectWithHistory() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run empty = cli.run("baseline");
            assertThat(empty.exit()).isEqualTo(2);
            assertThat(empty.err()).contains("nothing to baseline");
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int PRIMARY KEY)");
            }
            assertThat(cli.run("baseline").exit()).isZero();
            Cli.Run twice = cli.run("baseline");
            assertThat(twice.exit()).isEqualTo(2);
            assertThat(twice.err()).contains("already holds 1 migration");
        }
    }

    /** A fresh H2 project: the database file does not exist yet and stands for an empty database. */
    @Test
    void newAndVerifyOnAnH2FileThatDoesNotExistYetTreatItAsEmpty() throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", "h2:./.schemactl/dev");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100));");
        Cli.Run diff = cli.run("diff", "--to-sql", "schema.sql");
        assertThat(diff.exit()).as(diff.all()).isZero();
        assertThat(diff.out()).contains("create table notes");
        Cli.Run created = cli.run("new", "-m", "notes", "--to-sql", "schema.sql");
        assertThat(created.exit()).as(created.all()).isZero();
        assertThat(created.out()).contains("rollback verified");
        assertThat(dir.resolve(".schemactl/dev.mv.db")).doesNotExist();
        Cli.Run verify = cli.run("verify", "--pending");
        assertThat(verify.exit()).as(verify.all()).isZero();
        assertThat(verify.out()).contains("notes");
        assertThat(cli.run("up").exit()).isZero();
        assertThat(dir.resolve(".schemactl/dev.mv.db")).exists();
    }

    private static int count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
