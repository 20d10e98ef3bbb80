package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings {@code ColumnType.equals} takes as one type but MariaDB stores apart: the MariaDB differ plans a change
 * between {@code bit(1)} and {@code tinyint(1)} when both sides spell one (a SQL schema, another database), never
 * against Hibernate's spelling-free boolean, and between {@code mediumint} and {@code int}.
 */
class MariaDbTypeEqualityTest {
    private static final MariaDbTypeNames TYPES = MariaDbTypeNames.INSTANCE;
    private final Differ differ = Engines.of(EngineKind.MARIADB).differ();

    private static Schema flag(String type) {
        Table t = table("flags").col(notNull("id", TYPES.parse("int")), notNull("active", TYPES.parse(type))).pk("id").build();
        return schema(List.of(t));
    }

    @Test
    void bit1AndTinyint1AreAChangeWhenBothSidesSpellOne() {
        List<Change> toTinyint = differ.diff(flag("bit(1)"), flag("tinyint(1)")).changes();
        assertThat(toTinyint).hasSize(1).first().isInstanceOf(Change.AlterColumnType.class);
        assertThat(Engines.of(EngineKind.MARIADB).renderer().render(toTinyint.get(0)).forward())
                .containsExactly("ALTER TABLE flags MODIFY COLUMN active tinyint(1) NOT NULL");
        assertThat(differ.diff(flag("tinyint(1)"), flag("bit(1)")).changes()).hasSize(1);
    }

    @Test
    void hibernatesBooleanIsEitherSpelling() {
        for (String hibernate : List.of("bit", "boolean")) {
            assertThat(differ.diff(flag("bit(1)"), flag(hibernate)).changes()).as(hibernate).isEmpty();
            assertThat(differ.diff(flag("tinyint(1)"), flag(hibernate)).changes()).as(hibernate).isEmpty();
        }
        assertThat(differ.keepingNames().diff(flag("bit(1)"), flag("bit")).changes()).isEmpty();
    }

    @Test
    void mediumintIsNotInt() {
        assertThat(differ.diff(flag("mediumint"), flag("int")).changes()).hasSize(1);
        assertThat(differ.diff(flag("int(11)"), flag("mediumint(9)")).changes()).hasSize(1);
        assertThat(differ.diff(flag("mediumint(9)"), flag("mediumint")).changes()).isEmpty();
    }
}
