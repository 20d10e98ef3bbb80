package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changeset and its tracking row commit together: when writing the tracking row fails (here a trigger refuses it;
 * in life a kill -9 or a lost connection between Liquibase's two commits), the changeset's own INSERT is rolled back
 * with it, so the rerun applies it exactly once. Before, the INSERT stayed committed and ran again on the rerun.
 */
class AtomicChangesetsTest {
    static final String V1 = "20260101000001";
    static final String V2 = "20260101000002";

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) db.close();
    }

    @Test
    void aChangesetWhoseTrackingRowFailsLeavesNothingBehindAndRunsOnceOnTheRerun() throws Exception {
        db = TestDatabase.create(EngineKind.POSTGRESQL);
        MigrationFiles.write(dir, V1, "effect_table", EngineKind.POSTGRESQL,
                "CREATE TABLE effect (m varchar(10) NOT NULL);\n--rollback DROP TABLE effect;");
        MigrationFiles.write(dir, V2, "effect_row", EngineKind.POSTGRESQL,
                "INSERT INTO effect (m) VALUES ('m2');\n--rollback DELETE FROM effect WHERE m = 'm2';");
        Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
        assertThat(cli.run("migrate", "--to", V1).exit()).isZero();
        sql("""
                CREATE FUNCTION refuse_v2() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.id LIKE '%s%%' THEN RAISE EXCEPTION 'tracking row refused'; END IF;
                  RETURN NEW;
                END $$""".formatted(V2));
        sql("CREATE TRIGGER refuse_v2 BEFORE INSERT ON schema_migrations FOR EACH ROW EXECUTE FUNCTION refuse_v2()");

        Cli.Run failed = cli.run("migrate");
        assertThat(failed.exit()).as(failed.all()).isNotZero();
        assertThat(count("SELECT count(*) FROM effect")).as("the INSERT went back with its tracking row").isZero();
        assertThat(count("SELECT count(*) FROM schema_migrations WHERE id LIKE '" + V2 + "%'")).isZero();

        sql("DROP TRIGGER refuse_v2 ON schema_migrations");
        Cli.Run rerun = cli.run("migrate");
        assertThat(rerun.exit()).as(rerun.all()).isZero();
        assertThat(count("SELECT count(*) FROM effect WHERE m = 'm2'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM schema_migrations WHERE id LIKE '" + V2 + "%'")).isEqualTo(1);
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
