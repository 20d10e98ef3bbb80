package dev.schemactl.engine.mariadb;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desired SQL file that differs from the database only in column order (a mysqldump-style schema file) is a
 * change: `diff --check` says so, `new` writes the moves, `up` leaves the table in the file's order and `rollback`
 * puts it back. Before, the plan was empty and SHOW CREATE TABLE kept the old order. Judged by information_schema's
 * ORDINAL_POSITION, read here.
 */
class MariaDbColumnMoveTest {

    @TempDir
    Path dir;

    @Test
    void aReorderOnlyDesiredStateIsAChangeThatMovesAndRollsBack() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE contacts (id int NOT NULL AUTO_INCREMENT, phone varchar(20), name varchar(50) NOT NULL, "
                        + "email varchar(100), PRIMARY KEY (id))");
                st.execute("INSERT INTO contacts (phone, name, email) VALUES ('1', 'a', 'a@x')");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE TABLE contacts (id int NOT NULL AUTO_INCREMENT, name varchar(50) NOT NULL, email varchar(100),
                      phone varchar(20), PRIMARY KEY (id));
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run check = cli.run("diff", "--to-sql", "desired.sql", "--check");
            assertThat(check.exit()).as(check.all()).isNotZero();
            assertThat(check.all()).contains("move column contacts.phone after email").doesNotContain("no changes");

            Cli.Run made = cli.run("new", "-m", "order", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run lint = cli.run("lint");
            assertThat(lint.all()).as("a reviewer sees the move").contains("LK-MOVE-COLUMN");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(order(db)).isEqualTo("id,name,email,phone");
            assertThat(cli.run("diff", "--to-sql", "desired.sql", "--check").exit()).isZero();

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(order(db)).isEqualTo("id,phone,name,email");
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM contacts WHERE phone = '1' AND name = 'a' AND email = 'a@x'")) {
                assertThat(rs.next() && rs.getInt(1) == 1).as("the row kept its values").isTrue();
            }
        }
    }

    private static String order(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM information_schema.COLUMNS "
                     + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'contacts'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
