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
 * A project whose first managed schema is not public ({@code schemas: [app]}): the model leaves that schema out of
 * its objects' names, and a name written bare resolves through the session's search_path (public), so it would reach
 * a same-named table of public. Judged by catalog queries, not by schemactl's inspector.
 */
class PostgresNonPublicSchemaTest {

    @TempDir
    Path dir;

    /** Before the fix the bare ALTER TABLE items reached public.items: applied without error, to the wrong table. */
    @Test
    void aColumnAddedToAppItemsLandsThereAndNotOnPublicItems() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE public.items (id integer PRIMARY KEY, name text)");
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TABLE app.items (id integer PRIMARY KEY, name text)");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [app]\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE SCHEMA IF NOT EXISTS app;
                    CREATE TABLE app.items (id integer PRIMARY KEY, name text, note text);
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "note", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();

            assertThat(columns(db, "public", "items")).as("public.items untouched").containsExactly("id", "name");
            assertThat(columns(db, "app", "items")).containsExactly("id", "name", "note");
        }
    }

    /**
     * A rename hint naming the table as the SQL does ({@code app.items.name=title}): before, "not in both schemas"
     * (the model names the first schema's tables bare; only {@code items.name=title} worked). Data kept, judged by SQL.
     */
    @Test
    void aRenameHintQualifiedWithTheFirstSchemaIsTakenAsTheBareOne() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TABLE app.items (id integer PRIMARY KEY, name text)");
                st.execute("CREATE TABLE app.tags (id integer PRIMARY KEY)");
                st.execute("INSERT INTO app.items VALUES (1, 'kept')");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [app]\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE SCHEMA IF NOT EXISTS app;
                    CREATE TABLE app.items (id integer PRIMARY KEY, title text);
                    CREATE TABLE app.labels (id integer PRIMARY KEY);
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "title", "--to-sql", "desired.sql", "--rename", "app.items.name=title",
                    "--rename", "app.tags=app.labels");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(columns(db, "app", "items")).containsExactly("id", "title");
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT title FROM app.items WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
            assertThat(columns(db, "app", "labels")).containsExactly("id");
            assertThat(columns(db, "app", "tags")).isEmpty();
        }
    }

    /** Likewise public's tables in a project of the default schema: {@code public.items.name=title}. */
    @Test
    void aRenameHintQualifiedWithPublicIsTakenAsTheBareOne() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE items (id integer PRIMARY KEY, name text)");
                st.execute("INSERT INTO items VALUES (1, 'kept')");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\n");
            Files.writeString(dir.resolve("desired.sql"), "CREATE TABLE items (id integer PRIMARY KEY, title text);\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "title", "--to-sql", "desired.sql", "--rename", "public.items.name=title");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT title FROM public.items WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        }
    }

    /** Enum type, its column type, sequence, nextval default, index and comment, forward and rollback. */
    @Test
    void everyKindOfObjectOfAppIsNamedWithItsSchemaForwardAndBack() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE public.items (id integer PRIMARY KEY, name text)");
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TYPE app.kind AS ENUM ('a', 'b')");
                st.execute("CREATE TABLE app.items (id integer PRIMARY KEY, name text, k app.kind)");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [app]\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE SCHEMA IF NOT EXISTS app;
                    CREATE TYPE app.kind AS ENUM ('a', 'b', 'c');
                    CREATE SEQUENCE app.ticket START WITH 100;
                    CREATE TABLE app.owner (id integer PRIMARY KEY);
                    CREATE TABLE app.items (id integer PRIMARY KEY, name text CHECK (name <> ''), k app.kind, note text,
                        ticket bigint DEFAULT nextval('app.ticket'), owner_id integer REFERENCES app.owner (id));
                    CREATE INDEX items_note ON app.items (note);
                    COMMENT ON COLUMN app.items.note IS 'added';
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "note", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();

            assertThat(columns(db, "app", "items")).containsExactly("id", "name", "k", "note", "ticket", "owner_id");
            assertThat(strings(db, "SELECT conname FROM pg_constraint WHERE conrelid = 'app.items'::regclass AND contype IN ('f', 'c')"
                    + " AND convalidated ORDER BY 1")).hasSize(2);
            assertThat(columns(db, "public", "items")).containsExactly("id", "name");
            assertThat(enumValues(db, "app", "kind")).containsExactly("a", "b", "c");
            assertThat(relations(db, "public")).containsExactly("items", "items_pkey");
            assertThat(relations(db, "app")).contains("items_note", "ticket");
            assertThat(columnComment(db, "app", "items", "note")).isEqualTo("added");

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(columns(db, "app", "items")).containsExactly("id", "name", "k");
            assertThat(columns(db, "public", "items")).containsExactly("id", "name");
            assertThat(relations(db, "app")).doesNotContain("items_note", "ticket", "owner");
        }
    }

    @Test
    void dumpThenLoadMakesAppAndItsTablesInABrandNewDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TYPE app.kind AS ENUM ('a', 'b')");
                st.execute("CREATE SEQUENCE app.ticket");
                st.execute("CREATE TABLE app.items (id bigserial PRIMARY KEY, k app.kind, t bigint DEFAULT nextval('app.ticket'))");
                st.execute("CREATE INDEX items_k ON app.items (k)");
            }
            // copy is a brand-new database: the dump creates app itself
            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [app]\n");
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", db.urlText()).run("dump", "--schema-file", "schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
            assertThat(load.exit()).as(load.all() + Files.readString(dir.resolve("schema.sql"))).isZero();
            assertThat(relations(copy, "public")).isEmpty();
            assertThat(relations(copy, "app")).containsExactlyElementsOf(relations(db, "app"));
            assertThat(enumValues(copy, "app", "kind")).containsExactly("a", "b");
        }
    }

    /**
     * With {@code exclude:} set, the excluded objects went, and with them (before the fix) every table's schema, the
     * enum types and the unmanaged objects: billing.items lost its schema, so its new column was added to a bare items (public's, or none),
     * and a new enum type was never created.
     */
    @Test
    void excludePatternsKeepTheSchemaOfTablesAndTheEnumTypes() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE public.orders (id integer PRIMARY KEY, name text)");
                st.execute("CREATE TABLE public.audit_log (id integer PRIMARY KEY)");
                st.execute("CREATE SCHEMA billing");
                st.execute("CREATE TABLE billing.items (id integer PRIMARY KEY, name text)");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [public, billing]\nexclude: [\"audit_*\"]\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE TABLE public.orders (id integer PRIMARY KEY, name text);
                    CREATE SCHEMA IF NOT EXISTS billing;
                    CREATE TYPE billing.state AS ENUM ('open', 'paid');
                    CREATE TABLE billing.items (id integer PRIMARY KEY, name text, note text, state billing.state);
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "note", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();

            assertThat(columns(db, "public", "orders")).as("public.orders untouched").containsExactly("id", "name");
            assertThat(columns(db, "billing", "items")).containsExactly("id", "name", "note", "state");
            assertThat(enumValues(db, "billing", "state")).containsExactly("open", "paid");
            assertThat(relations(db, "public")).as("the excluded table stays").contains("audit_log");

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(columns(db, "billing", "items")).containsExactly("id", "name");
            assertThat(enumValues(db, "billing", "state")).isEmpty();
        }
    }

    /** A domain only the desired state has: created in app as a prerequisite, and its rollback drops app's, not public's. */
    @Test
    void aDomainPrerequisiteIsCreatedAndDroppedInApp() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE DOMAIN public.short_text AS varchar(5)");
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TABLE app.member (id integer PRIMARY KEY)");
            }
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [app]\n");
            Files.writeString(dir.resolve("desired.sql"), """
                    CREATE SCHEMA IF NOT EXISTS app;
                    CREATE DOMAIN app.short_text AS varchar(20) DEFAULT 'n/a';
                    CREATE TABLE app.member (id integer PRIMARY KEY, nick app.short_text);
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "nick", "--to-sql", "desired.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(domains(db)).containsExactly("app.short_text", "public.short_text");
            assertThat(columns(db, "app", "member")).containsExactly("id", "nick");

            Cli.Run rollback = cli.run("rollback");
            assertThat(rollback.exit()).as(rollback.all()).isZero();
            assertThat(columns(db, "app", "member")).containsExactly("id");
            assertThat(domains(db)).as("public's domain of that name stays").containsExactly("public.short_text");
        }
    }

    private static List<String> domains(TestDatabase db) throws Exception {
        return strings(db, "SELECT n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE t.typtype = 'd' AND n.nspname IN ('public', 'app') ORDER BY 1");
    }

    /** Entities name no schema: with {@code schemas: [app]} their tables belong in app, whatever public holds. */
    @Test
    void entitiesAreCreatedInTheFirstManagedSchema() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE public.owners (id integer PRIMARY KEY)");
                st.execute("CREATE SCHEMA app");
            }
            Path classes = classpathRoot(dev.schemactl.source.petclinic.Owner.class);
            Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
            Files.writeString(dir.resolve("schemactl.yaml"), "policy: allow.yaml\nschemas: [app]\nmodels:\n  classpath: ["
                    + classes + "]\n  packages: [dev.schemactl.source.petclinic]\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "init");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run up = cli.run("up");
            assertThat(up.exit()).as(up.all()).isZero();

            assertThat(relations(db, "public")).containsExactly("owners", "owners_pkey");
            assertThat(columns(db, "public", "owners")).containsExactly("id");
            assertThat(relations(db, "app")).contains("owners", "pets", "types", "vets", "visits");
            assertThat(columns(db, "app", "owners")).contains("id").hasSizeGreaterThan(1);
            Cli.Run check = cli.run("diff", "--check");
            assertThat(check.exit()).as("nothing left to do: " + check.all()).isZero();
        }
    }

    private static Path classpathRoot(Class<?> anchor) throws Exception {
        return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The columns of schema.table in position order, from pg_attribute. */
    private static List<String> columns(TestDatabase db, String schema, String table) throws Exception {
        return strings(db, "SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"
                + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", schema, table);
    }

    private static List<String> enumValues(TestDatabase db, String schema, String type) throws Exception {
        return strings(db, "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ? AND t.typname = ? ORDER BY e.enumsortorder",
                schema, type);
    }

    /** Tables, indexes and sequences of a schema, by name (schemactl's own tables left out). */
    private static List<String> relations(TestDatabase db, String schema) throws Exception {
        return strings(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'i', 'S') AND c.relname NOT LIKE 'schema\\_migrations%'"
                + " ORDER BY c.relname", schema);
    }

    private static String columnComment(TestDatabase db, String schema, String table, String column) throws Exception {
        List<String> found = strings(db, "SELECT col_description(c.oid, a.attnum) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid"
                + " WHERE n.nspname = ? AND c.relname = ? AND a.attname = ?", schema, table, column);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> strings(TestDatabase db, String sql, String... parameters) throws Exception {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) st.setString(i + 1, parameters[i]);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }
}
