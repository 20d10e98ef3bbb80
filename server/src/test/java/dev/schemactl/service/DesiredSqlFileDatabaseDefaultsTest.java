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
 * A desired-state SQL file is read on a shadow database with the live database's default character set and
 * collation. On a shadow of the server's default (utf8mb4_general_ci), a mysqldump table of that collation read as
 * "the database's", so against a latin1 database (common for old ones) holding that very table the plan was
 * {@code ALTER TABLE t DEFAULT CHARACTER SET=DEFAULT} and a MODIFY of each text column: a conversion to latin1.
 */
class DesiredSqlFileDatabaseDefaultsTest {
    @TempDir
    Path dir;

    @Test
    void aTableOfTheServersDefaultCollationInALatin1DatabaseHasNoChangesAgainstItsOwnDump() throws Exception {
        String table = "CREATE TABLE searchindex (\n  si_page int(10) unsigned NOT NULL,\n  si_title mediumtext NOT NULL,\n"
                + "  PRIMARY KEY (si_page)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;\n"
                + "CREATE TABLE legacy (\n  id int(11) NOT NULL,\n  name varchar(20) DEFAULT NULL,\n  PRIMARY KEY (id)\n"
                + ") ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;\n";
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
}
