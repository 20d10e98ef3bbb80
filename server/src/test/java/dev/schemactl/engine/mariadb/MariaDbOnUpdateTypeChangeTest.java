package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Plan;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A type change that also adds or drops ON UPDATE (valid only on datetime/timestamp): the plan between the two
 * tables, forward and rolled back, runs on a real server and leaves what SHOW CREATE TABLE prints for the target.
 * Before the fix the MODIFY of the new type kept the old ON UPDATE ({@code date ... ON UPDATE current_timestamp}),
 * which MariaDB rejects; found by {@code RoundTripPropertiesTest.mariaDbRoundTrip}.
 */
class MariaDbOnUpdateTypeChangeTest {

    private final Engine engine = Engines.of(EngineKind.MARIADB);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // datetime with ON UPDATE -> date (the counterexample), and back (the rollback's direction, forward)
            "datetime(3) NULL DEFAULT '2020-01-01 10:00:00' ON UPDATE current_timestamp(3) | date NULL DEFAULT '2020-01-01'",
            "date NULL DEFAULT '2020-01-01' | datetime(3) NULL DEFAULT '2020-01-01 10:00:00' ON UPDATE current_timestamp(3)",
            "timestamp NOT NULL DEFAULT current_timestamp ON UPDATE current_timestamp | int NOT NULL DEFAULT 0",
            "datetime NULL ON UPDATE current_timestamp | datetime(3) NULL ON UPDATE current_timestamp(3)",
    })
    void aTypeChangeWritesTheTargetsOnUpdateInTheSameModify(String from, String to) throws SQLException {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB); TestDatabase target = TestDatabase.create(EngineKind.MARIADB)) {
            execute(live, List.of("CREATE TABLE t (id int NOT NULL PRIMARY KEY, c " + from + ")"));
            execute(target, List.of("CREATE TABLE t (id int NOT NULL PRIMARY KEY, c " + to + ")"));
            String before = showCreate(live);
            Plan plan = engine.differ().diff(inspect(live), inspect(target));
            assertThat(plan.changes()).isNotEmpty();

            execute(live, engine.renderer().forward(plan));
            assertThat(showCreate(live)).isEqualTo(showCreate(target));
            execute(live, engine.renderer().rollback(plan));
            assertThat(showCreate(live)).isEqualTo(before);
        }
    }

    private Schema inspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return engine.inspector().inspect(c);
        }
    }

    private static void execute(TestDatabase db, List<String> sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                try {
                    st.execute(s);
                } catch (SQLException e) {
                    throw new SQLException(s + " -> " + e.getMessage(), e);
                }
            }
        }
    }

    private static String showCreate(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE t")) {
            rs.next();
            return rs.getString(2);
        }
    }
}
