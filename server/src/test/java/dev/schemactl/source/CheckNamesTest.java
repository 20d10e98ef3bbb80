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

    /** As PostgreSQL 15 names them (checked with psql): a column only when the check mentions exactly one. */
    @Test
    void theColumnOfATableCheckIsTheOnlyOneMentionedOutsideQuotes() {
        List<String> columns = List.of("body", "stars", "kind");
        assertThat(CheckNames.soleColumn("stars between 1 and 5", columns)).isEqualTo("stars");
        assertThat(CheckNames.soleColumn("stars > 0 and STARS < 9", columns)).isEqualTo("stars");
        assertThat(CheckNames.soleColumn("'body' <> kind", columns)).isEqualTo("kind");
        assertThat(CheckNames.soleColumn("'body' <> kind and body is null", columns)).isNull();
        assertThat(CheckNames.soleColumn("dtype <> 'Car' or (seats is not null)", List.of("dtype", "seats"))).isNull();
        assertThat(CheckNames.soleColumn("\"STARS\" > 0", columns)).isEqualTo("stars");
        assertThat(CheckNames.soleColumn("1 = 1", columns)).isNull();
    }
}
