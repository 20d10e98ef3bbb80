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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table options PostgreSQL keeps beside the columns: storage parameters (fillfactor, autovacuum, the TOAST table's),
 * row level security (enabled, forced) and the replica identity. Before, none was read: a desired state with them
 * gave "no changes", a new table lost them, and `dump` left them out, so a table that hid rows from other roles
 * came back readable by all. Judged by a catalog query written here (and pg_dump in the corpus pairs 400–421).
 */
class PostgresTableOptionsTest {

    private static final String CATALOG = """
            SELECT coalesce(array_to_string(c.reloptions, ','), '') || '|' || coalesce(array_to_string(t.reloptions, ','), '')
                   || '|' || c.relrowsecurity || '|' || c.relforcerowsecurity || '|' || c.relreplident::text
            FROM pg_class c LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
            WHERE c.oid = 'public.t'::regclass""";

    @TempDir
    Path dir;

    @Test
    void newUpAndRollbackSetAndClearEveryOption() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id integer PRIMARY KEY, owner text)");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE TABLE t (id integer PRIMARY KEY, owner text) WITH (fillfactor = 70, toast.autovacuum_enabled = false);
                    ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                    ALTER TABLE t FORCE ROW LEVEL SECURITY;
                    ALTER TABLE t REPLICA IDENTITY FULL;
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "options", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.all()).doesNotContain("no changes");
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(catalog(db)).isEqualTo("fillfactor=70|autovacuum_enabled=false|true|true|f");

            Cli.Run check = cli.run("diff", "--to-sql", "desired.sql", "--check");
            assertThat(check.exit()).as(check.all()).isZero();

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(catalog(db)).isEqualTo("||false|false|d");
        }
    }

    @Test
    void dumpThenLoadKeepsRowLevelSecurityStorageAndReplicaIdentity() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id integer NOT NULL, owner text) WITH (fillfactor = 80)");
                st.execute("CREATE UNIQUE INDEX t_id ON t (id)");
                st.execute("ALTER TABLE t REPLICA IDENTITY USING INDEX t_id");
                st.execute("ALTER TABLE t ENABLE ROW LEVEL SECURITY");
            }
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", db.urlText()).run("dump", "--schema-file", "schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
            assertThat(load.exit()).as(load.all() + Files.readString(dir.resolve("schema.sql"))).isZero();
            assertThat(catalog(copy)).isEqualTo(catalog(db)).isEqualTo("fillfactor=80||true|false|i");
            assertThat(PostgresCatalogOracle.dump(copy.url())).isEqualTo(PostgresCatalogOracle.dump(db.url()));
        }
    }

    private static String catalog(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CATALOG)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
