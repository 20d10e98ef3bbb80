package dev.schemactl.spring;

import dev.schemactl.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The startup names the Liquibase version problem an application on Spring Boot's BOM would otherwise meet deep inside. */
class LiquibaseVersionTest {
    @Test
    void liquibase4IsAccepted() {
        assertThatCode(() -> SchemactlMigrationInitializer.requireLiquibase4("4.33.0")).doesNotThrowAnyException();
        assertThat(liquibase.util.LiquibaseUtil.getBuildVersion()).as("this build's Liquibase").startsWith("4.33");
    }

    @Test
    void liquibase5StopsTheStartupWithTheFix() {
        SchemactlStartupException e = catchThrowableOfType(SchemactlStartupException.class,
                () -> SchemactlMigrationInitializer.requireLiquibase4("5.0.3"));
        assertThat(e.error().code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains("Liquibase 5.0.3").contains("<liquibase.version>4.33.0</liquibase.version>");
        assertThat(new SchemactlFailureAnalyzer().analyze(e).getAction()).contains("<liquibase.version>4.33.0</liquibase.version>");
    }

    @Test
    void anUnreadableVersionStopsTheStartupToo() {
        assertThat(catchThrowableOfType(SchemactlStartupException.class,
                () -> SchemactlMigrationInitializer.requireLiquibase4(null)).getMessage()).contains("unknown version");
    }
}
