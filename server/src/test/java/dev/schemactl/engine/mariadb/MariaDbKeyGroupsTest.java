package dev.schemactl.engine.mariadb;

import dev.schemactl.config.SettingsLoader;
import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.service.RiskResult;
import dev.schemactl.service.RiskService;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's new keys go in one ALTER TABLE ({@link MariaDbKeyGroups}), and each is still scored, on that statement; a key
 * restated as it was ({@link MariaDbHashKeys}) is not scored as a key made unique anew.
 */
class MariaDbKeyGroupsTest {

    @TempDir
    Path dir;

    @Test
    void keysAddedInOneStatementAreEachScoredOnIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE orders (id INT PRIMARY KEY, code INT NOT NULL, ref VARCHAR(20) NOT NULL)");
                st.execute("INSERT INTO orders SELECT seq, seq, CONCAT('r', seq) FROM seq_1_to_20000");
                st.execute("ANALYZE TABLE orders");
            }
            Plan plan = new Plan(List.of(
                    new Change.CreateIndex("orders", new Index("uk_orders_code", List.of(IndexColumn.asc("code")), true).withMethod("hash")),
                    new Change.CreateIndex("orders", new Index("uk_orders_ref", List.of(IndexColumn.asc("ref")), true).withMethod("hash"))),
                    List.of());
            try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
                List<RenderedChange> rendered = h.renderer().render(plan);
                assertThat(rendered.get(0).forward()).containsExactly("ALTER TABLE orders ADD UNIQUE KEY uk_orders_code (code) USING HASH, "
                        + "ADD UNIQUE KEY uk_orders_ref (ref) USING HASH");
                assertThat(rendered.get(0).rollback()).containsExactly("ALTER TABLE orders DROP INDEX uk_orders_ref, DROP INDEX uk_orders_code");
                assertThat(rendered.get(1).forward()).isEmpty();
                assertThat(rendered.get(1).folded()).isTrue();

                RiskReport report = RiskService.scorePlan(plan, h, true);
                assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("DD-UNIQUE-EXISTING"))
                        .extracting(Finding::column, Finding::statement)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("code", 1), org.assertj.core.groups.Tuple.tuple("ref", 1));
            }
        }
    }

    @Test
    void aKeyRestatedAsItWasIsNotMadeUniqueAnew() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE accounts (id INT PRIMARY KEY, login VARCHAR(32) NOT NULL, visits INT, "
                        + "UNIQUE KEY uk_accounts_login (login) USING HASH)");
                st.execute("INSERT INTO accounts SELECT seq, CONCAT('u', seq), seq FROM seq_1_to_20000");
            }
            var settings = SettingsLoader.load(dir, new SettingsLoader.Flags(db.urlText(), null, null, null, null), Map.of());
            RiskResult restated = new RiskService(settings).lintSql("ALTER TABLE accounts MODIFY COLUMN visits bigint NULL, "
                    + "DROP INDEX uk_accounts_login, ADD UNIQUE KEY uk_accounts_login (login) USING HASH", "restated.sql");
            assertThat(restated.report().findings()).as(restated.text()).noneMatch(f -> f.ruleId().equals("DD-UNIQUE-EXISTING"));
            RiskResult widened = new RiskService(settings).lintSql("ALTER TABLE accounts "
                    + "DROP INDEX uk_accounts_login, ADD UNIQUE KEY uk_accounts_login (login, visits) USING HASH", "widened.sql");
            assertThat(widened.report().findings()).as(widened.text()).anyMatch(f -> f.ruleId().equals("DD-UNIQUE-EXISTING"));
        }
    }
}
