package dev.schemactl.engine.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresCheckExpressionsTest {
    @Test
    void storedFormsBecomeThePlainFormsModelsWrite() {
        assertThat(PostgresCheckExpressions.canonical(
                "(status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'CLOSED'::character varying])::text[])"))
                .isEqualTo("status IN ('ACTIVE', 'CLOSED')");
        assertThat(PostgresCheckExpressions.canonical("(level >= 0) AND (level <= 3)")).isEqualTo("level between 0 and 3");
        assertThat(PostgresInspector.checkExpression("CHECK ((price > (0)::numeric))")).isEqualTo("price > 0");
        assertThat(PostgresInspector.checkExpression("CHECK (((body IS NULL) OR (char_length((body)::text) > 0)))"))
                .isEqualTo("(body IS NULL) OR (char_length(body) > 0)");
        assertThat(PostgresCheckExpressions.canonical("length((name)::text) > 2")).isEqualTo("length(name) > 2");
        assertThat(PostgresInspector.checkExpression("CHECK ((note <> 'it''s'::text))")).isEqualTo("note <> 'it''s'");
    }

    /** ANY (tags) over an array column keeps its parentheses: unwrapped, ANY tags failed to parse (pair 781). */
    @Test
    void anArrayColumnAfterAnyKeepsItsParentheses() {
        assertThat(PostgresInspector.checkExpression("CHECK (((\"primaryTag\" IS NULL) OR (\"primaryTag\" = ANY (tags))))"))
                .isEqualTo("(\"primaryTag\" IS NULL) OR (\"primaryTag\" = ANY (tags))");
        assertThat(PostgresCheckExpressions.canonical("NOT ('VIP' = ALL (tags))")).isEqualTo("NOT ('VIP' = ALL (tags))");
        assertThat(PostgresCheckExpressions.canonical("(n) > 0")).isEqualTo("n > 0");
    }

    @Test
    void notInComesBackAsNotInNotAsAnArrayOfBareLiterals() {
        // ARRAY['a', 'b'] without its casts is a text[]: `enum_column <> ALL (text[])` does not apply
        assertThat(PostgresInspector.checkExpression(
                "CHECK (((state <> ALL (ARRAY['published'::doc_state, 'archived'::doc_state])) OR (published_at IS NOT NULL)))"))
                .isEqualTo("(state NOT IN ('published', 'archived')) OR (published_at IS NOT NULL)");
        assertThat(PostgresCheckExpressions.canonical(
                "(status)::text <> ALL ((ARRAY['A'::character varying, 'B'::character varying])::text[])"))
                .isEqualTo("status NOT IN ('A', 'B')");
    }
}
