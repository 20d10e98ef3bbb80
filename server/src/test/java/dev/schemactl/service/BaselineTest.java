package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Adopting a database made before schemactl: baseline, then migrations whose rollback checks start from it. */
class BaselineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void aDatabaseMadeByHandIsBaselinedAndTheNextMigrationIsVerified(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL)");
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), total DECIMAL(10,2))");
                st.execute("CREATE INDEX orders_by_user ON orders (user_id, total)");
                st.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            assertThat(baseline.out()).contains("wrote migrations/versions/").contains("_baseline.sql (2 tables)")
                    .contains("marked it applied");
            Cli.Run status = cli.run("status", "--exit-code");
            assertThat(status.exit()).as(status.all()).isZero();
            assertThat(status.out()).contains("baseline").contains("applied");

            // the next change to the hand-made tables: its rollback check replays the baseline first
            Files.writeString(dir.resolve("v2.sql"), """
                    CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, phone VARCHAR(32));
                    CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), total DECIMAL(10,2));
                    CREATE INDEX orders_by_user ON orders (user_id, total);
                    """);
            Cli.Run next = cli.run("new", "-m", "add phone", "--to-sql", "v2.sql");
            assertThat(next.exit()).as(next.all()).isZero();
            assertThat(next.out()).contains("rollback verified").doesNotContain("warning").doesNotContain("NOT verified");
            assertThat(cli.run("up").exit()).isZero();
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all()).isZero();
            Cli.Run drift = cli.run("status", "--exit-code");
            assertThat(drift.out()).as(drift.all()).contains("drift: none");
            assertThat(count(db, "SELECT count(*) FROM users")).isEqualTo(1);

            // the baseline itself is never rolled back on the live database
            Cli.Run refused = cli.run("rollback", "--steps", "2");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
            assertThat(refused.err()).contains("is the baseline");
            assertThat(count(db, "SELECT count(*) FROM users")).isEqualTo(1);
            assertThat(cli.run("status").out()).contains("2 applied, 0 pending");
        }
    }

    /**
     * `new` before any baseline, on a database made by hand: its rollback check starts from a copy of the live schema
     * (it used to start from nothing and warn "relation users does not exist"); `baseline` afterwards slots in before
     * the pending migration, and from then on the checks replay the baseline.
     */
    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void theFirstMigrationOfADatabaseThatPredatesSchemactlIsVerifiedThenBaselinedUnderIt(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL)");
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id))");
                st.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')");
            }
            Files.writeString(dir.resolve("v2.sql"), """
                    CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, phone VARCHAR(32));
                    CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));
                    """);
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
            Cli.Run first = cli.run("new", "-m", "add phone", "--to-sql", "v2.sql");
            assertThat(first.exit()).as(first.all()).isZero();
            assertThat(first.out()).contains("rollback verified on a shadow database started from a copy of the live schema")
                    .contains("schemactl baseline").doesNotContain("NOT verified").doesNotContain("does not exist");

            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            Cli.Run status = cli.run("status");
            assertThat(status.out()).as(status.all()).contains("1 applied, 1 pending");
            assertThat(status.out().indexOf("baseline")).as(status.out()).isLessThan(status.out().indexOf("add_phone"));
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all()).isZero();
            assertThat(verify.all()).doesNotContain("live schema");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(count(db, "SELECT count(*) FROM users WHERE phone IS NULL")).isEqualTo(1);
        }
    }

    /**
     * A baseline is what `up` replays on a fresh database (CI): it carried only the tables, so such a database lacked
     * the live one's functions, views, triggers and partitions (a partitioned table came out plain). Judged by pg_dump:
     * the fresh database equals the live one, and `verify` applies the baseline, rolls it back and restores it.
     */
    @Test
    void aPostgresBaselineBuildsTheUnmanagedObjectsOnAFreshDatabase() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase fresh = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("""
                        CREATE TABLE customer (id serial PRIMARY KEY, name text NOT NULL, last_update timestamptz DEFAULT now() NOT NULL);
                        CREATE TABLE payment (id int NOT NULL, customer_id int NOT NULL REFERENCES customer (id), paid_at date NOT NULL,
                            amount numeric(8,2)) PARTITION BY RANGE (paid_at);
                        CREATE TABLE payment_2026 PARTITION OF payment FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                        CREATE INDEX payment_2026_customer ON payment_2026 (customer_id);
                        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            IF NEW.name IS NULL THEN RAISE EXCEPTION 'name'; END IF;
                            NEW.last_update = now(); RETURN NEW;
                        END $$;
                        CREATE TRIGGER customer_touch BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION touch();
                        CREATE FUNCTION customers_of(p_name_prefix_that_is_long text, p_limit_that_is_long integer, OUT p_count bigint)
                            RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM customer WHERE name LIKE p_name_prefix_that_is_long';
                        CREATE VIEW customer_totals AS SELECT c.id, c.name, sum(p.amount) AS total FROM customer c JOIN payment p ON p.customer_id = c.id GROUP BY c.id, c.name;
                        CREATE VIEW big_customers AS SELECT * FROM customer_totals WHERE total > 100;
                        COMMENT ON VIEW big_customers IS 'over 100';
                        """);
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", live.urlText());
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            String file = Files.readString(Files.list(dir.resolve("migrations/versions")).findFirst().orElseThrow());
            assertThat(file).contains("-- schemactl: unmanaged=").contains("PARTITION BY RANGE").doesNotContain("IS NULL;");
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all()).isZero();
            assertThat(verify.out()).contains("rolls back, restores the schema exactly");

            Cli.Run up = new Cli(dir).env("DATABASE_URL", fresh.urlText()).run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(withoutTracking(dev.schemactl.engine.postgres.PostgresCatalogOracle.dump(fresh.url())))
                    .isEqualTo(withoutTracking(dev.schemactl.engine.postgres.PostgresCatalogOracle.dump(live.url())));
        }
    }

    /**
     * A baseline is replayed by `up` on fresh databases (CI) under the default policy: what it holds that the risk
     * parser did not read (AdventureWorks' CREATE SCHEMA, icinga2's column named output, listmonk's (lower(email)) unique
     * index and its materialized view made WITH NO DATA, davical's DEFAULT f(array[...]), musicbrainz's CHECK calling a function of the same file, sakila's
     * INHERITS child with only a CHECK, roundcube's nextval(('seq'::text)::regclass)) was "not understood" and every
     * index on those tables was scored as on a million rows: the plan scored critical and `up` was refused. An index
     * calling a function of the file was opaque code (musicbrainz); River's function taking an enum came before the enum.
     */
    @Test
    void aPostgresBaselineIsUnderstoodByTheRiskScorerAndUpOnAFreshDatabasePassesTheDefaultPolicy() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase fresh = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("""
                        CREATE SCHEMA hr;
                        CREATE SEQUENCE users_seq;
                        CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT v > 0';
                        CREATE TABLE users (user_id integer DEFAULT nextval(('users_seq'::text)::regclass) NOT NULL PRIMARY KEY,
                            email text NOT NULL, output text, rank integer CHECK (positive(rank)),
                            n integer DEFAULT array_length(ARRAY['a', 'b'], 1));
                        CREATE UNIQUE INDEX users_email ON users ((lower(email)));
                        CREATE INDEX users_output ON users (output);
                        CREATE UNIQUE INDEX users_rank ON users (rank);
                        CREATE TABLE hr.staff (id integer PRIMARY KEY, output text);
                        CREATE INDEX staff_output ON hr.staff (output);
                        CREATE TABLE payment (id integer NOT NULL, paid date NOT NULL);
                        CREATE TABLE payment_2007 (CONSTRAINT payment_2007_paid CHECK (paid >= '2007-01-01')) INHERITS (payment);
                        CREATE INDEX payment_2007_paid_idx ON payment_2007 (paid);
                        CREATE MATERIALIZED VIEW user_counts AS SELECT email, count(*) AS n FROM users GROUP BY email WITH NO DATA;
                        CREATE UNIQUE INDEX user_counts_email ON user_counts (email);
                        COMMENT ON FUNCTION positive(integer) IS 'above zero';
                        CREATE FUNCTION simple(v text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(v)';
                        CREATE INDEX users_simple_output ON users (simple(output));
                        CREATE TYPE job_state AS ENUM ('available', 'running');
                        CREATE FUNCTION waiting(s job_state) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'available' $$;
                        CREATE TABLE jobs (id integer PRIMARY KEY, state job_state NOT NULL, k text);
                        CREATE UNIQUE INDEX jobs_k ON jobs (k) WHERE waiting(state);
                        """);
            }
            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, hr]\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", live.urlText());
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            Path file = Files.list(dir.resolve("migrations/versions")).findFirst().orElseThrow();
            Cli.Run lint = cli.run("lint", dir.relativize(file).toString());
            assertThat(lint.all()).doesNotContain("UNKNOWN-STATEMENT").doesNotContain("LK-CREATE-INDEX").doesNotContain("DD-UNIQUE-EXISTING")
                    .doesNotContain("DS-OPAQUE-CODE");

            Cli.Run up = new Cli(dir).env("DATABASE_URL", fresh.urlText()).run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(withoutTracking(dev.schemactl.engine.postgres.PostgresCatalogOracle.dump(fresh.url())))
                    .isEqualTo(withoutTracking(dev.schemactl.engine.postgres.PostgresCatalogOracle.dump(live.url())));
        }
    }

    /**
     * The same on MariaDB, with a routine whose body holds IF ... END IF blocks (the migration runner cut it at the first
     * END IF) and a trigger; judged by catalog queries written for this test.
     */
    @Test
    void aMariaDbBaselineBuildsTheRoutinesViewsAndTriggersOnAFreshDatabase() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB); TestDatabase fresh = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE rental (id INT PRIMARY KEY, inventory_id INT NOT NULL, return_date DATE, touched INT DEFAULT 0)");
                // as the mariadb client makes them: without the IGNORE_SPACE of schemactl's sessions
                st.execute("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
                st.execute("""
                        CREATE FUNCTION in_stock(p_inventory_id INT) RETURNS tinyint(1) READS SQL DATA
                        BEGIN
                            DECLARE v_out INT;
                            SELECT COUNT(*) INTO v_out FROM rental WHERE inventory_id = p_inventory_id AND return_date IS NULL;
                            IF v_out > 0 THEN
                                RETURN FALSE;
                            ELSE
                                RETURN TRUE;
                            END IF;
                        END""");
                st.execute("CREATE VIEW open_rentals AS SELECT id, inventory_id FROM rental WHERE return_date IS NULL");
                st.execute("""
                        CREATE TRIGGER rental_touch BEFORE UPDATE ON rental FOR EACH ROW
                        BEGIN
                            IF NEW.return_date IS NOT NULL THEN SET NEW.touched = OLD.touched + 1; END IF;
                        END""");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", live.urlText());
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all()).isZero();
            Cli.Run up = new Cli(dir).env("DATABASE_URL", fresh.urlText()).run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(mariaDbObjects(fresh)).isEqualTo(mariaDbObjects(live)).contains("in_stock", "open_rentals", "rental_touch");
        }
    }

    /**
     * A function body line that begins with "--rollback" or "--changeset" (indented or not) is read by the migration file
     * (Liquibase formatted SQL) as its own directive: the baseline wrote the body in dollar quotes as it is and broke
     * (the body was cut, the changeset ended there). PostgreSQL writes such a body, and such a comment, as an escape
     * string with \n; the server keeps the same text. Judged by pg_dump's text, nothing dropped, and by prosrc.
     */
    @Test
    void aPostgresFunctionBodyWithDirectiveLikeLinesIsBaselinedAndBuiltAsItIs() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase fresh = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("""
                        CREATE TABLE item (id integer PRIMARY KEY, n integer);
                        CREATE FUNCTION bump(v integer) RETURNS integer LANGUAGE plpgsql AS $$
                        BEGIN
                        --rollback DROP TABLE item;
                        --changeset someone:2
                            -- rollback too
                            RETURN v + 1; -- it's one more
                        END $$;
                        CREATE FUNCTION quoted(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$ SELECT v || 'it''s
                        --rollback' || $x$a\\b$x$ $f$;
                        COMMENT ON FUNCTION bump(integer) IS 'one more
                        --rollback in a comment';
                        """);
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", live.urlText());
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            String file = Files.readString(Files.list(dir.resolve("migrations/versions")).findFirst().orElseThrow());
            assertThat(file.lines().filter(l -> l.strip().startsWith("--changeset"))).as(file).hasSize(1);
            Cli.Run verify = cli.run("verify");
            assertThat(verify.exit()).as(verify.all() + "\n" + file).isZero();
            Cli.Run up = new Cli(dir).env("DATABASE_URL", fresh.urlText()).run("up");
            assertThat(up.exit()).as(up.all()).isZero();
            assertThat(functions(fresh)).isEqualTo(functions(live)).contains("--rollback DROP TABLE item;");
            assertThat(rawWithoutTracking(fresh)).isEqualTo(rawWithoutTracking(live));
            assertThat(String.join("\n", rawWithoutTracking(fresh))).contains("\n--changeset someone:2\n").contains("\n--rollback in a comment'")
                    .contains("\n--rollback' || $x$a\\b$x$");
        }
    }

    /**
     * MariaDB keeps a routine's body as written, code and not a string: a body line "-- rollback ..." has no faithful
     * spelling in a migration file, so the baseline is refused, naming the routine, rather than written broken.
     */
    @Test
    void aMariaDbRoutineBodyWithADirectiveLikeLineIsRefusedByName() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE item (id INT PRIMARY KEY, n INT)");
                st.execute("""
                        CREATE PROCEDURE clear_items()
                        BEGIN
                        -- rollback nothing to undo
                            DELETE FROM item;
                        END""");
            }
            Cli.Run baseline = new Cli(dir).env("DATABASE_URL", live.urlText()).run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isEqualTo(dev.schemactl.error.ErrorCode.UNSUPPORTED.exitCode());
            assertThat(baseline.all()).contains("procedure `clear_items`").contains("-- rollback nothing to undo");
            assertThat(dir.resolve("migrations/versions")).satisfiesAnyOf(d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
        }
    }

    private static String functions(TestDatabase db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT p.proname, p.prosrc, obj_description(p.oid, 'pg_proc') FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1")) {
            while (rs.next()) out.append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | ").append(rs.getString(3)).append('\n');
        }
        return out.toString();
    }

    private static java.util.List<String> rawWithoutTracking(TestDatabase db) {
        return java.util.Arrays.stream(dev.schemactl.engine.postgres.PostgresCatalogOracle.raw(db.url()).split("\n--\n-- "))
                .filter(s -> !s.contains("schema_migrations") && !s.startsWith("PostgreSQL database dump") && !s.contains("Dumped "))
                .map(s -> s.lines().filter(l -> !l.startsWith("\\")).collect(java.util.stream.Collectors.joining("\n"))).toList();
    }

    private static java.util.List<String> withoutTracking(java.util.List<String> dump) {
        return dump.stream().filter(s -> !s.contains("schema_migrations")).toList();
    }

    /** Routines, views and triggers with their bodies, from information_schema. */
    private static String mariaDbObjects(TestDatabase db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String q : java.util.List.of(
                    "SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION, SQL_MODE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1",
                    "SELECT TABLE_NAME, REPLACE(VIEW_DEFINITION, DATABASE(), 'db') FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1",
                    "SELECT TRIGGER_NAME, EVENT_MANIPULATION, ACTION_TIMING, ACTION_STATEMENT, SQL_MODE FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 1")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) out.append(rs.getString(i)).append(" | ");
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A database whose tables all live outside the managed schemas (musicbrainz, graphile_worker, AdventureWorks keep
     * theirs in schemas of their own): "has no tables" sent the user to `new`; the error names the schemas that hold
     * tables and the setting that manages them, and `schemas:` then baselines them.
     */
    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "H2"})
    void aDatabaseWithTablesOnlyOutsideTheManagedSchemasNamesThem(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE SCHEMA audit");
                st.execute("CREATE TABLE app.users (id INT PRIMARY KEY)");
                st.execute("CREATE TABLE app.orders (id INT PRIMARY KEY)");
                st.execute("CREATE TABLE audit.events (id INT PRIMARY KEY)");
            }
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run refused = cli.run("baseline");
            assertThat(refused.exit()).as(refused.all()).isEqualTo(2);
            String app = engine == EngineKind.H2 ? "APP" : "app";
            String audit = engine == EngineKind.H2 ? "AUDIT" : "audit";
            assertThat(refused.err()).contains("nothing to baseline").containsIgnoringCase("no tables in schema public")
                    .contains(app + " (2 tables)").contains(audit + " (1 table)")
                    .contains("schemas: [" + app + ", " + audit + "]").doesNotContain("Exception");
            assertThat(dir.resolve("migrations/versions")).doesNotExist();

            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [" + app + ", " + audit + "]\n");
            Cli.Run baseline = cli.run("baseline");
            assertThat(baseline.exit()).as(baseline.all()).isZero();
            assertThat(baseline.out()).contains("(3 tables)");
        }
    }

    /** A database with a sequence but no table predates its migrations too: dropping it was checked on an empty shadow. */
    @Test
    void aDatabaseWithOnlyASequenceIsCopiedIntoTheShadow() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SEQUENCE s START 3");
            }
            Files.writeString(dir.resolve("none.sql"), "");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "drop s", "--to-sql", "none.sql", "--drop-extra");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.out()).contains("rollback verified").contains("on a shadow database started from a copy of the live schema")
                    .doesNotContain("NOT verified").doesNotContain("does not exist");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(count(db, "SELECT count(*) FROM pg_class WHERE relname = 's' AND relkind = 'S'")).isZero();
        }
    }

    /**
     * A database holding only an empty schema of the scope predates its migrations too (PostgreSQL corpus pair 557 through
     * {@code new --to-sql}): the migration creates tables in it, which an empty shadow refused ("schema billing does not exist").
     */
    @Test
    void aDatabaseWithOnlyAnEmptySchemaIsCopiedIntoTheShadow() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA billing");
            }
            Files.writeString(dir.resolve("schemactl.yaml"), "schemas: [public, billing]\n");
            Files.writeString(dir.resolve("b.sql"), "CREATE SCHEMA billing;\nCREATE TABLE billing.items (id integer PRIMARY KEY);\n");
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run made = cli.run("new", "-m", "billing items", "--to-sql", "b.sql");
            assertThat(made.exit()).as(made.all()).isZero();
            assertThat(made.out()).contains("rollback verified").contains("on a shadow database started from a copy of the live schema")
                    .doesNotContain("NOT verified").doesNotContain("does not exist");
            assertThat(cli.run("up").exit()).isZero();
            assertThat(count(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'billing' AND c.relname = 'items'")).isEqualTo(1);
        }
    }

    @Test
    void baselineRefusesAnEmptyDatabaseAndAProjectWithHistory() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            Cli cli = new Cli(dir).env("DATABASE_URL", db.urlText());
            Cli.Run empty = cli.run("baseline");
            assertThat(empty.exit()).isEqualTo(2);
            assertThat(empty.err()).contains("nothing to baseline");
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int PRIMARY KEY)");
            }
            assertThat(cli.run("baseline").exit()).isZero();
            Cli.Run twice = cli.run("baseline");
            assertThat(twice.exit()).isEqualTo(2);
            assertThat(twice.err()).contains("already holds 1 migration");
        }
    }

    /** A fresh H2 project: the database file does not exist yet and stands for an empty database. */
    @Test
    void newAndVerifyOnAnH2FileThatDoesNotExistYetTreatItAsEmpty() throws Exception {
        Cli cli = new Cli(dir).env("DATABASE_URL", "h2:./.schemactl/dev");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100));");
        Cli.Run diff = cli.run("diff", "--to-sql", "schema.sql");
        assertThat(diff.exit()).as(diff.all()).isZero();
        assertThat(diff.out()).contains("create table notes");
        Cli.Run created = cli.run("new", "-m", "notes", "--to-sql", "schema.sql");
        assertThat(created.exit()).as(created.all()).isZero();
        assertThat(created.out()).contains("rollback verified");
        assertThat(dir.resolve(".schemactl/dev.mv.db")).doesNotExist();
        Cli.Run verify = cli.run("verify", "--pending");
        assertThat(verify.exit()).as(verify.all()).isZero();
        assertThat(verify.out()).contains("notes");
        assertThat(cli.run("up").exit()).isZero();
        assertThat(dir.resolve(".schemactl/dev.mv.db")).exists();
    }

    private static int count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
