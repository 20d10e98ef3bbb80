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

/**
 * A view, function or procedure whose definition the desired state changes is unmanaged: the plan cannot write the
 * change. Before, `diff` said "no changes: the database matches" and `diff --check` passed (exit 0), so CI and an agent
 * took a database whose view and function were stale for one that had converged. Now the objects are named as
 * differing, `--check` exits 1 and the JSON says converged false; equal definitions still converge.
 */
class UnmanagedDifferencesTest {

    @TempDir
    Path dir;

    @Test
    void aChangedViewAndFunctionOnPostgresAreNotAMatch() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            String live = """
                    CREATE TABLE t (id integer PRIMARY KEY);
                    CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
                    CREATE VIEW v AS SELECT id FROM t;
                    """;
            load(db, live);
            Files.writeString(dir.resolve("same.sql"), live);
            Files.writeString(dir.resolve("changed.sql"), """
                    CREATE TABLE t (id integer PRIMARY KEY);
                    CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$;
                    CREATE VIEW v AS SELECT id, id + 1 AS next FROM t;
                    """);
            assertDifferences(db, "function f()", "view v");
        }
    }

    @Test
    void aChangedViewAndProcedureOnMariaDbAreNotAMatch() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            load(db, "CREATE TABLE t (id int PRIMARY KEY)");
            load(db, "CREATE VIEW v AS SELECT id FROM t");
            load(db, "CREATE PROCEDURE p() BEGIN SELECT 1; END");
            Files.writeString(dir.resolve("same.sql"), """
                    CREATE TABLE t (id int PRIMARY KEY);
                    CREATE VIEW v AS SELECT id FROM t;
                    DELIMITER ;;
                    CREATE PROCEDURE p() BEGIN SELECT 1; END;;
                    DELIMITER ;
                    """);
            Files.writeString(dir.resolve("changed.sql"), """
                    CREATE TABLE t (id int PRIMARY KEY);
                    CREATE VIEW v AS SELECT id, id + 1 AS next FROM t;
                    DELIMITER ;;
                    CREATE PROCEDURE p() BEGIN SELECT 2; END;;
                    DELIMITER ;
                    """);
            assertDifferences(db, "procedure p", "view v");
        }
    }

    private void assertDifferences(TestDatabase db, String... labels) throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        Cli.Run same = cli.run("diff", "--check", "--to-sql", "same.sql");
        assertThat(same.exit()).as(same.all()).isZero();
        assertThat(same.out()).contains("no changes:").doesNotContain("differs");

        Cli.Run changed = cli.run("diff", "--check", "--to-sql", "changed.sql");
        assertThat(changed.exit()).as(changed.all()).isEqualTo(1);
        assertThat(changed.out()).contains("does not match").doesNotContain("no changes:");
        for (String label : labels) {
            assertThat(changed.out()).as(changed.all()).contains(label + ": unmanaged, differs from the desired state");
        }
        Cli.Run json = cli.run("diff", "--format", "json", "--to-sql", "changed.sql");
        assertThat(json.out()).as(json.all()).contains("\"converged\" : false").contains("\"differingUnmanaged\"");
        for (String label : labels) assertThat(json.out()).contains("\"" + label + "\"");

        Cli.Run made = cli.run("new", "-m", "nothing", "--to-sql", "changed.sql");
        assertThat(made.all()).as("new names what it cannot write").contains("no changes schemactl can write")
                .contains("differ from the desired state");
    }

    private static void load(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
