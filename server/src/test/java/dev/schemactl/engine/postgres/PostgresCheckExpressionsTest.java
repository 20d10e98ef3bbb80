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
        assertThat(PostgresCheckExpressions.canonical("price > (0)::numeric")).isEqualTo("price > 0");
        assertThat(PostgresCheckExpressions.canonical("length((name)::text) > 2")).isEqualTo("length(name) > 2");
        assertThat(PostgresCheckExpressions.canonical("note <> 'it''s'::text")).isEqualTo("note <> 'it''s'");
    }
}
