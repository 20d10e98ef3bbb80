package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Fixtures;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A STORED generated column made plain, as the migration file spells it (PostgreSQL's DROP EXPRESSION, MariaDB's
 * MODIFY without the expression): read as the DropGeneration step, BC-DROP-GENERATED (the values stay, but nothing
 * computes them any more); on MariaDB also LK-TABLE-COPY (the server cannot do it in place).
 */
class DropGenerationRiskTest {

    private static final Schema LIVE = schema(List.of(table("items")
            .col(notNull("id", INT), col("qty", INT), Fixtures.generated("total", INT, "qty * 2")).pk("id").build()));

    private static List<Step> steps(EngineKind engine, String sql) {
        return RiskScorer.sqlSteps(List.of(RiskScorer.Unit.changeset("versions/x.sql", sql, true, false)),
                new SqlChangeParser(engine, LIVE));
    }

    private static List<String> rules(EngineKind engine, String sql) {
        RiskFacts facts = new RiskFacts(engine, null, 0, 0, false, LIVE, Map.of(), Set.of());
        return new RiskScorer().score(steps(engine, sql), facts).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void postgresDropExpressionIsADropGenerationThatBreaksNothingButComputingIt() {
        String sql = "SET lock_timeout = '5s'; ALTER TABLE items ALTER COLUMN total DROP EXPRESSION";
        assertThat(steps(EngineKind.POSTGRESQL, sql)).extracting(Step::change).last().isInstanceOfSatisfying(Change.DropGeneration.class,
                c -> assertThat(c.before().generatedExpression()).isEqualTo("qty * 2"));
        assertThat(rules(EngineKind.POSTGRESQL, sql)).containsExactly("BC-DROP-GENERATED");
        assertThat(rules(EngineKind.POSTGRESQL, "SET lock_timeout = '5s'; ALTER TABLE items ALTER COLUMN qty DROP DEFAULT"))
                .doesNotContain("BC-DROP-GENERATED");
    }

    @Test
    void mariaDbModifyWithoutTheExpressionCopiesTheTable() {
        assertThat(rules(EngineKind.MARIADB, "ALTER TABLE items MODIFY COLUMN total int"))
                .containsExactlyInAnyOrder("BC-DROP-GENERATED", "LK-TABLE-COPY");
        assertThat(rules(EngineKind.MARIADB, "ALTER TABLE items MODIFY COLUMN total int AS (qty * 2) STORED"))
                .doesNotContain("BC-DROP-GENERATED", "LK-TABLE-COPY");
    }
}
