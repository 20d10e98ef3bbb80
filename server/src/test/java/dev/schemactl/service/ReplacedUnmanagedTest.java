package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB keeps trigger and routine bodies as text: when the desired state defines such an object itself, a plan that
 * would break it (or that changes a table it names while the desired state redefines it) drops it before the changes
 * and creates the desired definition after them; the rollback brings the live definition back exactly. Without a
 * desired definition the plan is still refused (DesiredStateGuardsTest).
 */
class ReplacedUnmanagedTest {
    @TempDir
    Path dir;

    @Test
    void aTriggerOverARenamedColumnIsReplacedByTheDesiredDefinitionAndRestoredByTheRollback() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            run(db, "CREATE TABLE stock (id int PRIMARY KEY, qty int, item varchar(20))",
                    "CREATE TABLE stock_log (delta int)",
                    "CREATE TRIGGER stock_au AFTER UPDATE ON stock FOR EACH ROW INSERT INTO stock_log VALUES (NEW.qty - OLD.`qty`)");
            String live = showCreate(db, "TRIGGER stock_au", 3);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("rename.sql"), """
                    CREATE TABLE stock (id int PRIMARY KEY, amount int, item varchar(20));
                    CREATE TABLE stock_log (delta int);
                    CREATE TRIGGER stock_au AFTER UPDATE ON stock FOR EACH ROW INSERT INTO stock_log VALUES (NEW.amount - OLD.amount);
                    """);
            Cli.Run made = cli.run("new", "-m", "rename", "--to-sql", "rename.sql", "--rename", "stock.qty=amount");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.all()).doesNotContain("would break").doesNotContain("left alone");
            String file;
            try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
                file = Files.readString(files.findFirst().orElseThrow());
            }
            assertThat(file).contains("DROP TRIGGER IF EXISTS `stock_au`").contains("NEW.amount - OLD.amount")
                    .doesNotContain("DELIMITER");
            assertThat(file.indexOf("DROP TRIGGER")).isLessThan(file.indexOf("RENAME COLUMN qty TO amount"));
            assertThat(file.indexOf("RENAME COLUMN qty TO amount")).isLessThan(file.indexOf("\nCREATE TRIGGER"));

            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            run(db, "INSERT INTO stock VALUES (1, 5, 'x')", "UPDATE stock SET amount = 8 WHERE id = 1");
            assertThat(showCreate(db, "TRIGGER stock_au", 3)).contains("NEW.amount - OLD.amount");
            Cli.Run converged = cli.run("diff", "--check", "--to-sql", "rename.sql");
            assertThat(converged.exit()).as(converged.all()).isZero();

            Cli.Run down = cli.run("rollback");
            assertThat(down.exit()).as(down.all()).isZero();
            assertThat(showCreate(db, "TRIGGER stock_au", 3)).isEqualTo(live);
            run(db, "UPDATE stock SET qty = 9 WHERE id = 1");
        }
    }

    @Test
    void aRoutineTheDesiredStateRedefinesOverARetypedTableIsReplacedAndAnUnrelatedOneLeftAlone() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            run(db, "CREATE TABLE prices (sku varchar(20) NOT NULL PRIMARY KEY, cents int NOT NULL)",
                    "CREATE FUNCTION price_of(p_sku varchar(20)) RETURNS int READS SQL DATA RETURN (SELECT cents FROM prices WHERE sku = p_sku)",
                    "CREATE PROCEDURE hello() SELECT 1");
            String live = showCreate(db, "FUNCTION price_of", 3);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Files.writeString(dir.resolve("wider.sql"), """
                    CREATE TABLE prices (sku varchar(40) NOT NULL PRIMARY KEY, cents bigint NOT NULL);
                    CREATE FUNCTION price_of(p_sku varchar(40)) RETURNS bigint READS SQL DATA RETURN (SELECT cents FROM prices WHERE sku = p_sku);
                    CREATE PROCEDURE hello() SELECT 2;
                    """);
            Cli.Run made = cli.run("new", "-m", "wider", "--to-sql", "wider.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.all()).contains("procedure hello: unmanaged, differs from the desired state")
                    .doesNotContain("function price_of: unmanaged");
            String file;
            try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
                file = Files.readString(files.findFirst().orElseThrow());
            }
            assertThat(file).contains("DROP FUNCTION IF EXISTS `price_of`").doesNotContain("PROCEDURE");

            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(showCreate(db, "FUNCTION price_of", 3)).contains("varchar(40)").contains("RETURNS bigint");
            Cli.Run down = cli.run("rollback");
            assertThat(down.exit()).as(down.all()).isZero();
            assertThat(showCreate(db, "FUNCTION price_of", 3)).isEqualTo(live);
        }
    }

    private static void run(TestDatabase db, String... statements) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    private static String showCreate(TestDatabase db, String what, int column) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE " + what)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(column);
        }
    }
}
