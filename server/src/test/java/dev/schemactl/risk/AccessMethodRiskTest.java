package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
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
 * A plan that moves a PostgreSQL table to another table access method ({@code SET ACCESS METHOD}, pair 1461) makes
 * PostgreSQL write every row anew under ACCESS EXCLUSIVE, as SET LOGGED does: LK-TABLE-COPY, both ways.
 */
class AccessMethodRiskTest {

    private static final Schema LIVE = schema(List.of(table("big").col(notNull("id", INT)).pk("id").build()));

    private static List<Finding> findings(Change change, String sql) {
        Step step = new Step(1, new Op.Structural(change), sql, "plan", 1, true, false, false);
        RiskFacts facts = new RiskFacts(EngineKind.POSTGRESQL, null, 0, 0, false, LIVE, Map.of(), Set.of());
        return new RiskScorer().score(List.of(step), facts).findings();
    }

    @Test
    void anotherTableAccessMethodCopiesTheTable() {
        assertThat(findings(new Change.SetTableOptions("big", null, "USING heap2"), "ALTER TABLE big SET ACCESS METHOD heap2"))
                .extracting(Finding::ruleId, Finding::message)
                .contains(org.assertj.core.groups.Tuple.tuple("LK-TABLE-COPY",
                        "SET ACCESS METHOD heap2 on big: PostgreSQL rewrites the table under ACCESS EXCLUSIVE (no reads, no writes)"));
        assertThat(findings(new Change.SetTableOptions("big", "USING heap2 WITH (fillfactor=70)", "WITH (fillfactor=70)"),
                "ALTER TABLE big SET ACCESS METHOD heap")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("SET ACCESS METHOD heap on big"));
        // storage parameters alone rewrite nothing
        assertThat(findings(new Change.SetTableOptions("big", "USING heap2", "USING heap2 WITH (fillfactor=70)"),
                "ALTER TABLE big SET (fillfactor=70)")).extracting(Finding::ruleId).doesNotContain("LK-TABLE-COPY");
    }
}
