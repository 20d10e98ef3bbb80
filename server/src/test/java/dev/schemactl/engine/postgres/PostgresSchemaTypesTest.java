package dev.schemactl.engine.postgres;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schemas: [public, billing]}: enum types and standalone sequences of billing are managed like public's, and a
 * same-named type or sequence in public is another object the plan must leave alone. Through the CLI (new, up,
 * rollback), judged by pg_dump ({@link PostgresCatalogOracle}), not by schemactl's inspector.
 */
class PostgresSchemaTypesTest {

    private static final List<String> SCHEMAS = List.of("public", "billing");

    private static final String LIVE = """
            CREATE SCHEMA billing;
            CREATE TYPE public.state AS ENUM ('open', 'paid');
            CREATE TYPE billing.state AS ENUM ('open', 'paid');
            CREATE TYPE public.old_kind AS ENUM ('x');
            CREATE TYPE billing.old_kind AS ENUM ('x');
            CREATE SEQUENCE public.ticket START WITH 100 INCREMENT BY 5;
            CREATE SEQUENCE billing.ticket START WITH 100 INCREMENT BY 5;
            CREATE TABLE public.tasks (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'open',
                no bigint DEFAULT nextval('public.ticket'));
            CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open',
                no bigint DEFAULT nextval('billing.ticket'));
            """;

    @TempDir
    Path dir;

    /**
     * Billing's state gains a value, its ticket other options, a new receipt sequence and a column of its state; its
     * old_kind goes. Public's same-named state, ticket and old_kind stay as they are. Before the fix billing's types
     * and sequences were unmanaged: the value was not added, the options not changed, old_kind not dropped.
     */
    @Test
    void billingsEnumAndSequencesChangeAndPublicsSameNamedOnesStay() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase expected = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, LIVE);
            List<String> before = dump(db);
            String desired = """
                    CREATE SCHEMA billing;
                    CREATE TYPE public.state AS ENUM ('open', 'paid');
                    CREATE TYPE billing.state AS ENUM ('open', 'sent', 'paid');
                    CREATE TYPE public.old_kind AS ENUM ('x');
                    CREATE SEQUENCE public.ticket START WITH 100 INCREMENT BY 5;
                    CREATE SEQUENCE billing.ticket START WITH 100 INCREMENT BY 10 MAXVALUE 1000000;
                    CREATE SEQUENCE billing.receipt START WITH 7;
                    CREATE TABLE public.tasks (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'open',
                        no bigint DEFAULT nextval('public.ticket'));
                    CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open',
                        no bigint DEFAULT nextval('billing.ticket'), prior billing.state,
                        receipt bigint NOT NULL DEFAULT nextval('billing.receipt'));
                    """;
            execute(expected, desired);
            Files.writeString(dir.resolve("desired.sql"), desired);
            Cli cli = project(db);
            Cli.Run made = cli.run("new", "-m", "billing types", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            String migration = migrationText();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all() + "\n" + migration).isZero();
            assertThat(dump(db)).as("pg_dump after up equals the desired state's\n" + migration).isEqualTo(dump(expected));

            Cli.Run check = cli.run("diff", "--check", "--to-sql", "desired.sql");
            assertThat(check.exit()).as("nothing left to do: " + check.all()).isZero();

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all() + "\n" + migration).isZero();
            assertThat(dump(db)).as("pg_dump after the rollback equals the one before\n" + migration).isEqualTo(before);
        }
    }

    /**
     * Entities live in the first schema (public): billing's live enum type and sequence are no business of theirs and
     * stay, rather than be dropped as types and sequences the desired state lacks (billing.state is in use: up failed).
     * Entities declare no enum type at all: public's stay too (the plan dropped public.state, which the kept
     * public.tasks uses: up failed).
     */
    @Test
    void entitiesKeepBillingsEnumAndSequence() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, LIVE);
            Path classes = Path.of(dev.schemactl.source.petclinic.Owner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [public, billing]\nmodels:\n  classpath: ["
                    + classes + "]\n  packages: [dev.schemactl.source.petclinic]\n");
            List<String> billing = dumpOf(db, List.of("billing"));
            List<String> publicTypesAndTasks = dump(db).stream()
                    .filter(l -> l.contains("TYPE public.") || l.contains("public.tasks") || l.contains("public.ticket")).toList();
            assertThat(publicTypesAndTasks).hasSizeGreaterThan(3);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "init");
            assertThat(made.exit()).as(made.all()).isZero();
            String migration = migrationText();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all() + "\n" + migration).isZero();
            assertThat(dumpOf(db, List.of("billing"))).as("billing untouched\n" + migration).isEqualTo(billing);
            assertThat(dump(db)).as("public's enum types and the tables entities do not map stay\n" + migration)
                    .containsAll(publicTypesAndTasks);
            assertThat(strings(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relname = 'owners'")).containsExactly("owners");
        }
    }

    /** A dump loaded into a brand-new database makes billing's types and sequences there, beside public's. */
    @Test
    void dumpThenLoadKeepsBothSchemasTypesAndSequences() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            execute(db, LIVE);
            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, billing]\n");
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", db.urlText()).run("dump", "--schema-file", "schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
            String schemaFile = Files.readString(dir.resolve("schema.sql"));
            assertThat(load.exit()).as(load.all() + schemaFile).isZero();
            assertThat(dump(copy)).as(schemaFile).isEqualTo(dump(db));
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

    private static List<String> dump(TestDatabase db) {
        return dumpOf(db, SCHEMAS);
    }

    /** pg_dump of the schemas without schemactl's own tracking tables. */
    private static List<String> dumpOf(TestDatabase db, List<String> schemas) {
        return PostgresCatalogOracle.dump(db.url(), schemas).stream().filter(s -> !s.contains("schema_migrations")).toList();
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> strings(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }
}
