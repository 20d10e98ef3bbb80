package dev.schemactl.diff;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskFacts;
import dev.schemactl.risk.RiskScorer;
import dev.schemactl.risk.SqlChangeParser;
import dev.schemactl.risk.Step;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.CompositeType;
import dev.schemactl.schema.CompositeType.Attribute;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL composite types are managed (issue 11, pair 887): created before the tables that use them, dropped after,
 * altered in place (ADD / DROP / ALTER ATTRIBUTE) with exact rollbacks, rebuilt when unused and ALTER TYPE cannot keep
 * the attribute order, refused with a hint when in use and PostgreSQL would refuse or the rollback could not be exact.
 * The corpus pairs 960-968 judge the same against pg_dump.
 */
class CompositeTypesTest {
    private final Differ differ = new Differ();
    private final SqlRenderer renderer = Engines.of(EngineKind.POSTGRESQL).renderer();

    private static final Attribute VALUE = new Attribute("value", "numeric(12,2)", null);
    private static final Attribute CURRENCY = new Attribute("currency", "character(3)", null);
    private static final Attribute LEGACY = new Attribute("legacy_code", "text", null);
    private static final Attribute RATE = new Attribute("rate", "numeric(9,6)", null);
    private static final Attribute SOURCE = new Attribute("Source", "text", "pg_catalog.\"C\"");

    private static CompositeType money(Attribute... attributes) {
        return new CompositeType(null, "money_amount", List.of(attributes), null);
    }

    private static Table invoices() {
        return table("invoices").col(col("id", INT), col("total", ColumnType.other("money_amount")),
                col("lines", ColumnType.other("money_amount[]"))).pk("id").build();
    }

    private static Schema with(List<Table> tables, CompositeType... types) {
        return new Schema(tables, List.of(), List.of(), List.of(), List.of(), List.of(types), List.of());
    }

    @Test
    void aTypeInUseGainsAttributesAndLosesItsLastInPlaceWithExactRollbacks() {
        Schema from = with(List.of(invoices()), money(VALUE, CURRENCY, LEGACY));
        Schema to = with(List.of(invoices()), money(VALUE, CURRENCY, RATE, SOURCE));
        Plan plan = differ.diff(from, to, Renames.NONE);
        assertThat(plan.changes()).containsExactly(
                new Change.DropCompositeAttribute(money(VALUE, CURRENCY), LEGACY, List.of("invoices")),
                new Change.AddCompositeAttribute(money(VALUE, CURRENCY, RATE), RATE),
                new Change.AddCompositeAttribute(money(VALUE, CURRENCY, RATE, SOURCE), SOURCE));
        List<RenderedChange> sql = renderer.render(plan);
        assertThat(sql.stream().flatMap(r -> r.forward().stream()).toList()).containsExactly(
                "ALTER TYPE money_amount DROP ATTRIBUTE legacy_code",
                "ALTER TYPE money_amount ADD ATTRIBUTE rate numeric(9,6)",
                "ALTER TYPE money_amount ADD ATTRIBUTE \"Source\" text COLLATE pg_catalog.\"C\"");
        assertThat(sql.stream().flatMap(r -> r.rollback().stream()).toList()).containsExactly(
                "ALTER TYPE money_amount ADD ATTRIBUTE legacy_code text",
                "ALTER TYPE money_amount DROP ATTRIBUTE rate",
                "ALTER TYPE money_amount DROP ATTRIBUTE \"Source\"");
        assertThat(sql.get(0).rollbackLosesData()).as("the dropped attribute's values do not come back").isTrue();
        assertThat(differ.diff(to, to, Renames.NONE).changes()).isEmpty();
    }

    @Test
    void typesAreCreatedBeforeTheTablesThatUseThemAndDroppedAfterInDependencyOrder() {
        CompositeType inner = new CompositeType(null, "Reading", List.of(new Attribute("m", "integer", null)), "a reading");
        CompositeType outer = new CompositeType(null, "envelope", List.of(new Attribute("r", "\"Reading\"", null),
                new Attribute("history", "\"Reading\"[]", null)), null);
        Table events = table("events").col(col("id", INT), col("e", ColumnType.other("envelope"))).pk("id").build();
        Schema empty = with(List.of());
        Schema full = with(List.of(events), outer, inner);
        List<Change> up = differ.diff(empty, full, Renames.NONE).changes();
        assertThat(up).containsExactly(new Change.CreateCompositeType(inner), new Change.CreateCompositeType(outer),
                new Change.CreateTable(events));
        assertThat(renderer.render(differ.diff(empty, full, Renames.NONE)).get(0).forward()).containsExactly(
                "CREATE TYPE \"Reading\" AS (m integer)", "COMMENT ON TYPE \"Reading\" IS 'a reading'");
        List<Change> down = differ.diff(full, empty, Renames.NONE).changes();
        assertThat(down).containsExactly(new Change.DropTable(events), new Change.DropCompositeType(outer),
                new Change.DropCompositeType(inner));
    }

    @Test
    void anAttributeTypeChangeIsInPlaceWhenUnusedAndRefusedWhenAColumnUsesIt() {
        Attribute wider = new Attribute("currency", "character varying(8)", "pg_catalog.\"C\"");
        Plan unused = differ.diff(with(List.of(), money(VALUE, CURRENCY)), with(List.of(), money(VALUE, wider)), Renames.NONE);
        assertThat(unused.changes()).containsExactly(new Change.AlterCompositeAttribute(money(VALUE, wider), CURRENCY, wider));
        RenderedChange r = renderer.render(unused).get(0);
        assertThat(r.forward()).containsExactly("ALTER TYPE money_amount ALTER ATTRIBUTE currency TYPE character varying(8) COLLATE pg_catalog.\"C\"");
        assertThat(r.rollback()).containsExactly("ALTER TYPE money_amount ALTER ATTRIBUTE currency TYPE character(3)");

        assertThatThrownBy(() -> differ.diff(with(List.of(invoices()), money(VALUE, CURRENCY)),
                with(List.of(invoices()), money(VALUE, wider)), Renames.NONE))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PLAN_REFUSED);
                    assertThat(e.getMessage()).contains("attribute currency changes type", "invoices uses it");
                    assertThat(e.hint()).contains("schemactl new --empty");
                });
    }

    @Test
    void aMiddleAttributeDroppedRebuildsAnUnusedTypeAndRefusesOneInUse() {
        CompositeType before = money(VALUE, LEGACY, CURRENCY);
        CompositeType after = money(VALUE, CURRENCY);
        assertThat(differ.diff(with(List.of(), before), with(List.of(), after), Renames.NONE).changes())
                .containsExactly(new Change.DropCompositeType(before), new Change.CreateCompositeType(after));
        CompositeType inner = new CompositeType(null, "wrapper", List.of(new Attribute("m", "money_amount", null)), null);
        assertThatThrownBy(() -> differ.diff(with(List.of(), before, inner), with(List.of(), after, inner), Renames.NONE))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("composite type wrapper uses it");
        assertThatThrownBy(() -> differ.diff(with(List.of(invoices()), before), with(List.of(invoices()), after), Renames.NONE))
                .isInstanceOf(SchemactlException.class)
                .hasMessageContaining("an attribute before the last ones is dropped, which a rollback could not put back in place; invoices uses it");
    }

    @Test
    void aDroppedTypeAKeptColumnStillUsesIsKept() {
        Schema target = with(List.of(invoices()));
        Plan plan = differ.diff(with(List.of(invoices()), money(VALUE)), target, Renames.NONE);
        KeptInUse.Result kept = KeptInUse.keep(target, plan);
        assertThat(kept.target().compositeTypes()).containsExactly(money(VALUE));
        assertThat(kept.kept()).singleElement().extracting(KeptInUse.Kept::description)
                .isEqualTo("composite type money_amount: kept, used by invoices.total, invoices.lines");
    }

    @Test
    void aHandWrittenDropAttributeIsScoredAsThePlansStep() {
        Schema live = with(List.of(invoices()), money(VALUE, CURRENCY, LEGACY));
        List<Step> steps = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.text("t.sql", "ALTER TYPE money_amount DROP ATTRIBUTE legacy_code")),
                new SqlChangeParser(EngineKind.POSTGRESQL, live));
        assertThat(steps).singleElement().extracting(Step::change)
                .isEqualTo(new Change.DropCompositeAttribute(money(VALUE, CURRENCY), LEGACY, List.of("invoices")));
        List<Finding> findings = new RiskScorer().score(steps, new RiskFacts(EngineKind.POSTGRESQL, null, 0, 0, false, live, java.util.Map.of(), java.util.Set.of())).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("DS-DROP-COLUMN");
            assertThat(f.message()).contains("drops attribute legacy_code of composite type money_amount");
        });
    }
}
