package dev.schemactl.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnDefinitionClausesTest {

    @Test
    void defaultAndNotNullAreTheirOwnClausesNotPartOfTheType() {
        assertThat(ColumnDefinitionClauses.split("varchar(20) default 'draft' not null"))
                .isEqualTo(new ColumnDefinitionClauses("varchar(20)", "'draft'", true));
        assertThat(ColumnDefinitionClauses.split("integer DEFAULT 0"))
                .isEqualTo(new ColumnDefinitionClauses("integer", "0", false));
        assertThat(ColumnDefinitionClauses.split("numeric(10, 2) NOT NULL DEFAULT (1 + 2)"))
                .isEqualTo(new ColumnDefinitionClauses("numeric(10, 2)", "(1 + 2)", true));
        assertThat(ColumnDefinitionClauses.split("text default null"))
                .isEqualTo(new ColumnDefinitionClauses("text", "null", false));
        assertThat(ColumnDefinitionClauses.split("varchar(10) default 'not null' null"))
                .isEqualTo(new ColumnDefinitionClauses("varchar(10)", "'not null'", false));
        assertThat(ColumnDefinitionClauses.split("timestamp with time zone"))
                .isEqualTo(new ColumnDefinitionClauses("timestamp with time zone", null, false));
    }

    @Test
    void anotherClauseKeepsTheTextAsTheTypeButNotNullIsStillRead() {
        assertThat(ColumnDefinitionClauses.split("timestamp not null default current_timestamp on update current_timestamp"))
                .isEqualTo(new ColumnDefinitionClauses("timestamp not null default current_timestamp on update current_timestamp", null, true));
    }
}
