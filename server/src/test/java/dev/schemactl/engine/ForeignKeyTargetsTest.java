package dev.schemactl.engine;

import dev.schemactl.engine.mariadb.MariaDbEngine;
import dev.schemactl.engine.postgres.PostgresEngine;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.BIGINT;
import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.TEXT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.decimal;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/** What each engine asks of a referenced table: PostgreSQL a unique key over exactly the columns, InnoDB a leading index. */
class ForeignKeyTargetsTest {
    private final ForeignKeyTargets postgres = PostgresEngine.INSTANCE.foreignKeyTargets();
    private final ForeignKeyTargets mariadb = MariaDbEngine.INSTANCE.foreignKeyTargets();

    private static Table accounts() {
        return table("accounts").col(notNull("id", INT), notNull("tenant", INT), col("code", varchar(10)), col("amount", decimal(10, 2)))
                .pk("id", "tenant").index("code").build();
    }

    @Test
    void keys() {
        Table t = accounts();
        // (id, tenant) in any order is the key; id alone leads it (InnoDB) but is no unique key (PostgreSQL)
        assertThat(postgres.whyNot(t, List.of("tenant", "id"), List.of())).isNull();
        assertThat(postgres.whyNot(t, List.of("id"), List.of())).isEqualTo("accounts has no primary key or unique constraint over (id)");
        assertThat(mariadb.whyNot(t, List.of("id"), List.of())).isNull();
        assertThat(mariadb.whyNot(t, List.of("tenant"), List.of())).isEqualTo("accounts has no index that starts with (tenant)");
        // a plain index serves InnoDB, not PostgreSQL
        assertThat(mariadb.whyNot(t, List.of("code"), List.of())).isNull();
        assertThat(postgres.whyNot(t, List.of("code"), List.of())).isNotNull();
        assertThat(postgres.whyNot(t, List.of("gone"), List.of())).isEqualTo("column accounts.gone does not exist");
    }

    @Test
    void types() {
        Table t = table("accounts").col(notNull("id", INT), col("code", varchar(10)), col("amount", decimal(10, 2)))
                .pk("id").unique("code").unique("amount").build();
        assertThat(postgres.whyNot(t, List.of("id"), List.of(BIGINT))).isNull();
        assertThat(postgres.whyNot(t, List.of("code"), List.of(TEXT))).isNull();
        assertThat(postgres.whyNot(t, List.of("amount"), List.of(INT))).isNull();
        assertThat(postgres.whyNot(t, List.of("id"), List.of(TEXT))).isEqualTo("column accounts.id is integer, which a text column cannot reference");
        assertThat(postgres.whyNot(t, List.of("id"), List.of(ColumnType.other("mood")))).isNull(); // not judged
        assertThat(mariadb.whyNot(t, List.of("id"), List.of(BIGINT))).isNotNull();
        assertThat(mariadb.whyNot(t, List.of("id"), List.of(new ColumnType(TypeKind.INTEGER, null, null, null, null, List.of(), true, null))))
                .isNotNull();
        assertThat(mariadb.whyNot(t, List.of("code"), List.of(varchar(200)))).isNull();
        assertThat(mariadb.whyNot(t, List.of("amount"), List.of(decimal(12, 2)))).isNotNull();
    }
}
