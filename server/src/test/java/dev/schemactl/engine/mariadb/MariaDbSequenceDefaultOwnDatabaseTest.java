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
 * MariaDB stores a {@code nextval(s)} default qualified by its database ({@code nextval(`db`.`s`)}). Read from the
 * shadow database {@code new --to-sql} loads the file into, that name was the shadow's, and the migration's default
 * called a sequence of a database dropped right after (MariaDB corpus pair 519 through --to-sql: `up` failed).
 */
class MariaDbSequenceDefaultOwnDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aSequenceDefaultFromASqlFileCallsTheLiveDatabasesSequence() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE invoices (id int NOT NULL AUTO_INCREMENT, amount decimal(10,2) NOT NULL, PRIMARY KEY (id))");
            }
            Files.writeString(dir.resolve("b.sql"), """
                    CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1;
                    CREATE TABLE invoices (
                      id int NOT NULL AUTO_INCREMENT,
                      amount decimal(10,2) NOT NULL,
                      number bigint NOT NULL DEFAULT nextval(invoice_numbers),
                      PRIMARY KEY (id)
                    );
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "numbers", "--to-sql", "b.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.out()).contains("rollback verified").doesNotContain("NOT verified");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE invoices")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).contains("nextval(`" + db.url().database() + "`.`invoice_numbers`)");
            }
            assertThat(cli.run("diff", "--to-sql", "b.sql", "--check").exit()).isZero();
        }
    }
}
