package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialectChoiceTest {

    @Test
    void defaultsArePostgres15MariaDb1011AndH223() {
        assertThat(DialectChoice.dialect(EngineKind.POSTGRESQL, null)).isInstanceOf(PostgreSQLDialect.class)
                .satisfies(d -> assertThat(d.getVersion().isSame(15)).isTrue());
        assertThat(DialectChoice.dialect(EngineKind.MARIADB, " ")).isInstanceOf(MariaDBDialect.class)
                .satisfies(d -> assertThat(d.getVersion().isSame(10, 11)).isTrue());
        assertThat(DialectChoice.dialect(EngineKind.H2, null)).isInstanceOf(H2Dialect.class)
                .satisfies(d -> assertThat(d.getVersion().isSame(2, 3)).isTrue());
        // no SQLite dialect in hibernate-core: H2's stands in (the SQLite version is only validated)
        assertThat(DialectChoice.dialect(EngineKind.SQLITE, "3.50.3")).isInstanceOf(SqliteStandInDialect.class)
                .isInstanceOf(H2Dialect.class);
        assertThatThrownBy(() -> DialectChoice.dialect(EngineKind.SQLITE, "latest"))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG));
    }

    @Test
    void serverVersionStringsAsServersReportThem() {
        assertThat(DialectChoice.parseVersion(EngineKind.POSTGRESQL, "15")).isEqualTo(DatabaseVersion.make(15, 0, 0));
        assertThat(DialectChoice.parseVersion(EngineKind.POSTGRESQL, "16.4 (Debian 16.4-1.pgdg120+2)"))
                .isEqualTo(DatabaseVersion.make(16, 4, 0));
        assertThat(DialectChoice.parseVersion(EngineKind.MARIADB, "10.11.6-MariaDB-0+deb12u1"))
                .isEqualTo(DatabaseVersion.make(10, 11, 6));
        assertThat(DialectChoice.parseVersion(EngineKind.H2, "2.3.232 (2024-08-11)")).isEqualTo(DatabaseVersion.make(2, 3, 232));
        assertThatThrownBy(() -> DialectChoice.parseVersion(EngineKind.H2, "latest"))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG));
    }
}
