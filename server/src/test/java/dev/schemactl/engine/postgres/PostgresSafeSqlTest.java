package dev.schemactl.engine.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresSafeSqlTest {

    @Test
    void theValidateStepNamesTheTableExactlyAsTheAddConstraintDid() {
        assertThat(PostgresSafeSql.alterTableOf("ALTER TABLE items ADD CONSTRAINT c CHECK (a > 0)")).isEqualTo("ALTER TABLE items ");
        // a table of another schema: before, the key was quoted whole ("billing.items"), a table that does not exist
        assertThat(PostgresSafeSql.alterTableOf("ALTER TABLE billing.items ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES items (id)"))
                .isEqualTo("ALTER TABLE billing.items ");
        assertThat(PostgresSafeSql.alterTableOf("ALTER TABLE \"Billing\".\"Line \"\"Items\"\" ADD x\" ADD CONSTRAINT c CHECK (a > 0)"))
                .isEqualTo("ALTER TABLE \"Billing\".\"Line \"\"Items\"\" ADD x\" ");
    }
}
