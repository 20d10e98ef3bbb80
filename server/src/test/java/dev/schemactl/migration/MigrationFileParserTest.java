package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationFileParserTest {
    private static final Path FILE = Path.of("migrations/versions/20260101000000_add_users.sql");

    @Test
    void parsesHeaderChangesetsAndRollbacks() {
        MigrationFile f = MigrationFileParser.parse(FILE, """
                --liquibase formatted sql
                -- schemactl: engine=postgresql
                -- schemactl: generated-from=models

                --changeset schemactl:20260101000000-1
                CREATE TABLE users (id int primary key);
                CREATE INDEX users_id ON users (id);
                --rollback DROP INDEX users_id;
                --rollback DROP TABLE users;

                --changeset schemactl:20260101000000-2 runInTransaction:false
                CREATE INDEX CONCURRENTLY x ON users (id);
                --rollback DROP INDEX CONCURRENTLY x;
                """);
        assertThat(f.version()).isEqualTo("20260101000000");
        assertThat(f.slug()).isEqualTo("add_users");
        assertThat(f.engine()).isEqualTo(EngineKind.POSTGRESQL);
        assertThat(f.header()).containsEntry("generated-from", "models");
        assertThat(f.changesets()).hasSize(2);
        assertThat(f.changesets().get(0).sql()).contains("CREATE TABLE users").contains("CREATE INDEX users_id");
        assertThat(f.changesets().get(0).rollbackSql()).isEqualTo("DROP INDEX users_id;\nDROP TABLE users;");
        assertThat(f.changesets().get(0).runInTransaction()).isTrue();
        assertThat(f.changesets().get(1).runInTransaction()).isFalse();
        assertThat(f.logicalPath()).isEqualTo("versions/20260101000000_add_users.sql");
    }

    @Test
    void rejectsBadFileNames() {
        for (String name : new String[]{"2026_add.sql", "20260101000000_Add-Users.sql", "20260101000000_.sql", "20260101000000_a.txt"}) {
            assertThatThrownBy(() -> MigrationFileParser.parse(Path.of(name), "--liquibase formatted sql\n"))
                    .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FILE))
                    .hasMessageContaining("file name");
        }
    }

    @Test
    void malformedContentNamesTheLine() {
        assertMalformed("CREATE TABLE x (id int);\n", "line 1", "--liquibase formatted sql");
        assertMalformed("--liquibase formatted sql\nCREATE TABLE x (id int);\n", "line 2", "before the first");
        assertMalformed("--liquibase formatted sql\n-- nothing here\n", "no '--changeset");
        assertMalformed("--liquibase formatted sql\n--changeset a:1\nCREATE TABLE x (id int);\n", "line 2", "no '--rollback'");
        assertMalformed("--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n--rollback empty\n--changeset a:1\nSELECT 2;\n--rollback empty\n",
                "line 5", "duplicate");
        assertMalformed("--liquibase formatted sql\n-- schemactl: engine=oracle\n--changeset a:1\nSELECT 1;\n--rollback empty\n",
                "unknown engine");
        assertMalformed("--liquibase formatted sql\n--changeset a:1\n--rollback DROP TABLE x;\nCREATE TABLE x (id int);\n",
                "line 4", "after the --rollback");
    }

    private static void assertMalformed(String content, String... fragments) {
        assertThatThrownBy(() -> MigrationFileParser.parse(FILE, content))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FILE);
                    for (String f : fragments) assertThat(e.getMessage()).contains(f);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }
}
