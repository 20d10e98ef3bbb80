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

    @Test
    void malformedHintsAreUsageErrors() {
        for (String bad : List.of("a.b.c=d", "\"open=x", "a=b.c", "a.=b", "=b", "a=")) {
            assertThatThrownBy(() -> Renames.parse(List.of(bad))).as(bad).isInstanceOf(SchemactlException.class);
        }
    }
}
