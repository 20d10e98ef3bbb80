package dev.schemactl.engine.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresColumnOptionsTest {

    @Test
    void theCatalogsDefaultsAreNoOptions() {
        assertThat(PostgresColumnOptions.fromCatalog("", "x", "x", -1)).isNull();
        assertThat(PostgresColumnOptions.fromCatalog(null, "m", "m", null)).as("PostgreSQL 17: null is the default target").isNull();
        assertThat(PostgresColumnOptions.fromCatalog("p", "e", "x", 500)).isEqualTo("COMPRESSION pglz STORAGE EXTERNAL STATISTICS 500");
        assertThat(PostgresColumnOptions.fromCatalog("l", "x", "m", 0)).isEqualTo("COMPRESSION lz4 STORAGE EXTENDED STATISTICS 0");
    }

    @Test
    void parsesWhatItFormats() {
        PostgresColumnOptions o = PostgresColumnOptions.parse("COMPRESSION lz4 STORAGE EXTERNAL STATISTICS 0");
        assertThat(o).isEqualTo(new PostgresColumnOptions("lz4", "EXTERNAL", 0));
        assertThat(o.format()).isEqualTo("COMPRESSION lz4 STORAGE EXTERNAL STATISTICS 0");
        assertThat(PostgresColumnOptions.parse("STATISTICS 10")).isEqualTo(new PostgresColumnOptions(null, null, 10));
        assertThat(PostgresColumnOptions.parse(" ")).isEqualTo(PostgresColumnOptions.NONE);
        assertThatThrownBy(() -> PostgresColumnOptions.parse("STORAGE")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Back to a default: COMPRESSION default, the type's own storage (SET STORAGE DEFAULT is PostgreSQL 16's), -1. */
    @Test
    void actionsBackToTheDefaultsNameThem() {
        PostgresColumnOptions set = new PostgresColumnOptions("pglz", "EXTERNAL", 100);
        assertThat(set.actionsTo(PostgresColumnOptions.NONE, "numeric(10,2)"))
                .containsExactly("SET COMPRESSION default", "SET STORAGE MAIN", "SET STATISTICS -1");
        assertThat(set.actionsTo(PostgresColumnOptions.NONE, "text")).contains("SET STORAGE EXTENDED");
        assertThat(set.actionsTo(PostgresColumnOptions.NONE, "numeric[]")).contains("SET STORAGE EXTENDED");
        assertThat(PostgresColumnOptions.NONE.actionsTo(set, "text"))
                .containsExactly("SET COMPRESSION pglz", "SET STORAGE EXTERNAL", "SET STATISTICS 100");
        assertThat(set.actionsTo(new PostgresColumnOptions("pglz", "EXTERNAL", 5), "text")).containsExactly("SET STATISTICS 5");
    }

    @Test
    void aHandWrittenActionOnTopOfTheOptions() {
        assertThat(PostgresColumnOptions.afterAction("STORAGE MAIN", "COMPRESSION LZ4")).hasValue("COMPRESSION lz4 STORAGE MAIN");
        assertThat(PostgresColumnOptions.afterAction("COMPRESSION lz4 STATISTICS 9", "compression default")).hasValue("STATISTICS 9");
        assertThat(PostgresColumnOptions.afterAction("STATISTICS 9", "STATISTICS -1")).hasValue("");
        assertThat(PostgresColumnOptions.afterAction(null, "storage external")).hasValue("STORAGE EXTERNAL");
        assertThat(PostgresColumnOptions.afterAction(null, "DEFAULT 5")).isEmpty();
        assertThat(PostgresColumnOptions.afterAction(null, "STATISTICS many")).isEmpty();
    }

    @Test
    void attributeOptionsAreReadSortedWrittenAndResetAndKeptByATypeChange() {
        assertThat(PostgresColumnOptions.fromCatalog(null, "x", "x", -1, java.util.List.of("n_distinct_inherited=-0.5", "n_distinct=500", "internal=1")))
                .isEqualTo("WITH (n_distinct=500, n_distinct_inherited=-0.5)");
        PostgresColumnOptions o = PostgresColumnOptions.parse("STATISTICS 10 WITH (n_distinct=-0.02)");
        assertThat(o.format()).isEqualTo("STATISTICS 10 WITH (n_distinct=-0.02)");
        assertThat(PostgresColumnOptions.NONE.actionsTo(o, "bigint")).containsExactly("SET STATISTICS 10", "SET (n_distinct=-0.02)");
        assertThat(o.actionsTo(PostgresColumnOptions.NONE, "bigint")).containsExactly("SET STATISTICS -1", "RESET (n_distinct)");
        assertThat(o.keptByATypeChange()).isEqualTo(o);
    }
}
