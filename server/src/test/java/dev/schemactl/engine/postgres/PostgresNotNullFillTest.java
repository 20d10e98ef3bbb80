package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.risk.Finding;
import dev.schemactl.schema.Schema;
import dev.schemactl.service.RiskService;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nullable column holding NULLs that becomes NOT NULL with a default: the plan sets the default, fills the NULLs
 * with it, then sets NOT NULL, and DD-NOT-NULL-EXISTING describes the fill; without a default nothing is filled and
 * the finding says the step fails over NULLs.
 */
class PostgresNotNullFillTest {
    private final Engine engine = Engines.of(EngineKind.POSTGRESQL);

    @Test
    void theNullsTakeTheDefaultBeforeSetNotNullAndTheRiskReportSaysSo() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.POSTGRESQL); TestDatabase desired = TestDatabase.create(EngineKind.POSTGRESQL);
             Connection a = live.connect(); Connection b = desired.connect()) {
            run(a, "CREATE TABLE t (id integer PRIMARY KEY, qty integer, note text)", "INSERT INTO t VALUES (1, NULL, NULL), (2, 5, 'x')");
            run(b, "CREATE TABLE t (id integer PRIMARY KEY, qty integer NOT NULL DEFAULT 0, note text NOT NULL)");
            Schema from = engine.inspector().inspect(a);
            Schema to = engine.inspector().inspect(b);
            Plan plan = engine.differ().diff(from, to, Renames.NONE);
            List<RenderedChange> rendered = engine.renderer().render(plan);
            assertThat(engine.renderer().forward(plan)).containsExactly(
                    "ALTER TABLE t ALTER COLUMN qty SET DEFAULT 0",
                    "UPDATE t SET qty = DEFAULT WHERE qty IS NULL",
                    "ALTER TABLE t ALTER COLUMN qty SET NOT NULL",
                    "ALTER TABLE t ALTER COLUMN note SET NOT NULL");
            assertThat(rendered).extracting(RenderedChange::rollbackLosesData).containsExactly(false, true, false);

            try (DatabaseHandle h = DatabaseHandle.open(live.url(), Duration.ofSeconds(10))) {
                List<String> messages = RiskService.scorePlan(plan, h, true).findings().stream()
                        .filter(f -> f.ruleId().equals("DD-NOT-NULL-EXISTING")).map(Finding::message).toList();
                assertThat(messages).hasSize(2);
                assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("makes t.qty NOT NULL: fills its NULLs with the default 0 first")
                        .contains("every row holding NULL is rewritten").contains("cannot bring the NULLs back"));
                assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo("makes t.note NOT NULL: fails if a row holds NULL there"));
            }
        }
    }

    private static void run(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) st.execute(s);
        }
    }
}
