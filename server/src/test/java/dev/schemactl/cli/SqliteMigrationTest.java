package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite migrations through the CLI and Liquibase on a real file: a generated migration that rebuilds a table
 * turns foreign keys off and on in changesets of their own (outside the transaction), keeps the rows of the
 * rebuilt table and of the tables referencing it (their ON DELETE CASCADE does not fire), and rolls back; a
 * rebuild that would leave foreign key violations fails whole, and the documented recovery works.
 */
class SqliteMigrationTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) db.close();
    }

    private Cli cli() {
        return new Cli(dir).env("DATABASE_URL", db.urlText());
    }

    private List<String> rows(String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
            return out;
        }
    }

    private void execute(String... statements) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    private String newest() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return Files.readString(files.sorted().reduce((a, b) -> b).orElseThrow());
        }
    }

    @Test
    void aRebuildKeepsTheRowsOfTheTableAndOfTheTablesReferencingIt() throws Exception {
        db = TestDatabase.create(EngineKind.SQLITE);
        Files.writeString(dir.resolve("v1.sql"), """
                CREATE TABLE parents (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(20) NOT NULL);
                CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE, note TEXT);
                CREATE INDEX children_parent ON children (parent_id);
                """);
        Files.writeString(dir.resolve("v2.sql"), """
                CREATE TABLE parents (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50), CONSTRAINT parents_name_check CHECK (length(name) > 0));
                CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE, note TEXT);
                CREATE INDEX children_parent ON children (parent_id);
                """);
        Cli.Run init = cli().run("new", "-m", "init", "--to-sql", "v1.sql");
        assertThat(init.exit()).as(init.all()).isZero();
        assertThat(newest()).doesNotContain("PRAGMA").contains("REFERENCES parents (id) ON DELETE CASCADE");
        assertThat(cli().run("up").exit()).isZero();
        execute("INSERT INTO parents (name) VALUES ('a'), ('b')",
                "INSERT INTO children (id, parent_id, note) VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 2, 'z')");

        Cli.Run widen = cli().run("new", "-m", "widen", "--to-sql", "v2.sql");
        assertThat(widen.exit()).as(widen.all()).isZero();
        assertThat(widen.out()).contains("(3 changes)");
        String file = newest();
        assertThat(file).contains("-- schemactl: engine=sqlite")
                .contains("-1 runInTransaction:false\nPRAGMA foreign_keys=OFF;\n--rollback PRAGMA foreign_keys=ON;\n")
                .contains("-2\n")
                .contains("CREATE TABLE new_parents")
                .contains("-3 runInTransaction:false\nPRAGMA foreign_keys=ON;\n--rollback PRAGMA foreign_keys=OFF;\n");
        // the three changes to parents (type, nullability, check) are one copy of the table, and so is the rollback
        assertThat(file.split("CREATE TABLE new_parents", -1)).hasSize(3);

        Cli.Run up = cli().run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(rows("SELECT count(*) FROM children")).containsExactly("3");
        assertThat(rows("SELECT id, name FROM parents ORDER BY id")).containsExactly("1|a", "2|b");
        execute("INSERT INTO parents (name) VALUES ('c')");
        assertThat(rows("SELECT max(id) FROM parents")).containsExactly("3"); // AUTOINCREMENT goes on
        assertThat(cli().run("diff", "--to-sql", "v2.sql").out()).startsWith("no changes").doesNotContain("only in the database");
        assertThat(cli().run("status").out()).contains("2 applied, 0 pending");

        Cli.Run rollback = cli().run("rollback");
        assertThat(rollback.exit()).as(rollback.all()).isZero();
        assertThat(rows("SELECT count(*) FROM children")).containsExactly("3");
        assertThat(rows("SELECT count(*) FROM parents")).containsExactly("3");
        assertThat(cli().run("diff", "--to-sql", "v1.sql").out()).startsWith("no changes").doesNotContain("only in the database");
        assertThat(rows("SELECT * FROM pragma_foreign_key_check")).isEmpty();
    }

    @Test
    void aRebuildThatWouldBreakAForeignKeyFailsAndTheMigrationRecovers() throws Exception {
        db = TestDatabase.create(EngineKind.SQLITE);
        Files.writeString(dir.resolve("v1.sql"), """
                CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER, title TEXT);
                """);
        Files.writeString(dir.resolve("v2.sql"), """
                CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id), title TEXT);
                """);
        assertThat(cli().run("new", "-m", "init", "--to-sql", "v1.sql").exit()).isZero();
        assertThat(cli().run("up").exit()).isZero();
        execute("INSERT INTO authors VALUES (1, 'Ada')", "INSERT INTO books VALUES (1, 1, 'ok'), (2, 99, 'orphan')");
        assertThat(cli().run("new", "-m", "books_fk", "--to-sql", "v2.sql").exit()).isZero();

        Cli.Run up = cli().run("up");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.err().lines().count()).isEqualTo(1);
        assertThat(up.err()).contains("left rows that violate a foreign key of books")
                .contains("steps that run outside its transaction");
        assertThat(rows("SELECT count(*) FROM books")).containsExactly("2");
        assertThat(cli().run("status").out()).contains("partial").contains("1/3 changesets applied");

        // running it again on a fresh connection (foreign keys on) is refused before anything is copied
        Cli.Run again = cli().run("up");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("PRAGMA foreign_keys must be OFF to rebuild table books");
        // the documented recovery: undo the applied step, fix the data, run it whole
        Cli.Run undo = cli().run("rollback");
        assertThat(undo.exit()).as(undo.all()).isZero();
        execute("DELETE FROM books WHERE author_id = 99");
        Cli.Run fixed = cli().run("up");
        assertThat(fixed.exit()).as(fixed.all()).isZero();
        assertThat(cli().run("diff", "--to-sql", "v2.sql").out()).startsWith("no changes").doesNotContain("only in the database");
        assertThat(rows("SELECT id, title FROM books")).containsExactly("1|ok");
    }

    @Test
    void aRebuildRecreatesTheTablesTriggersAndKeepsItsViewsWorking() throws Exception {
        db = TestDatabase.create(EngineKind.SQLITE);
        execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)",
                "CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT)",
                "CREATE VIEW tv AS SELECT id, a FROM t",
                "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET b = 1 WHERE id = NEW.id; INSERT INTO audit (note) VALUES (CASE WHEN NEW.a IS NULL THEN 'none' ELSE NEW.a END); END",
                "INSERT INTO t (id, a, b) VALUES (1, 'x', 2)");
        Files.writeString(dir.resolve("v2.sql"), """
                CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT);
                """);
        Cli.Run made = cli().run("new", "-m", "rebuild", "--to-sql", "v2.sql");
        assertThat(made.exit()).as(made.all()).isZero();
        assertThat(made.all()).contains("trigger t_ai on t: unmanaged, left alone").contains("view tv: unmanaged, left alone")
                .doesNotContain("NOT verified").doesNotContain("WARN");
        Cli.Run up = cli().run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        execute("INSERT INTO t (id, a) VALUES (2, 'y')");
        assertThat(rows("SELECT id, b FROM t ORDER BY id")).containsExactly("1|1", "2|1"); // the trigger set b on both inserts
        assertThat(rows("SELECT note FROM audit ORDER BY id")).containsExactly("x", "y");
        assertThat(rows("SELECT id, a FROM tv ORDER BY id")).containsExactly("1|x", "2|y");
        Cli.Run rollback = cli().run("rollback");
        assertThat(rollback.exit()).as(rollback.all()).isZero();
        execute("INSERT INTO t (id, a) VALUES (3, 'z')");
        assertThat(rows("SELECT b FROM t WHERE id = 3")).containsExactly("1");
        assertThat(rows("SELECT count(*) FROM tv")).containsExactly("3");
    }

    @Test
    void aPlanThatDropsAColumnATriggerOrViewNamesIsRefused() throws Exception {
        db = TestDatabase.create(EngineKind.SQLITE);
        execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c TEXT)",
                "CREATE VIEW tv AS SELECT id, a FROM t",
                "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET b = 1 WHERE id = NEW.id; END");
        Files.writeString(dir.resolve("no_a.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER NOT NULL DEFAULT 0, c TEXT);\n");
        Cli.Run dropA = cli().run("new", "-m", "no_a", "--to-sql", "no_a.sql", "--drop-extra");
        assertThat(dropA.exit()).as(dropA.all()).isEqualTo(3);
        assertThat(dropA.all()).contains("would break view tv").doesNotContain("Exception");
        Files.writeString(dir.resolve("no_b.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, c TEXT);\n");
        Cli.Run dropB = cli().run("new", "-m", "no_b", "--to-sql", "no_b.sql", "--drop-extra");
        assertThat(dropB.exit()).as(dropB.all()).isEqualTo(3);
        assertThat(dropB.all()).contains("would break trigger t_ai on t");
        assertThat(dir.resolve("migrations/versions")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
        Files.writeString(dir.resolve("no_c.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);\n");
        Cli.Run dropC = cli().run("new", "-m", "no_c", "--to-sql", "no_c.sql", "--drop-extra");
        assertThat(dropC.exit()).as(dropC.all()).isZero();
    }
}
