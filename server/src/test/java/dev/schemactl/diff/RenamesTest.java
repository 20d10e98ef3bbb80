package dev.schemactl.diff;

import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenamesTest {

    @Test
    void namesKeepTheirCaseAndQuotedPartsMayHoldDotsAndQuotes() {
        Renames r = Renames.parse(List.of("\"Person\".old=new", "Person.FullName=DisplayName", "\"Order Lines\".\"Line.No\"=\"Pos\"",
                "\"a\"\"b\"=c", "items=Items"));
        assertThat(r.tables()).isEqualTo(Map.of("a\"b", "c", "items", "Items"));
        assertThat(r.columns()).isEqualTo(Map.of("Person", Map.of("old", "new", "FullName", "DisplayName"),
                "Order Lines", Map.of("Line.No", "Pos")));
    }

    @Test
    void renameHintsKeepTheCaseAndQuoteWhatParseWouldSplit() {
        assertThat(RenameHint.of("Album", "Title", "Name").hint()).isEqualTo("--rename Album.Title=Name");
        RenameHint dotted = RenameHint.of("Order Lines", "Line.No", "Pos");
        assertThat(dotted.hint()).isEqualTo("--rename '\"Order Lines\".\"Line.No\"=Pos'");
        assertThat(Renames.parse(List.of(dotted.argument())).columns()).isEqualTo(Map.of("Order Lines", Map.of("Line.No", "Pos")));
    }

    /** A table of another managed schema is named schema.table: its key, as the Differ looks tables up. */
    @Test
    void tablesOfAnotherSchemaAreNamedSchemaDotTable() {
        Renames r = Renames.parse(List.of("billing.items.qty=quantity", "billing.old=billing.new", "\"Bill\".\"Items\".\"Qty\"=q",
                "items.qty=amount"));
        assertThat(r.tables()).isEqualTo(Map.of("billing.old", "billing.new"));
        assertThat(r.columns()).isEqualTo(Map.of("billing.items", Map.of("qty", "quantity"), "Bill.Items", Map.of("Qty", "q"),
                "items", Map.of("qty", "amount")));
        RenameHint hint = RenameHint.of(new dev.schemactl.schema.TableName("billing", "items"), "qty", "quantity");
        assertThat(hint.table()).isEqualTo("billing.items");
        assertThat(hint.hint()).isEqualTo("--rename billing.items.qty=quantity");
        assertThat(Renames.parse(List.of(hint.argument())).columns()).isEqualTo(Map.of("billing.items", Map.of("qty", "quantity")));
    }

    @Test
    void malformedHintsAreUsageErrors() {
        // a table moved to another schema is no rename
        for (String bad : List.of("a.b.c.d=e", "\"open=x", "a=b.c", "a.=b", "=b", "a=", "a.b=c.d")) {
            assertThatThrownBy(() -> Renames.parse(List.of(bad))).as(bad).isInstanceOf(SchemactlException.class);
        }
    }
}
