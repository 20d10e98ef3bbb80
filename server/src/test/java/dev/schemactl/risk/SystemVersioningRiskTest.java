package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.GeneratedKind;
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
 * MariaDB's system versioning as the migration file spells it (JSqlParser takes none of it): adding it, alone or in the
 * one ALTER TABLE that adds explicit row start / end columns and PERIOD FOR SYSTEM_TIME with it, copies the table;
 * dropping it copies the table and deletes every history row (DS-DROP-HISTORY). Before, each such statement, and a
 * column added WITHOUT SYSTEM VERSIONING, was an UNKNOWN-STATEMENT.
 */
class SystemVersioningRiskTest {

    private static final Column ROW_START = new Column("vf", ColumnType.temporal(dev.schemactl.schema.TypeKind.TIMESTAMP_TZ, 6), false, null, null, "ROW START",
            GeneratedKind.ROW_START, null, null, null, null);
    private static final Column ROW_END = new Column("vt", ColumnType.temporal(dev.schemactl.schema.TypeKind.TIMESTAMP_TZ, 6), false, null, null, "ROW END",
            GeneratedKind.ROW_END, null, null, null, null);

    private static final Schema PLAIN = schema(List.of(table("contracts").col(notNull("id", INT), notNull("amount", INT)).pk("id").build()));
    private static final Schema VERSIONED = schema(List.of(table("contracts").col(notNull("id", INT), notNull("amount", INT))
            .pk("id").build().withColumns(List.of(notNull("id", INT), notNull("amount", INT), ROW_START, ROW_END))
            .withOptions("WITH SYSTEM VERSIONING").withPeriods(List.of(Period.systemTime("vf", "vt")))));

    private static List<Step> steps(String sql, Schema live) {
        return RiskScorer.sqlSteps(List.of(RiskScorer.Unit.changeset("versions/x.sql", sql, true, false)),
                new SqlChangeParser(EngineKind.MARIADB, live));
    }

    private static List<String> rules(String sql, Schema live) {
        RiskFacts facts = new RiskFacts(EngineKind.MARIADB, null, 0, 0, false, live, Map.of(), Set.of());
        return new RiskScorer().score(steps(sql, live), facts).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void addingVersioningWithItsColumnsAndPeriodCopiesTheTable() {
        String add = "ALTER TABLE contracts ADD COLUMN vf timestamp(6) GENERATED ALWAYS AS ROW START INVISIBLE, "
                + "ADD COLUMN vt timestamp(6) GENERATED ALWAYS AS ROW END INVISIBLE, ADD PERIOD FOR SYSTEM_TIME (vf, vt), ADD SYSTEM VERSIONING";
        assertThat(steps(add, PLAIN)).extracting(Step::change).containsExactly(
                new Change.SetTableOptions("contracts", null, "WITH SYSTEM VERSIONING"),
                new Change.AddColumn("contracts", ROW_START, dev.schemactl.diff.ColumnPosition.LAST),
                new Change.AddColumn("contracts", ROW_END, dev.schemactl.diff.ColumnPosition.LAST),
                new Change.AddPeriod("contracts", Period.systemTime("vf", "vt")));
        // not "adds stored generated column", nor a period checking start < end: the versioning copies the table, once
        assertThat(rules(add, PLAIN)).containsExactly("LK-TABLE-COPY");
        assertThat(rules("ALTER TABLE contracts ADD SYSTEM VERSIONING", PLAIN)).containsExactly("LK-TABLE-COPY");
        assertThat(rules("ALTER TABLE contracts ADD COLUMN note varchar(20) NULL WITHOUT SYSTEM VERSIONING", VERSIONED)).isEmpty();
    }

    @Test
    void droppingVersioningDeletesTheHistory() {
        String drop = "ALTER TABLE contracts DROP SYSTEM VERSIONING, DROP PERIOD FOR SYSTEM_TIME, DROP COLUMN vf, DROP COLUMN vt";
        assertThat(steps(drop, VERSIONED)).extracting(Step::change).containsExactly(
                new Change.SetTableOptions("contracts", "WITH SYSTEM VERSIONING", null),
                new Change.DropPeriod("contracts", Period.systemTime("vf", "vt")),
                new Change.DropColumn("contracts", ROW_START, dev.schemactl.diff.ColumnPosition.LAST),
                new Change.DropColumn("contracts", ROW_END, dev.schemactl.diff.ColumnPosition.LAST));
        assertThat(rules(drop, VERSIONED)).containsExactlyInAnyOrder("DS-DROP-HISTORY", "LK-TABLE-COPY", "DS-DROP-COLUMN", "DS-DROP-COLUMN");
        Schema implicit = schema(List.of(PLAIN.tables().get(0).withOptions("WITH SYSTEM VERSIONING")));
        assertThat(rules("ALTER TABLE contracts DROP SYSTEM VERSIONING", implicit)).containsExactlyInAnyOrder("DS-DROP-HISTORY", "LK-TABLE-COPY");
        RiskFacts facts = new RiskFacts(EngineKind.MARIADB, null, 0, 0, false, implicit, Map.of(), Set.of());
        assertThat(new RiskScorer().score(steps("ALTER TABLE contracts DROP SYSTEM VERSIONING", implicit), facts).findings())
                .extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("every history row", "is deleted"));
    }
}
