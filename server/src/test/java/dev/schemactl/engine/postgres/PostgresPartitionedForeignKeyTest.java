package dev.schemactl.engine.postgres;

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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A foreign key that references a partitioned table: PostgreSQL adds one clone of it per partition (same referencing
 * table, conparentid set), made and dropped with the key. Read as keys of their own, the clones were planned too, and
 * `up` failed ("constraint note_ev_id_ev_at_fkey1 already exists"). Judged by pg_constraint read here.
 */
class PostgresPartitionedForeignKeyTest {

    private static final String TABLES = """
            CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
            CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE ev_rest PARTITION OF ev DEFAULT;
            CREATE TABLE note (id integer PRIMARY KEY, ev_id bigint, ev_at date);
            """;

    @TempDir
    Path dir;

    @Test
    void aForeignKeyToAPartitionedTableIsAddedOnceAndRolledBack() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute(TABLES);
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Files.writeString(dir.resolve("desired.sql"), TABLES
                    + "ALTER TABLE note ADD CONSTRAINT note_ev FOREIGN KEY (ev_id, ev_at) REFERENCES ev (id, at) ON DELETE CASCADE;\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "fk", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(foreignKeys(db)).containsExactly("note_ev -> ev", "note_ev_id_ev_at_fkey -> ev_2024", "note_ev_id_ev_at_fkey1 -> ev_rest");

            Cli.Run check = cli.run("diff", "--to-sql", "desired.sql", "--check");
            assertThat(check.exit()).as(check.all()).isZero();

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(foreignKeys(db)).isEmpty();
        }
    }

    private static List<String> foreignKeys(TestDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT conname || ' -> ' || confrelid::regclass FROM pg_constraint WHERE conrelid = 'note'::regclass"
                        + " AND contype = 'f' ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
