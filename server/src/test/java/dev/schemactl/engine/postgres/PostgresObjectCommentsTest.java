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
 * {@code COMMENT ON SEQUENCE} and {@code COMMENT ON TYPE} (enum types), in the first schema and in billing, through the
 * CLI: a plan writes, changes and clears them, its rollback restores them, and dump + load keeps them. Judged by a
 * query on pg_description written here, not by schemactl's inspector. Before the fix neither was in the model: the
 * plan left them as they were and the dump lost them.
 */
class PostgresObjectCommentsTest {

    private static final String LIVE = """
            CREATE SCHEMA billing;
            CREATE SEQUENCE public.ticket;
            CREATE SEQUENCE public.gone;
            CREATE SEQUENCE billing.ticket START WITH 100;
            CREATE TYPE public.mood AS ENUM ('a', 'b');
            CREATE TYPE billing.state AS ENUM ('open', 'void', 'paid');
            CREATE TABLE public.t (id integer PRIMARY KEY, m mood, no bigint DEFAULT nextval('public.ticket'));
            CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open',
                no bigint DEFAULT nextval('billing.ticket'));
            COMMENT ON SEQUENCE public.ticket IS 'numbers';
            COMMENT ON SEQUENCE public.gone IS 'old numbers';
            COMMENT ON TYPE public.mood IS 'feelings';
            COMMENT ON TYPE billing.state IS 'invoice state';
            """;

    /** The comments on sequences and enum types of public and billing, as pg_description holds them. */
    private static final String COMMENTS = """
            SELECT 'sequence ' || n.nspname || '.' || c.relname || ' = ' || d.description
            FROM pg_catalog.pg_description d
            JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'S' AND n.nspname IN ('public', 'billing')
            UNION ALL
            SELECT 'type ' || n.nspname || '.' || t.typname || ' = ' || d.description
            FROM pg_catalog.pg_description d
            JOIN pg_catalog.pg_type t ON d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname IN ('public', 'billing')
            ORDER BY 1
            """;

    @TempDir
    Path dir;

    /**
     * public.ticket's comment changes, public.mood's goes, billing.ticket gets one, billing.state keeps its through a
     * rebuild (a value removed), a new sequence and a new type in billing come with theirs; public.gone, which only the
     * database has, is kept (no --drop-extra) with its comment.
     */
    @Test
    void newUpAndRollbackWriteChangeAndClearComments() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, LIVE);
            List<String> before = comments(db);
            assertThat(before).containsExactly("sequence public.gone = old numbers", "sequence public.ticket = numbers",
                    "type billing.state = invoice state", "type public.mood = feelings");
            String desired = """
                    CREATE SCHEMA billing;
                    CREATE SEQUENCE public.ticket;
                    CREATE SEQUENCE billing.ticket START WITH 100;
                    CREATE SEQUENCE billing.receipt START WITH 7;
                    CREATE TYPE public.mood AS ENUM ('a', 'b');
                    CREATE TYPE billing.state AS ENUM ('open', 'paid');
                    CREATE TYPE billing.kind AS ENUM ('net', 'gross');
                    CREATE TABLE public.t (id integer PRIMARY KEY, m mood, no bigint DEFAULT nextval('public.ticket'));
                    CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open',
                        no bigint DEFAULT nextval('billing.ticket'), receipt bigint DEFAULT nextval('billing.receipt'),
                        kind billing.kind);
                    COMMENT ON SEQUENCE public.ticket IS 'it''s numbers';
                    COMMENT ON SEQUENCE billing.ticket IS 'invoice numbers';
                    COMMENT ON SEQUENCE billing.receipt IS 'receipt numbers';
                    COMMENT ON TYPE billing.state IS 'invoice state';
                    COMMENT ON TYPE billing.kind IS 'amount kind';
                    """;
            Files.writeString(dir.resolve("desired.sql"), desired);
            Cli cli = project(db);
            Cli.Run made = cli.run("new", "-m", "object comments", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            String migration = migrationText();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all() + "\n" + migration).isZero();
            assertThat(comments(db)).as(migration).containsExactly("sequence billing.receipt = receipt numbers",
                    "sequence billing.ticket = invoice numbers", "sequence public.gone = old numbers", "sequence public.ticket = it's numbers",
                    "type billing.kind = amount kind", "type billing.state = invoice state");

            Cli.Run check = cli.run("diff", "--check", "--to-sql", "desired.sql");
            assertThat(check.exit()).as("nothing left to do: " + check.all()).isZero();

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all() + "\n" + migration).isZero();
            assertThat(comments(db)).as(migration).isEqualTo(before);
        }
    }

    /** A dump loaded into a brand-new database has the same comments on sequences and enum types. */
    @Test
    void dumpThenLoadKeepsComments() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, LIVE);
            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, billing]\n");
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", db.urlText()).run("dump", "--schema-file", "schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
            String schemaFile = Files.readString(dir.resolve("schema.sql"));
            assertThat(load.exit()).as(load.all() + schemaFile).isZero();
            assertThat(comments(copy)).as(schemaFile).hasSize(4).isEqualTo(comments(db));
        }
    }

    private static final String EXTENSION_COMMENTS = """
            SELECT e.extname || ' = ' || COALESCE(d.description, '(none)')
            FROM pg_catalog.pg_extension e
            LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_extension'::regclass AND d.objoid = e.oid
            WHERE e.extname <> 'plpgsql' ORDER BY 1
            """;

    /**
     * An extension whose comment is not the one CREATE EXTENSION gives (Sourcegraph keeps pg_stat_statements' older
     * text), one whose comment was removed and one with its own: dump + load and new + up from an empty database keep
     * all three. Before the fix both gave every extension its control file's comment.
     */
    @Test
    void dumpThenLoadAndNewUpKeepAnExtensionsComment() throws Exception {
        String schema = """
                CREATE EXTENSION citext;
                COMMENT ON EXTENSION citext IS 'it''s case-insensitive text, as an older version said';
                CREATE EXTENSION hstore;
                COMMENT ON EXTENSION hstore IS NULL;
                CREATE EXTENSION pg_trgm;
                CREATE TABLE public.t (id integer PRIMARY KEY, name citext, attrs hstore);
                """;
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL);
             TestDatabase fresh = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, schema);
            List<String> expected = extensionComments(db);
            assertThat(expected).hasSize(3).contains("citext = it's case-insensitive text, as an older version said", "hstore = (none)");
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", db.urlText()).run("dump", "--schema-file", "schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
            String schemaFile = Files.readString(dir.resolve("schema.sql"));
            assertThat(load.exit()).as(load.all() + schemaFile).isZero();
            assertThat(extensionComments(copy)).as(schemaFile).isEqualTo(expected);

            Files.writeString(dir.resolve("desired.sql"), schema);
            Cli cli = new Cli(dir).env("DATABASE_URL", fresh.urlText());
            Cli.Run made = cli.run("new", "-m", "extensions", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(extensionComments(fresh)).as(migrationText()).isEqualTo(expected);
        }
    }

    private static List<String> extensionComments(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(EXTENSION_COMMENTS)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    private Cli project(TestDatabase db) throws Exception {
        Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
        Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [public, billing]\n");
        return new Cli(dir).env("DATABASE_URL", db.urlText());
    }

    private String migrationText() throws Exception {
        StringBuilder out = new StringBuilder();
        try (var files = Files.walk(dir.resolve("migrations"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) out.append(Files.readString(p));
        }
        return out.toString();
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> comments(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(COMMENTS)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
