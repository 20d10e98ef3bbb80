package dev.schemactl.risk;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL row counts (risk scoring) cover every schema of {@code schemas:}, named as the inspector names the tables:
 * they were read for {@code current_schema()} only, so a drop of billing.invoices with 5,000 rows scored as if its
 * count were unknown (1M rows), and a table of another schema could not be probed or data-checked (its key was quoted
 * as one identifier).
 */
class PostgresRowCountsSchemasTest {

    @Test
    void aTableOfAnotherConfiguredSchemaIsScoredWithItsRows() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE items (id int PRIMARY KEY)");
                st.execute("INSERT INTO items VALUES (1), (2)");
                st.execute("CREATE SCHEMA billing");
                st.execute("CREATE TABLE billing.invoices (id int PRIMARY KEY, code text)");
                st.execute("INSERT INTO billing.invoices SELECT g, 'c' || (g % 100) FROM generate_series(1, 5000) g");
                st.execute("ANALYZE billing.invoices");
                st.execute("CREATE TABLE billing.fresh (id int)"); // never analyzed: probed
                st.execute("INSERT INTO billing.fresh SELECT generate_series(1, 7)");
                st.execute("CREATE SCHEMA other");
                st.execute("CREATE TABLE other.ignored (id int)");
                st.execute("ANALYZE other.ignored");
            }
            try (DatabaseHandle handle = DatabaseHandle.open(db.url().withSchemas(List.of("public", "billing")), Duration.ofSeconds(10))) {
                RiskFacts facts = RiskFacts.read(handle);
                String sql = """
                        DROP TABLE billing.invoices;
                        DROP TABLE billing.fresh;
                        """;
                List<Step> steps = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.changeset("versions/x.sql", sql, true, false)),
                        new SqlChangeParser(EngineKind.POSTGRESQL, facts.schema()));
                facts = facts.withRowCounts(handle, RiskScorer.tablesToCount(steps, facts.schema()));
                assertThat(facts.rowCount("billing.invoices")).as("the billing table's count").isNotNull();
                assertThat(facts.rowCount("billing.invoices").rows()).isEqualTo(5000);
                assertThat(facts.rowCount("billing.fresh")).as("a never-analyzed billing table, probed").isNotNull();
                assertThat(facts.rowCount("billing.fresh").rows()).isEqualTo(7);
                assertThat(facts.rowCount("billing.fresh").exact()).isTrue();
                assertThat(facts.rowCount("other.ignored")).as("a schema outside schemas:").isNull();

                RiskReport report = new RiskScorer().score(steps, facts);
                List<Finding> drops = report.findings().stream().filter(f -> f.ruleId().equals("DS-DROP-TABLE")).toList();
                assertThat(drops).extracting(Finding::table).containsExactly("billing.invoices", "billing.fresh");
                assertThat(drops.get(0).modifiers()).extracting(Modifier::reason)
                        .containsExactly("billing.invoices has 5,000 rows (< 10k): one down");
                assertThat(drops.get(1).modifiers()).extracting(Modifier::reason)
                        .containsExactly("billing.fresh has 7 rows (< 10k): one down");

                // a narrowing of a billing column is checked against its data
                RiskFacts counted = facts;
                String narrow = "ALTER TABLE billing.invoices ALTER COLUMN code TYPE varchar(3);\n";
                List<Step> narrowing = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.changeset("versions/y.sql", narrow, true, false)),
                        new SqlChangeParser(EngineKind.POSTGRESQL, facts.schema()));
                ValueFit fit = counted.withDataChecks(handle, narrowing)
                        .fit("billing.invoices", "code", ColumnType.sized(TypeKind.VARCHAR, 3));
                assertThat(fit).isNotNull();
                assertThat(fit.checked()).as(fit.observed()).isTrue();
                assertThat(fit.misfits()).isEqualTo(0);
                assertThat(fit.observed()).isEqualTo("the longest value has 3 characters");
            }
        }
    }
}
