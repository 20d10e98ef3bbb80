package dev.schemactl.config;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {
    private static final Path CWD = Path.of("/work/project");

    @Test
    void postgresUrlWithUserPasswordAndOptions() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.example:6543/shop?sslmode=disable", CWD);
        assertThat(url.engine()).isEqualTo(EngineKind.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=disable");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.masked()).isEqualTo("postgres://app:****@db.example:6543/shop?sslmode=disable");
        assertThat(url.toString()).doesNotContain("cret");
    }

    @Test
    void mysqlAndMariadbSchemesUseTheMariadbDriverAndDefaultPort() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://root@localhost/app", CWD);
        assertThat(url.engine()).isEqualTo(EngineKind.MARIADB);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost:3306/app");
        assertThat(DatabaseUrl.parse("mariadb://u:p@h:3307/d", CWD).jdbcUrl()).isEqualTo("jdbc:mariadb://h:3307/d");
    }

    @Test
    void h2FileAndMemory() {
        DatabaseUrl file = DatabaseUrl.parse("h2:./.schemactl/dev", CWD);
        assertThat(file.engine()).isEqualTo(EngineKind.H2);
        assertThat(file.filePath()).isEqualTo(Path.of("/work/project/.schemactl/dev"));
        assertThat(file.jdbcUrl()).isEqualTo("jdbc:h2:file:/work/project/.schemactl/dev");
        DatabaseUrl mem = DatabaseUrl.parse("h2:mem:scratch", CWD);
        assertThat(mem.isH2Memory()).isTrue();
        assertThat(mem.jdbcUrl()).startsWith("jdbc:h2:mem:scratch;");
    }

    @Test
    void sqliteFiles() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite:./data/app.db", CWD);
        assertThat(url.engine()).isEqualTo(EngineKind.SQLITE);
        assertThat(url.filePath()).isEqualTo(Path.of("/work/project/data/app.db"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/data/app.db");
        assertThat(url.database()).isEqualTo("/work/project/data/app.db");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.host()).isNull();
        assertThat(url.masked()).isEqualTo("sqlite:./data/app.db");
        assertThat(DatabaseUrl.parse("sqlite:///tmp/x.db", CWD).filePath()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(DatabaseUrl.parse("sqlite://./x.db", CWD).filePath()).isEqualTo(Path.of("/work/project/x.db"));
        assertThat(DatabaseUrl.parse("sqlite3:x.db", CWD).engine()).isEqualTo(EngineKind.SQLITE);
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:sqlite:./a.db?journal_mode=WAL", CWD);
        assertThat(jdbc.engine()).isEqualTo(EngineKind.SQLITE);
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/a.db?journal_mode=WAL");
        assertThat(jdbc.filePath()).isEqualTo(Path.of("/work/project/a.db"));
        assertThat(DatabaseUrl.parse("jdbc:sqlite:file:b.db", CWD).filePath()).isEqualTo(Path.of("/work/project/b.db"));
        assertThat(EngineKind.fromId("sqlite")).isEqualTo(EngineKind.SQLITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite:", "sqlite::memory:", "jdbc:sqlite::memory:", "jdbc:sqlite:file:x?mode=memory&cache=shared"})
    void sqliteWithoutAFileIsATypedError(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text, CWD))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_URL);
                    assertThat(e.hint()).contains("sqlite:./");
                });
    }

    @Test
    void jdbcUrlsKeepThePasswordOutOfTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h:5432/d?user=u&password=topsecret&ssl=false", CWD);
        assertThat(url.user()).isEqualTo("u");
        assertThat(url.password()).isEqualTo("topsecret");
        assertThat(url.jdbcUrl()).doesNotContain("topsecret").contains("ssl=false");
        assertThat(url.masked()).doesNotContain("topsecret").contains("password=****");
        assertThat(DatabaseUrl.parse("jdbc:mysql://h/d", CWD).engine()).isEqualTo(EngineKind.MARIADB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "foo://x/y", "postgres:///nohost", "postgres://host", "mysql://h:notaport/db",
            "jdbc:oracle:thin:@h:1521:x", "h2:mem:bad name"})
    void badUrlsAreTypedErrorsWithAHint(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text, CWD))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_URL);
                    assertThat(e.hint()).contains("postgres://");
                });
    }

    @Test
    void maskTextHidesPasswordsInFreeText() {
        assertThat(DatabaseUrl.maskText("failed: postgres://a:b3@h/d and jdbc:x?password=zz&u=1"))
                .isEqualTo("failed: postgres://a:****@h/d and jdbc:x?password=****&u=1");
    }

    @Test
    void maskTextIsLinearOnLongRunsOfLettersAndStillMasks() {
        String letters = "abcdefghij".repeat(100_000);
        long start = System.nanoTime();
        assertThat(DatabaseUrl.maskText(letters + " postgres://u:secret@h/d " + letters + "://x")).doesNotContain("secret");
        assertThat(System.nanoTime() - start).as("a megabyte of letters masks in well under a second").isLessThan(2_000_000_000L);
        assertThat(DatabaseUrl.maskText("x mysql://:pw@h/d y")).isEqualTo("x mysql://:****@h/d y");
        assertThat(DatabaseUrl.maskText("a://b:c/d@e")).isEqualTo("a://b:c/d@e");
    }

    @Test
    void urlLimitsAndPortsAreReportedPlainly() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@h:notaport/db", Path.of(".")))
                .hasMessageContaining("port 'notaport'").hasMessageContaining("invalid");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@h:70000/db", Path.of(".")))
                .hasMessageContaining("port '70000'");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@h/" + "d".repeat(5000), Path.of(".")))
                .hasMessageContaining("at most 4096");
        DatabaseUrl spaced = DatabaseUrl.parse("postgres://u@h/a%20b%22c", Path.of("."));
        assertThat(spaced.database()).isEqualTo("a b\"c");
        assertThat(spaced.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/a%20b%22c");
    }
}
