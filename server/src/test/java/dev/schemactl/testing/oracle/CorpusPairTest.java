package dev.schemactl.testing.oracle;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusPairTest {

    @Test
    void theNumberIsEveryDigitBeforeTheFirstDash() {
        assertThat(new CorpusPair("026-identity-create", Path.of(".")).number()).isEqualTo("026");
        // a 4-digit pair is not pair 101 (NewToSqlVerifiedCorpusTest once took the first three characters)
        assertThat(new CorpusPair("1012-django-style", Path.of(".")).number()).isEqualTo("1012");
        assertThat(new CorpusPair("1012-django-style", Path.of(".")).number()).isNotEqualTo("101");
    }

    @Test
    void fourDigitPairsAreListedAmongTheCorpus() {
        assertThat(CorpusPair.under("fidelity/postgres")).extracting(CorpusPair::number).contains("1000", "101", "026");
    }
}
