package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.source.HibernateDdl;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.schemactl.service.EntityEvolutionOracleTest.apply;
import static dev.schemactl.service.EntityEvolutionOracleTest.difference;
import static dev.schemactl.service.EntityEvolutionOracleTest.migrations;
import static dev.schemactl.service.EntityEvolutionOracleTest.oracle;
import static dev.schemactl.service.EntityEvolutionOracleTest.reset;
import static dev.schemactl.service.EntityEvolutionOracleTest.tables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EntityEvolutionOracleTest} on tables that hold rows, as an agent's feature work meets them on a real database:
 * X gets Hibernate's DDL for entity model A and rows written by the test; {@code new --drop-extra} with model B, then
 * {@code up}. Where the change keeps the data, X must equal Hibernate's DDL for B (pg_dump / SHOW CREATE TABLE), the
 * rows must read back as the test's own SELECTs expect, {@code diff --check} must converge and {@code rollback} must
 * bring back A with the rows. Where the rows make the change impossible (a new NOT NULL column, NULLs in a column made
 * NOT NULL, values longer than a narrowed length, duplicates under a new unique key), {@code new} must say so before
 * anything runs, {@code up} must fail with the database's message and a hint, and what is left behind must be what
 * the message says: nothing on PostgreSQL (transactional DDL), the statements before the failing one on MariaDB.
 *
 * <p>Cost: per pair and engine two Hibernate boots for the reference DDL and three to five CLI runs; about 3 s each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityEvolutionDataTest {
    private static final String ROOT = "dev.schemactl.source.evolution.";
    private static final Settings.Naming SPRING = new Settings.Naming("spring", null, null);

    private final Map<EngineKind, TestDatabase[]> databases = new TreeMap<>();

    @BeforeAll
    void open() {
        for (EngineKind kind : List.of(EngineKind.POSTGRESQL, EngineKind.MARIADB)) {
            databases.put(kind, new TestDatabase[]{TestDatabase.create(kind), TestDatabase.create(kind)});
        }
    }

    @AfterAll
    void close() {
        databases.values().forEach(dbs -> {
            for (TestDatabase db : dbs) db.close();
        });
    }

    @TestFactory
    Stream<DynamicTest> postgres() {
        return tests(EngineKind.POSTGRESQL);
    }

    @TestFactory
    Stream<DynamicTest> mariaDb() {
        return tests(EngineKind.MARIADB);
    }

    private Stream<DynamicTest> tests(EngineKind kind) {
        String only = System.getProperty("pairs.only");
        List<DynamicTest> all = List.of(
                DynamicTest.dynamicTest("d01 changes that keep the rows", () -> keepsRows(kind)),
                DynamicTest.dynamicTest("d02 new NOT NULL field on a filled table", () -> newRequiredField(kind)),
                DynamicTest.dynamicTest("d03 NOT NULL over NULLs", () -> notNullOverNulls(kind)),
                DynamicTest.dynamicTest("d04 length narrowed below the values", () -> narrowedBelowValues(kind)),
                DynamicTest.dynamicTest("d05 unique over duplicates", () -> uniqueOverDuplicates(kind)),
                DynamicTest.dynamicTest("d06 Spring Boot naming of camelCase and acronyms", () -> springNaming(kind)),
                DynamicTest.dynamicTest("d07 enum ORDINAL to STRING", () -> ordinalToString(kind)),
                DynamicTest.dynamicTest("d08 @ManyToOne over a column holding orphans", () -> foreignKeyOverOrphans(kind)),
                DynamicTest.dynamicTest("d09 enum ORDINAL to STRING, no row at ordinal 0", () -> ordinalToStringShifted(kind)));
        return all.stream().filter(t -> only == null || t.getDisplayName().substring(0, 3).matches(only));
    }

    /** X with Hibernate's DDL for A and the rows; Y with Hibernate's DDL for B; a project whose models are B. */
    private record Setup(TestDatabase x, String ddlA, String ddlB, Map<String, String> oracleA, Map<String, String> oracleB,
                         Set<String> tablesOfA, Path project, Cli cli) {
        String context() throws Exception {
            return "\nmigration:\n" + migrations(project) + "\nHibernate's DDL for A:\n" + ddlA + "\nHibernate's DDL for B:\n" + ddlB;
        }

        Map<String, String> now() throws SQLException {
            return oracle(x, tablesOfA);
        }
    }

    private Setup setup(EngineKind kind, String pair, Settings.Naming naming, String rows) throws Exception {
        TestDatabase x = databases.get(kind)[0];
        TestDatabase y = databases.get(kind)[1];
        reset(x);
        reset(y);
        Path classes = GenerateIdempotencyTest.classesOf(EntityEvolutionDataTest.class);
        Path project = Files.createTempDirectory("schemactl-evolution-data-");
        String a = ROOT + pair + ".a";
        String b = ROOT + pair + ".b";
        String ddlA = HibernateDdl.createScript(classes, a, kind, naming, project);
        String ddlB = HibernateDdl.createScript(classes, b, kind, naming, project);
        apply(x, ddlA);
        apply(y, ddlB);
        execute(x, rows);
        Set<String> tablesOfA = tables(x);
        Map<String, String> oracleA = oracle(x, tablesOfA);
        Map<String, String> oracleB = oracle(y, tablesOfA);
        Files.writeString(project.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
        Files.writeString(project.resolve("schemactl.yaml"), "policy: allow.yaml\nmodels:\n  classpath: [\""
                + classes.toString().replace("\\", "/") + "\"]\n  packages: [" + b + "]\n"
                + (naming.preset() == null ? "" : "  naming: " + naming.preset() + "\n"));
        Cli cli = new Cli(project).env("DATABASE_URL", x.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
        return new Setup(x, ddlA, ddlB, oracleA, oracleB, tablesOfA, project, cli);
    }

    /** up must succeed, X must equal B, diff --check converge, rollback give back A. */
    private void roundTrip(EngineKind kind, Setup s, Runnable afterUp, Runnable afterRollback) throws Exception {
        Cli.Run up = s.cli().run("up");
        assertThat(up.exit()).as("up: " + up.all() + s.context()).isZero();
        assertThat(difference(s.now(), s.oracleB())).as(kind + ": after up, X equals Hibernate's DDL for B" + s.context()).isEmpty();
        afterUp.run();
        Cli.Run check = s.cli().run("diff", "--check", "--drop-extra");
        assertThat(check.exit()).as("after up, the entities of B and X converge: " + check.all() + s.context()).isZero();
        Cli.Run down = s.cli().run("rollback");
        assertThat(down.exit()).as("rollback: " + down.all() + s.context()).isZero();
        assertThat(difference(s.now(), s.oracleA())).as(kind + ": after rollback, X equals Hibernate's DDL for A" + s.context()).isEmpty();
        afterRollback.run();
    }

    // ---- changes that keep the rows

    private void keepsRows(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d01", Settings.Naming.AUTO, """
                INSERT INTO widen (id, amount, ratio, boxed) VALUES (1, 2000000000, 1.5, 7), (2, -5, 0.25, NULL);
                INSERT INTO renamed (id, nick) VALUES (1, 'ann'), (2, NULL);
                INSERT INTO parent (id, name) VALUES (1, 'p');
                INSERT INTO child (id, name) VALUES (1, 'c1'), (2, 'c2');
                INSERT INTO required (id, code) VALUES (1, 'r1'), (2, 'r2');
                INSERT INTO narrowed (id, name) VALUES (1, 'short'), (2, 'exactly twenty chars');
                """);
        Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify", "--rename", "renamed.nick=display_name");
        assertThat(made.exit()).as("new: " + made.all() + s.context()).isZero();
        String migration = migrations(s.project());
        assertThat(migration).as("the rename keeps the data" + s.context()).containsIgnoringCase("RENAME COLUMN")
                .doesNotContainPattern("(?i)DROP COLUMN `?nick");
        // DD-NARROW-TYPE consults the data: every value fits, and the finding says so
        Cli.Run lint = s.cli().run("lint");
        assertThat(lint.all()).as("lint: " + lint.all() + s.context()).contains("DD-NARROW-TYPE")
                .contains("checked the data: every value fits (the longest value has 20 characters)");
        roundTrip(kind, s, () -> {
            assertThat(rows(s.x(), "SELECT id, amount, ratio, boxed FROM widen ORDER BY id"))
                    .containsExactly("1|2000000000|1.5|7", "2|-5|0.25|null");
            assertThat(rows(s.x(), "SELECT id, display_name FROM renamed ORDER BY id")).containsExactly("1|ann", "2|null");
            assertThat(rows(s.x(), "SELECT id, name, parent_id FROM child ORDER BY id")).containsExactly("1|c1|null", "2|c2|null");
            assertThat(rows(s.x(), "SELECT id, code FROM required ORDER BY id")).containsExactly("1|r1", "2|r2");
            assertThat(rows(s.x(), "SELECT id, name FROM narrowed ORDER BY id")).containsExactly("1|short", "2|exactly twenty chars");
        }, () -> {
            assertThat(rows(s.x(), "SELECT id, amount, ratio, boxed FROM widen ORDER BY id"))
                    .containsExactly("1|2000000000|1.5|7", "2|-5|0.25|null");
            assertThat(rows(s.x(), "SELECT id, nick FROM renamed ORDER BY id")).containsExactly("1|ann", "2|null");
            assertThat(rows(s.x(), "SELECT id, name FROM child ORDER BY id")).containsExactly("1|c1", "2|c2");
            assertThat(rows(s.x(), "SELECT id, name FROM narrowed ORDER BY id")).containsExactly("1|short", "2|exactly twenty chars");
        });
    }

    // ---- changes the rows make impossible

    private void newRequiredField(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d02", Settings.Naming.AUTO, "INSERT INTO filled (id, name) VALUES (1, 'a'), (2, 'b');");
        if (kind == EngineKind.MARIADB) {
            // MariaDB fills the rows with the type's implicit default instead of failing: lint says so before it runs
            Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify");
            assertThat(made.exit()).as(made.all()).isZero();
            Cli.Run lint = s.cli().run("lint");
            assertThat(lint.all()).as(lint.all()).contains("DD-ADD-REQUIRED-COLUMN").contains("existing rows silently get the type's implicit default");
            // @Version is NOT NULL in Hibernate's DDL: the rows get version 0, which Hibernate reads as a first version
            roundTrip(kind, s, () -> assertThat(rows(s.x(), "SELECT id, name, code, version FROM filled ORDER BY id")).containsExactly("1|a||0", "2|b||0"),
                    () -> assertThat(rows(s.x(), "SELECT id, name FROM filled ORDER BY id")).containsExactly("1|a", "2|b"));
            return;
        }
        refused(kind, s, "DD-ADD-REQUIRED-COLUMN", "contains null values", "SELECT id, name FROM filled ORDER BY id", "1|a", "2|b");
    }

    private void notNullOverNulls(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d03", Settings.Naming.AUTO, "INSERT INTO filled (id, code) VALUES (1, 'a'), (2, NULL);");
        refused(kind, s, "DD-NOT-NULL-EXISTING", kind == EngineKind.POSTGRESQL ? "contains null values" : "Data truncated for column 'code'",
                "SELECT id, code FROM filled ORDER BY id", "1|a", "2|null");
    }

    private void narrowedBelowValues(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d04", Settings.Naming.AUTO, "INSERT INTO filled (id, name) VALUES (1, 'abc'), (2, 'much too long');");
        // PostgreSQL: a USING name::varchar(5) would cut 'much too long' to 'much ' without a word
        Cli.Run lint = refused(kind, s, "DD-NARROW-TYPE", kind == EngineKind.POSTGRESQL ? "value too long for type character varying(5)"
                : "Data too long for column 'name'", "SELECT id, name FROM filled ORDER BY id", "1|abc", "2|much too long");
        assertThat(lint.all()).as(lint.all()).contains("checked the data: 1 value(s) do not fit");
    }

    private void uniqueOverDuplicates(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d05", Settings.Naming.AUTO, "INSERT INTO filled (id, email) VALUES (1, 'a@x'), (2, 'a@x');");
        refused(kind, s, "DD-UNIQUE-EXISTING", kind == EngineKind.POSTGRESQL ? "is duplicated" : "Duplicate entry 'a@x'",
                "SELECT id, email FROM filled ORDER BY id", "1|a@x", "2|a@x");
    }

    /**
     * new writes the migration (the allow policy), lint names the risk before anything runs, up fails with the
     * database's message and a hint saying what is left behind, and that is what is left: on PostgreSQL nothing (X still
     * equals A), on MariaDB the other table's new column (its own changeset, committed) and nothing of the failing one.
     */
    private Cli.Run refused(EngineKind kind, Setup s, String rule, String message, String select, String... rows) throws Exception {
        Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify");
        assertThat(made.exit()).as("new: " + made.all() + s.context()).isZero();
        Cli.Run lint = s.cli().run("lint");
        assertThat(lint.all()).as("lint names the risk before anything runs: " + lint.all() + s.context()).contains(rule);
        Cli.Run up = s.cli().run("up");
        assertThat(up.exit()).as("up: " + up.all() + s.context()).isNotZero();
        assertThat(up.err()).as("up: " + up.all()).contains("could not apply").contains(message);
        assertThat(rows(s.x(), select)).as("the rows are untouched").containsExactly(rows);
        Map<String, String> now = s.now();
        if (kind == EngineKind.POSTGRESQL) {
            assertThat(up.err()).as(up.all()).contains("rolled back as a whole");
            assertThat(difference(now, s.oracleA())).as("nothing of the migration stays" + s.context()).isEmpty();
        } else {
            assertThat(up.err()).as(up.all()).contains("earlier changesets stay applied and recorded")
                    .contains("the failed one ran nothing that stays");
            assertThat(now.get("other")).as("the other table's changeset stays" + s.context()).isEqualTo(s.oracleB().get("other"));
            assertThat(now.get("filled")).as("the failing changeset left nothing" + s.context()).isEqualTo(s.oracleA().get("filled"));
        }
        return lint;
    }

    /**
     * Spring Boot's physical naming (Hibernate's CamelCaseToUnderscoresNamingStrategy): the names are written out here,
     * not computed. A mismatch would make new drop a column and add another.
     */
    private void springNaming(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d06", SPRING, "INSERT INTO camel_row (id, urlpath, userid, a1_b2, product_name) VALUES (1, 'u', 'i', 'x', 'p');");
        assertThat(s.ddlB()).as(s.ddlB()).contains("urlpath ").contains("userid ").contains("a1_b2 ").contains("product_name ")
                .contains("httpstatus_code ").contains("lastipaddress ").contains("x2y ");
        Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify");
        assertThat(made.exit()).as("new: " + made.all() + s.context()).isZero();
        assertThat(migrations(s.project())).as(s.context()).doesNotContainPattern("(?im)^(?!--rollback).*DROP COLUMN")
                .containsPattern("ADD COLUMN `?httpstatus_code").containsPattern("ADD COLUMN `?lastipaddress").containsPattern("ADD COLUMN `?x2y");
        roundTrip(kind, s, () -> assertThat(rows(s.x(), "SELECT id, urlpath, userid, a1_b2, product_name, httpstatus_code FROM camel_row"))
                .containsExactly("1|u|i|x|p|null"), () -> assertThat(rows(s.x(), "SELECT id, urlpath, userid, a1_b2, product_name FROM camel_row"))
                .containsExactly("1|u|i|x|p"));
    }

    /**
     * ORDINAL to STRING changes what a value means: 0 and 1 must become 'LOW' and 'HIGH', but a type change converts the
     * number itself ('0' on PostgreSQL, the enum's 0th/1st member on MariaDB). Either the migration maps the values or
     * it fails and says truthfully what it left behind; it must never store '0' under a column of names.
     */
    private void ordinalToString(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d07", Settings.Naming.AUTO, "INSERT INTO ranked (id, level) VALUES (1, 0), (2, 1), (3, NULL);");
        Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify");
        assertThat(made.exit()).as("new: " + made.all() + s.context()).isZero();
        Cli.Run up = s.cli().run("up");
        String told = "up: " + up.all() + "\nstatus: " + s.cli().run("status").all() + s.context();
        if (up.exit() == 0) {
            assertThat(rows(s.x(), "SELECT id, level FROM ranked ORDER BY id")).as(told).containsExactly("1|LOW", "2|HIGH", "3|null");
            return;
        }
        assertThat(rows(s.x(), "SELECT id, level FROM ranked ORDER BY id")).as("the rows keep their ordinals: " + told)
                .containsExactly("1|0", "2|1", "3|null");
        // nothing half done: PostgreSQL's new check goes in the changeset that converts (not NOT VALID + a later
        // VALIDATE, which left varchar '0' and '1' committed); MariaDB's conversion is one statement
        assertThat(up.err()).as(told).containsAnyOf("rolled back as a whole", "ran nothing that stays");
        assertThat(difference(s.now(), s.oracleA())).as("the message says nothing stays: " + told).isEmpty();
    }

    /**
     * ORDINAL to STRING where no row holds ordinal 0: PostgreSQL's '1' and '2' fail the new check (nothing stays);
     * MariaDB turns the number into the enum member at that position (1 → 'HIGH', the first of enum('HIGH','LOW','MEDIUM'),
     * for MEDIUM) without an error, so lint must call it what it is before it runs: DD-NARROW-TYPE, destructive, which
     * the default policy holds for a human's confirmation.
     */
    private void ordinalToStringShifted(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d09", Settings.Naming.AUTO, "INSERT INTO ranked (id, level) VALUES (1, 1), (2, 2);");
        Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify");
        assertThat(made.exit()).as("new: " + made.all() + s.context()).isZero();
        Cli.Run lint = s.cli().run("lint");
        if (kind == EngineKind.MARIADB) {
            assertThat(lint.all()).as("lint: " + lint.all() + s.context()).contains("DD-NARROW-TYPE")
                    .contains("a number becomes the member at that position (1 → 'HIGH')");
            // destructive and at least low: the default policy holds it for a human's confirmation
            assertThat(lint.all()).as(lint.all()).contains("DD-NARROW-TYPE (D destructive)").doesNotContain("final: info");
            return;
        }
        Cli.Run up = s.cli().run("up");
        String told = "up: " + up.all() + s.context();
        assertThat(up.exit()).as(told).isNotZero();
        assertThat(up.err()).as(told).contains("rolled back as a whole");
        assertThat(rows(s.x(), "SELECT id, level FROM ranked ORDER BY id")).as(told).containsExactly("1|1", "2|2");
        assertThat(difference(s.now(), s.oracleA())).as(told).isEmpty();
    }

    /**
     * A plain id column becomes a @ManyToOne over the same column while a row points nowhere: PostgreSQL adds the key
     * NOT VALID in one changeset and validates it in the next, so the failure comes after the first committed, and the
     * message must say so (not "rolled back as a whole"); MariaDB's ADD FOREIGN KEY is one statement that fails alone.
     */
    private void foreignKeyOverOrphans(EngineKind kind) throws Exception {
        Setup s = setup(kind, "d08", Settings.Naming.AUTO, """
                INSERT INTO parent (id) VALUES (1);
                INSERT INTO child (id, parent_id) VALUES (1, 1), (2, 99);
                """);
        Cli.Run made = s.cli().run("new", "-m", "evolve", "--drop-extra", "--no-verify");
        assertThat(made.exit()).as("new: " + made.all() + s.context()).isZero();
        Cli.Run up = s.cli().run("up");
        Cli.Run status = s.cli().run("status");
        String told = "up: " + up.all() + "\nstatus: " + status.all() + s.context();
        assertThat(up.exit()).as(told).isNotZero();
        assertThat(rows(s.x(), "SELECT id, parent_id FROM child ORDER BY id")).as(told).containsExactly("1|1", "2|99");
        if (kind == EngineKind.POSTGRESQL) {
            assertThat(status.out()).as(told).contains("partial");
            assertThat(up.err()).as("the message says what stays: " + told).doesNotContain("rolled back as a whole")
                    .contains("the earlier 1 of its migration (20260101000000-1) stay applied and recorded");
        } else {
            assertThat(up.err()).as(told).contains("ran nothing that stays");
            assertThat(difference(s.now(), s.oracleA())).as(told).isEmpty();
        }
    }

    // ---- helpers

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String line : sql.split("\\R")) {
                if (!line.isBlank()) st.execute(line.strip().replaceAll(";$", ""));
            }
        }
    }

    /** Rows as "a|b|c", every value through getString (null as "null"). */
    static List<String> rows(TestDatabase db, String select) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(select + ": " + e.getMessage(), e);
        }
    }
}
