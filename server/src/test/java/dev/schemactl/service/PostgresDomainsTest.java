package dev.schemactl.service;

import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.risk.Finding;
import dev.schemactl.schema.Domain;
import dev.schemactl.schema.DomainCheck;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Domains are managed on PostgreSQL: read with every property, altered in place by a plan whose SQL and rollback are
 * judged by catalog queries written here, listed as changes (never as an unmanaged object "not created" that the
 * plan creates all the same), and scored: a NOT NULL or check added to a domain in use checks the rows of its tables.
 */
class PostgresDomainsTest {

    private final Engine engine = Engines.of(EngineKind.POSTGRESQL);

    private static final String A = """
            CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
            CREATE TABLE users (id integer PRIMARY KEY, mail email);
            INSERT INTO users VALUES (1, 'a@b');
            """;
    private static final String B = """
            CREATE DOMAIN email AS text NOT NULL DEFAULT 'x@y' CHECK (VALUE ~ '@') CHECK (length(VALUE) < 200);
            COMMENT ON DOMAIN email IS 'an address';
            CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
            CREATE DOMAIN tags AS varchar(20)[] COLLATE "C";
            CREATE TABLE users (id integer PRIMARY KEY, mail email, score posint, labels tags);
            ALTER DOMAIN posint ADD CONSTRAINT posint_small CHECK (VALUE < 1000) NOT VALID;
            """;

    @Test
    void aDomainInUseIsAlteredInPlaceListedAndScored() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase desired = TestDatabase.create(EngineKind.POSTGRESQL);
             Connection a = live.connect(); Connection b = desired.connect()) {
            run(a, A);
            run(b, B);
            Schema before = engine.inspector().inspect(a);
            Schema target = engine.inspector().inspect(b);
            assertThat(target.unmanaged()).as("domains are no unmanaged objects any more").isEmpty();
            assertThat(target.domains()).containsExactly(
                    new Domain(null, "email", "text", null, "'x@y'::text", true, List.of(
                            new DomainCheck("email_check", "CHECK ((VALUE ~ '@'::text))", false),
                            new DomainCheck("email_check1", "CHECK ((length(VALUE) < 200))", false)), "an address"),
                    new Domain(null, "posint", "integer", null, null, false, List.of(
                            new DomainCheck("posint_check", "CHECK ((VALUE > 0))", false),
                            new DomainCheck("posint_small", "CHECK ((VALUE < 1000))", true)), null),
                    new Domain(null, "tags", "character varying(20)[]", "pg_catalog.\"C\"", null, false, List.of(), null));
            assertThat(target.table("users").orElseThrow().columns()).extracting(c -> c.name())
                    .as("a column of a domain over an array is read").containsExactly("id", "mail", "score", "labels");

            Plan plan = engine.differ().diff(before, target, Renames.NONE);
            List<String> forward = engine.renderer().forward(plan);
            assertThat(forward).containsExactly(
                    "ALTER DOMAIN email SET DEFAULT 'x@y'::text",
                    "ALTER DOMAIN email ADD CONSTRAINT email_check1 CHECK ((length(VALUE) < 200))",
                    "ALTER DOMAIN email SET NOT NULL",
                    "COMMENT ON DOMAIN email IS 'an address'",
                    "CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0))",
                    "ALTER DOMAIN posint ADD CONSTRAINT posint_small CHECK ((VALUE < 1000)) NOT VALID",
                    "CREATE DOMAIN tags AS character varying(20)[] COLLATE pg_catalog.\"C\"",
                    "ALTER TABLE users ADD COLUMN score posint",
                    "ALTER TABLE users ADD COLUMN labels tags");
            assertThat(UnmanagedObjects.listing(before, target)).isEmpty();

            try (DatabaseHandle h = DatabaseHandle.open(live.url(), Duration.ofSeconds(10))) {
                List<String> findings = RiskService.scorePlan(plan, h, false).findings().stream()
                        .map(f -> f.ruleId() + " " + f.table()).toList();
                assertThat(findings).contains("DD-NOT-NULL-EXISTING users", "LK-SET-NOT-NULL users", "LK-ADD-CHECK users");
                assertThat(RiskService.scorePlan(plan, h, false).findings()).filteredOn(f -> f.ruleId().equals("LK-ADD-CHECK"))
                        .as("the NOT VALID check of the new domain checks no row").singleElement()
                        .extracting(Finding::message).asString().contains("email");
            }

            List<String> liveDomains = domains(a);
            apply(a, forward);
            assertThat(domains(a)).isEqualTo(domains(b));
            apply(a, engine.renderer().rollback(plan));
            assertThat(domains(a)).isEqualTo(liveDomains);
        }
    }

    /** Each domain with its base type, collation, default, NOT NULL, comment, then its checks with their validity. */
    private static List<String> domains(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT t.typname || ' ' || format_type(t.typbasetype, t.typtypmod) || ' coll=' || t.typcollation::regcollation::text
                       || ' default=' || COALESCE(t.typdefault, '-') || ' notnull=' || t.typnotnull
                       || ' comment=' || COALESCE(obj_description(t.oid, 'pg_type'), '-')
                       || COALESCE((SELECT string_agg(' ' || k.conname || ' valid=' || k.convalidated || ' ' || pg_get_constraintdef(k.oid), ''
                                    ORDER BY k.conname) FROM pg_constraint k WHERE k.contypid = t.oid), '')
                FROM pg_type t WHERE t.typtype = 'd' AND t.typnamespace = 'public'::regnamespace ORDER BY t.typname""")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void apply(Connection c, List<String> statements) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
