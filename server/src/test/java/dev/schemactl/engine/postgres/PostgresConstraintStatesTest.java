package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.service.RiskService;
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
 * PostgreSQL properties of constraints, indexes and tables that were once written silently wrong: {@code NOT VALID}
 * checks and foreign keys, {@code MATCH FULL} and {@code ON DELETE SET NULL (columns)}, {@code COMMENT ON INDEX} /
 * {@code COMMENT ON CONSTRAINT} and {@code UNLOGGED}. Each is planned, applied, rolled back and dumped, and judged by
 * catalog queries written here (not schemactl's inspector).
 */
class PostgresConstraintStatesTest {

    private final Engine engine = Engines.of(EngineKind.POSTGRESQL);

    private static final String BASE = """
            CREATE TABLE p (id integer PRIMARY KEY);
            CREATE TABLE t (id integer PRIMARY KEY, n integer, p_id integer);
            INSERT INTO p VALUES (1);
            INSERT INTO t VALUES (1, -5, 7);
            """;
    private static final String NOT_VALID = """
            CREATE TABLE p (id integer PRIMARY KEY);
            CREATE TABLE t (id integer PRIMARY KEY, n integer, p_id integer);
            ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NOT VALID;
            ALTER TABLE t ADD CONSTRAINT t_p FOREIGN KEY (p_id) REFERENCES p (id) MATCH FULL ON DELETE SET NULL (p_id) NOT VALID;
            """;
    private static final String VALIDATED = """
            CREATE TABLE p (id integer PRIMARY KEY);
            CREATE TABLE t (id integer PRIMARY KEY, n integer, p_id integer);
            ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0);
            ALTER TABLE t ADD CONSTRAINT t_p FOREIGN KEY (p_id) REFERENCES p (id) MATCH FULL ON DELETE SET NULL (p_id);
            """;

    @Test
    void notValidConstraintsAreAddedNotValidAndValidatedInPlace() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase desired = TestDatabase.create(EngineKind.POSTGRESQL);
             TestDatabase validated = TestDatabase.create(EngineKind.POSTGRESQL);
             Connection a = live.connect(); Connection b = desired.connect(); Connection v = validated.connect()) {
            run(a, BASE);
            run(b, NOT_VALID);
            run(v, VALIDATED);
            Schema target = engine.inspector().inspect(b);
            CheckConstraint check = target.table("t").orElseThrow().checks().get(0);
            ForeignKey fk = target.table("t").orElseThrow().foreignKeys().get(0);
            assertThat(check.notValid()).isTrue();
            assertThat(fk.notValid()).isTrue();
            assertThat(fk.matchFull()).isTrue();
            assertThat(fk.onDeleteColumns()).containsExactly("p_id");

            Plan add = engine.differ().diff(engine.inspector().inspect(a), target, Renames.NONE);
            List<String> forward = engine.renderer().forward(add);
            assertThat(forward).containsExactly("ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NOT VALID",
                    "ALTER TABLE t ADD CONSTRAINT t_p FOREIGN KEY (p_id) REFERENCES p (id) MATCH FULL ON DELETE SET NULL (p_id) NOT VALID");
            // the rows already there break both: only a NOT VALID add succeeds
            apply(a, forward);
            assertThat(constraints(a)).containsExactly(
                    "n_pos valid=false CHECK ((n > 0)) NOT VALID",
                    "t_p valid=false FOREIGN KEY (p_id) REFERENCES p(id) MATCH FULL ON DELETE SET NULL (p_id) NOT VALID");
            try (DatabaseHandle h = DatabaseHandle.open(live.url(), Duration.ofSeconds(10))) {
                RiskReport report = RiskService.scorePlan(add, h, true);
                assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("LK-ADD-CHECK", "LK-ADD-FK");
                assertThat(RiskService.scorePlan(add, h, false).findings()).extracting(Finding::ruleId)
                        .doesNotContain("LK-ADD-CHECK", "LK-ADD-FK");
            }
            assertThat(engine.renderer().forward(engine.differ().diff(engine.inspector().inspect(a), target))).isEmpty();

            run(a, "UPDATE t SET n = 5, p_id = 1");
            Plan validate = engine.differ().diff(engine.inspector().inspect(a), engine.inspector().inspect(v), Renames.NONE);
            assertThat(engine.renderer().forward(validate)).containsExactly("ALTER TABLE t VALIDATE CONSTRAINT n_pos",
                    "ALTER TABLE t VALIDATE CONSTRAINT t_p");
            apply(a, engine.renderer().forward(validate));
            assertThat(constraints(a)).containsExactly("n_pos valid=true CHECK ((n > 0))",
                    "t_p valid=true FOREIGN KEY (p_id) REFERENCES p(id) MATCH FULL ON DELETE SET NULL (p_id)");
            try (DatabaseHandle h = DatabaseHandle.open(live.url(), Duration.ofSeconds(10))) {
                assertThat(RiskService.scorePlan(validate, h, true).findings()).extracting(Finding::ruleId)
                        .doesNotContain("LK-ADD-CHECK", "LK-ADD-FK");
            }
            apply(a, engine.renderer().rollback(validate));
            assertThat(constraints(a)).containsExactly(
                    "n_pos valid=false CHECK ((n > 0)) NOT VALID",
                    "t_p valid=false FOREIGN KEY (p_id) REFERENCES p(id) MATCH FULL ON DELETE SET NULL (p_id) NOT VALID");
            apply(a, engine.renderer().rollback(add));
            assertThat(constraints(a)).isEmpty();
        }
    }

    @Test
    void commentsOnIndexesAndConstraintsAndUnloggedArePlannedBothWays() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase desired = TestDatabase.create(EngineKind.POSTGRESQL);
             Connection a = live.connect(); Connection b = desired.connect()) {
            String table = "CREATE TABLE t (id integer PRIMARY KEY, code text CONSTRAINT code_short CHECK (length(code) < 10));\n"
                    + "CREATE INDEX t_code ON t (code);\n";
            run(a, table);
            run(b, table.replace("CREATE TABLE", "CREATE UNLOGGED TABLE")
                    + "COMMENT ON INDEX t_code IS 'lookups by code';\nCOMMENT ON CONSTRAINT code_short ON t IS 'it''s legacy';");
            Plan plan = engine.differ().diff(engine.inspector().inspect(a), engine.inspector().inspect(b), Renames.NONE);
            List<String> forward = engine.renderer().forward(plan);
            assertThat(forward).containsExactlyInAnyOrder("ALTER TABLE t SET UNLOGGED", "COMMENT ON INDEX t_code IS 'lookups by code'",
                    "COMMENT ON CONSTRAINT code_short ON t IS 'it''s legacy'");
            try (DatabaseHandle h = DatabaseHandle.open(live.url(), Duration.ofSeconds(10))) {
                assertThat(RiskService.scorePlan(plan, h, true).findings()).as("SET UNLOGGED rewrites the table")
                        .extracting(Finding::ruleId).contains("LK-TABLE-COPY");
            }
            apply(a, forward);
            assertThat(tableState(a)).containsExactly("t persistence=u", "code_short comment=it's legacy", "t_code comment=lookups by code");
            apply(a, engine.renderer().rollback(plan));
            assertThat(tableState(a)).containsExactly("t persistence=p", "code_short comment=null", "t_code comment=null");
        }
    }

    @Test
    void aDumpWritesTheStatesBack() throws Exception {
        try (TestDatabase source = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase copy = TestDatabase.create(EngineKind.POSTGRESQL);
             Connection s = source.connect(); Connection c = copy.connect()) {
            run(s, NOT_VALID.replace("CREATE TABLE t", "CREATE UNLOGGED TABLE t")
                    + "CREATE INDEX t_n ON t (n);\nCOMMENT ON INDEX t_n IS 'by n';\n"
                    + "COMMENT ON CONSTRAINT n_pos ON t IS 'positive';\nCOMMENT ON CONSTRAINT t_p ON t IS 'parent';");
            apply(c, engine.renderer().createSchema(engine.inspector().inspect(s)));
            assertThat(constraints(c)).isEqualTo(constraints(s)).containsExactly(
                    "n_pos valid=false CHECK ((n > 0)) NOT VALID",
                    "t_p valid=false FOREIGN KEY (p_id) REFERENCES p(id) MATCH FULL ON DELETE SET NULL (p_id) NOT VALID");
            assertThat(tableState(c)).isEqualTo(tableState(s))
                    .containsExactly("t persistence=u", "n_pos comment=positive", "t_n comment=by n", "t_p comment=parent");
        }
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

    /** Checks and foreign keys of table t: name, convalidated and the server's own definition. */
    private static List<String> constraints(Connection c) throws SQLException {
        return rows(c, """
                SELECT conname || ' valid=' || convalidated || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'public.t'::regclass AND contype IN ('c', 'f') ORDER BY conname""");
    }

    /** Table t's persistence, then the comments of its checks, foreign keys and indexes by name. */
    private static List<String> tableState(Connection c) throws SQLException {
        List<String> out = rows(c, "SELECT 't persistence=' || relpersistence::text FROM pg_class WHERE oid = 'public.t'::regclass");
        out.addAll(rows(c, """
                SELECT name || ' comment=' || COALESCE(comment, 'null') FROM (
                  SELECT conname AS name, obj_description(oid, 'pg_constraint') AS comment FROM pg_constraint
                  WHERE conrelid = 'public.t'::regclass AND contype IN ('c', 'f')
                  UNION ALL
                  SELECT i.relname, obj_description(i.oid, 'pg_class') FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                  WHERE x.indrelid = 'public.t'::regclass AND NOT x.indisprimary) o ORDER BY name"""));
        return out;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
