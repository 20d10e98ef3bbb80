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
 * The desired state is read with the live database's default character set and collation. A SQL file is read on a
 * shadow database with those defaults; another database ({@code --to-url}) of other defaults has its tables' collations
 * rebased on the live database's. (The inspector leaves out a table collation equal to its database's: on a shadow of
 * the server's default, utf8mb4_general_ci, a mysqldump table of that collation read as "the database's", so against
 * a latin1 database, common for old ones, holding that very table the plan was
 * {@code ALTER TABLE t DEFAULT CHARACTER SET=DEFAULT} and a MODIFY of each text column: a conversion to latin1.
 * {@code --to-url} between such databases did the same.)
 */
class DesiredStateDatabaseDefaultsTest {
    @TempDir
    Path dir;

    private static final String TABLES = "CREATE TABLE searchindex (\n  si_page int(10) unsigned NOT NULL,\n  si_title mediumtext NOT NULL,\n"
                + "  PRIMARY KEY (si_page)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;\n"
                + "CREATE TABLE legacy (\n  id int(11) NOT NULL,\n  name varchar(20) DEFAULT NULL,\n  PRIMARY KEY (id)\n"
                + ") ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;\n";

    @Test
    void aTableOfTheServersDefaultCollationInALatin1DatabaseHasNoChangesAgainstItsOwnDump() throws Exception {
        String table = TABLES;
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci");
                for (String statement : table.split(";\n")) st.execute(statement);
            }
            Files.writeString(dir.resolve("schema.sql"), table);
            Cli.Run diff = new Cli(dir).env("DATABASE_URL", live.urlText()).run("diff", "--to-sql", "schema.sql");
            assertThat(diff.exit()).as(diff.all()).isZero();
            assertThat(diff.out()).as(diff.all()).startsWith("no changes");
        }
    }

    /** Both ways: the latin1 database as the desired state of the utf8mb4 one, and the other way round. */
    @Test
    void theSameTablesInDatabasesOfOtherDefaultsHaveNoChangesBetweenThem() throws Exception {
        try (TestDatabase latin1 = TestDatabase.create(EngineKind.MARIADB); TestDatabase utf8 = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = latin1.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci");
                for (String statement : TABLES.split(";\n")) st.execute(statement);
            }
            try (Connection c = utf8.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
                for (String statement : TABLES.split(";\n")) st.execute(statement);
            }
            for (TestDatabase[] pair : new TestDatabase[][]{{latin1, utf8}, {utf8, latin1}}) {
                Cli.Run diff = new Cli(dir).env("DATABASE_URL", pair[0].urlText()).run("diff", "--to-url", pair[1].urlText());
                assertThat(diff.exit()).as(diff.all()).isZero();
                assertThat(diff.out()).as(diff.all()).startsWith("no changes");
            }
        }
    }
}
