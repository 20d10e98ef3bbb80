package dev.schemactl.risk;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 row counts (risk scoring) cover every schema of {@code schemas:}, named as the inspector names the tables: a
 * billing table was not counted (PUBLIC only), so a drop of a full billing table scored as if its count were unknown.
 */
class H2RowCountsSchemasTest {

    @Test
    void aTableOfAnotherConfiguredSchemaGetsItsCount() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE items (id INT PRIMARY KEY)");
                st.execute("INSERT INTO items VALUES (1), (2)");
                st.execute("CREATE SCHEMA billing");
                st.execute("CREATE TABLE billing.invoices (id INT PRIMARY KEY)");
                st.execute("INSERT INTO billing.invoices SELECT X FROM SYSTEM_RANGE(1, 7)");
                st.execute("CREATE SCHEMA other");
                st.execute("CREATE TABLE other.ignored (id INT)");
            }
            try (DatabaseHandle handle = DatabaseHandle.open(db.url().withSchemas(List.of("public", "billing")), Duration.ofSeconds(10))) {
                RiskFacts facts = RiskFacts.read(handle).withRowCounts(handle, List.of("items", "billing.invoices"));
                assertThat(facts.schema().tables()).extracting(t -> t.key()).containsExactlyInAnyOrder("items", "billing.invoices");
                assertThat(facts.rowCount("items")).isNotNull();
                assertThat(facts.rowCount("items").rows()).isEqualTo(2);
                assertThat(facts.rowCount("billing.invoices")).as("the billing table's count").isNotNull();
                assertThat(facts.rowCount("billing.invoices").rows()).isEqualTo(7);
                assertThat(facts.rowCount("billing.invoices").exact()).isTrue();
                assertThat(facts.rowCount("other.ignored")).as("a schema outside schemas:").isNull();
            }
        }
    }

    @Test
    void theFirstConfiguredSchemaIsTheDefaultOneEvenWhenItIsNotPublic() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE items (id INT PRIMARY KEY)");
                st.execute("CREATE SCHEMA billing");
                st.execute("CREATE TABLE billing.invoices (id INT PRIMARY KEY)");
                st.execute("INSERT INTO billing.invoices VALUES (1), (2), (3)");
            }
            try (DatabaseHandle handle = DatabaseHandle.open(db.url().withSchemas(List.of("billing")), Duration.ofSeconds(10))) {
                RiskFacts facts = RiskFacts.read(handle).withRowCounts(handle, List.of("invoices"));
                assertThat(facts.rowCount("invoices")).isNotNull();
                assertThat(facts.rowCount("invoices").rows()).isEqualTo(3);
                assertThat(facts.rowCount("items")).as("PUBLIC is not configured").isNull();
            }
        }
    }
}
