package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Period;
import dev.schemactl.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB's application-time periods as the migration file spells them (JSqlParser takes none of these statements):
 * ADD PERIOD FOR and a key UNIQUE (..., p WITHOUT OVERLAPS) copy the table (ALGORITHM=INPLACE is refused for both),
 * DROP PERIOD FOR is done in place; the key may fail on rows that overlap. Before, each was an UNKNOWN-STATEMENT.
 */
class PeriodRiskTest {

    private static final Schema LIVE = schema(List.of(table("bookings")
            .col(notNull("id", INT), notNull("room_id", INT), notNull("date_from", INT), notNull("date_to", INT)).pk("id").build()
            .withPeriods(List.of(new Period("stay", "date_from", "date_to")))));

    private static List<Step> steps(String sql) {
        return RiskScorer.sqlSteps(List.of(RiskScorer.Unit.changeset("versions/x.sql", sql, true, false)),
                new SqlChangeParser(EngineKind.MARIADB, LIVE));
    }

    private static List<String> rules(String sql) {
        RiskFacts facts = new RiskFacts(EngineKind.MARIADB, null, 0, 0, false, LIVE, Map.of(), Set.of());
        return new RiskScorer().score(steps(sql), facts).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void addingAPeriodOrAKeyWithoutOverlapsCopiesTheTableDroppingAPeriodDoesNot() {
        assertThat(steps("ALTER TABLE bookings ADD PERIOD FOR `stay` (date_from, `date_to`)")).extracting(Step::change)
                .containsExactly(new Change.AddPeriod("bookings", new Period("stay", "date_from", "date_to")));
        assertThat(rules("ALTER TABLE bookings ADD PERIOD FOR stay (date_from, date_to)")).containsExactly("LK-TABLE-COPY");

        assertThat(steps("ALTER TABLE bookings DROP PERIOD FOR stay")).extracting(Step::change)
                .containsExactly(new Change.DropPeriod("bookings", new Period("stay", "date_from", "date_to")));
        assertThat(rules("ALTER TABLE bookings DROP PERIOD FOR stay")).isEmpty();

        String key = "ALTER TABLE bookings ADD CONSTRAINT uq_room_stay UNIQUE (room_id, stay WITHOUT OVERLAPS)";
        assertThat(steps(key)).extracting(Step::change).singleElement().isInstanceOfSatisfying(Change.AddUnique.class, c -> {
            assertThat(c.unique().name()).isEqualTo("uq_room_stay");
            assertThat(c.unique().columns()).containsExactly("room_id");
            assertThat(c.unique().withoutOverlaps()).isEqualTo("stay");
        });
        assertThat(rules(key)).containsExactlyInAnyOrder("DD-UNIQUE-EXISTING", "LK-TABLE-COPY");
        RiskFacts facts = new RiskFacts(EngineKind.MARIADB, null, 0, 0, false, LIVE, Map.of(), Set.of());
        assertThat(new RiskScorer().score(steps(key), facts).findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("bookings(room_id) unique without overlaps of period stay: fails if two rows"));
    }
}
