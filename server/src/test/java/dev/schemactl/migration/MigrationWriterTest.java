package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationWriterTest {
    private final List<MigrationStep> steps = List.of(
            new MigrationStep(List.of("CREATE TABLE a (id int)"), List.of("DROP TABLE a"), true),
            new MigrationStep(List.of("CREATE TABLE b (id int)"), List.of("DROP TABLE b"), true));

    @Test
    void transactionalEnginesGetOneChangesetWithRollbacksInReverse() {
        String text = MigrationWriter.render(EngineKind.POSTGRESQL, true, "20260101000000", Map.of(), steps);
        MigrationFile f = MigrationFileParser.parse(Path.of("20260101000000_x.sql"), text);
        assertThat(f.changesets()).hasSize(1);
        assertThat(f.changesets().get(0).rollbackSql()).isEqualTo("DROP TABLE b;\nDROP TABLE a;");
        assertThat(f.engine()).isEqualTo(EngineKind.POSTGRESQL);
    }

    @Test
    void otherEnginesGetOneChangesetPerStep() {
        String text = MigrationWriter.render(EngineKind.MARIADB, false, "20260101000000", Map.of("generated-from", "test"), steps);
        MigrationFile f = MigrationFileParser.parse(Path.of("20260101000000_x.sql"), text);
        assertThat(f.changesets()).extracting(MigrationFile.Changeset::id).containsExactly("20260101000000-1", "20260101000000-2");
        assertThat(f.changesets().get(1).rollbackSql()).isEqualTo("DROP TABLE b;");
    }

    @Test
    void multiStatementStepsAreSplitPerStatementWithTheRollbackOnTheFirst() {
        List<MigrationStep> step = List.of(new MigrationStep(List.of("CREATE TABLE a (id int)", "CREATE INDEX i ON a (id)"),
                List.of("DROP TABLE a"), true));
        MigrationFile f = MigrationFileParser.parse(Path.of("20260101000000_x.sql"),
                MigrationWriter.render(EngineKind.H2, false, "20260101000000", Map.of(), step));
        assertThat(f.changesets()).extracting(MigrationFile.Changeset::sql).containsExactly("CREATE TABLE a (id int);", "CREATE INDEX i ON a (id);");
        assertThat(f.changesets()).extracting(MigrationFile.Changeset::rollbackSql).containsExactly("DROP TABLE a;", "empty");
    }

    @Test
    void nonTransactionalStepsGetTheirOwnChangesetOnPostgres() {
        List<MigrationStep> mixed = List.of(steps.get(0),
                new MigrationStep(List.of("CREATE INDEX CONCURRENTLY i ON a (id)"), List.of("DROP INDEX CONCURRENTLY i"), false),
                steps.get(1));
        MigrationFile f = MigrationFileParser.parse(Path.of("20260101000000_x.sql"),
                MigrationWriter.render(EngineKind.POSTGRESQL, true, "20260101000000", Map.of(), mixed));
        assertThat(f.changesets()).extracting(MigrationFile.Changeset::runInTransaction).containsExactly(true, false, true);
    }

    @Test
    void slugs() {
        assertThat(MigrationWriter.slug("Add users")).isEqualTo("add_users");
        assertThat(MigrationWriter.slug("add-order-lines")).isEqualTo("add_order_lines");
        for (String bad : new String[]{"", "../etc/passwd", "drop;table", "a/b", "naïve"}) {
            assertThatThrownBy(() -> MigrationWriter.slug(bad)).isInstanceOf(SchemactlException.class);
        }
    }

    @Test
    void versionsComeFromSourceDateEpochWhenSet() {
        assertThat(MigrationClock.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1767225600")).nextVersion()).isEqualTo("20260101000000");
        assertThat(new MigrationClock(Clock.fixed(Instant.parse("2030-05-06T07:08:09Z"), ZoneOffset.UTC)).nextVersion())
                .isEqualTo("20300506070809");
    }

    @Test
    void versionsStayUniqueAndOrderedWhenTheClockIsNotAhead() {
        MigrationClock fixed = MigrationClock.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1767225600"));
        assertThat(fixed.nextVersion(List.of("20251231235959"))).isEqualTo("20260101000000");
        assertThat(fixed.nextVersion(List.of("20260101000000"))).isEqualTo("20260101000001");
        assertThat(fixed.nextVersion(List.of("20260101000000", "20270101235959"))).isEqualTo("20270102000000");
    }
}
