package dev.schemactl.engine.mariadb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbTriggerColumnsTest {

    @Test
    void readsNewAndOldColumnReferences() {
        assertThat(MariaDbTriggerColumns.uses("s", "INSERT INTO l (d) VALUES (NEW.qty - old.`unit price`)"))
                .containsExactly("s", "s.qty", "s.unit price");
    }

    @Test
    void ignoresStringLiteralsAndLongerWords() {
        assertThat(MariaDbTriggerColumns.uses("s", "SET @x = 'NEW.a', @y = RENEW.b + NEW . c"))
                .containsExactly("s", "s.c");
    }
}
