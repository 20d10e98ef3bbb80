package dev.schemactl.source;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckNamesTest {

    @Test
    void namesLikePostgres() {
        assertThat(CheckNames.choose("authors", "status", Set.of())).isEqualTo("authors_status_check");
        assertThat(CheckNames.choose("authors", "status", Set.of("authors_status_check"))).isEqualTo("authors_status_check1");
        assertThat(CheckNames.choose("authors", null, Set.of())).isEqualTo("authors_check");
    }

    @Test
    void longNamesAreShortenedToSixtyThreeCharactersLikePostgres() {
        String table = "a".repeat(40);
        String column = "b".repeat(40);
        String name = CheckNames.choose(table, column, Set.of());
        assertThat(name).hasSize(63).isEqualTo("a".repeat(28) + "_" + "b".repeat(28) + "_check");
        assertThat(CheckNames.makeObjectName("t", "c".repeat(80), "check")).isEqualTo("t_" + "c".repeat(55) + "_check");
    }

    @Test
    void theColumnOfATableCheckIsTheFirstOneMentionedOutsideQuotes() {
        List<String> columns = List.of("body", "stars", "kind");
        assertThat(CheckNames.firstColumn("stars between 1 and 5", columns)).isEqualTo("stars");
        assertThat(CheckNames.firstColumn("'body' <> kind and body is null", columns)).isEqualTo("kind");
        assertThat(CheckNames.firstColumn("\"STARS\" > 0", columns)).isEqualTo("stars");
        assertThat(CheckNames.firstColumn("1 = 1", columns)).isNull();
    }
}
