package dev.schemactl.config;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToTheEmbeddedH2Database() {
        Settings s = SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of());
        assertThat(s.url()).isEqualTo("h2:./.schemactl/dev");
        assertThat(s.urlSource()).isEqualTo("default");
        assertThat(s.migrationsDir()).isEqualTo(dir.toAbsolutePath().resolve("migrations"));
        assertThat(s.databaseUrl().filePath()).isEqualTo(dir.toAbsolutePath().resolve(".schemactl/dev"));
    }

    @Test
    void flagsBeatEnvironmentBeatDotEnvBeatProjectFile() throws IOException {
        Files.writeString(dir.resolve("schemactl.yaml"), "url: h2:./from-yaml\nmigrations_dir: db\n");
        assertThat(load(Map.of()).urlSource()).isEqualTo("schemactl.yaml");
        assertThat(load(Map.of()).migrationsDir()).isEqualTo(dir.toAbsolutePath().resolve("db"));

        Files.writeString(dir.resolve(".env"), "# comment\nexport DATABASE_URL=\"h2:./from-dotenv\"\n");
        assertThat(load(Map.of()).url()).isEqualTo("h2:./from-dotenv");

        assertThat(load(Map.of("DATABASE_URL", "h2:./from-env")).url()).isEqualTo("h2:./from-env");

        Settings flagged = SettingsLoader.load(dir, new SettingsLoader.Flags("h2:./from-flag", Path.of("m2"), null,
                Duration.ofSeconds(5), null), Map.of("DATABASE_URL", "h2:./from-env"));
        assertThat(flagged.url()).isEqualTo("h2:./from-flag");
        assertThat(flagged.urlSource()).isEqualTo("--url");
        assertThat(flagged.migrationsDir()).isEqualTo(dir.toAbsolutePath().resolve("m2"));
        assertThat(flagged.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theTrackingTableIsNamedByFlagThenEnvironmentThenDotEnvThenProjectFile() throws IOException {
        assertThat(load(Map.of()).databaseUrl().trackingTable()).isEqualTo("schema_migrations");
        Files.writeString(dir.resolve("schemactl.yaml"), "migrations_table: from_yaml\n");
        assertThat(load(Map.of()).databaseUrl().trackingTable()).isEqualTo("from_yaml");
        Files.writeString(dir.resolve(".env"), "SCHEMACTL_MIGRATIONS_TABLE=from_dotenv\n");
        assertThat(load(Map.of()).databaseUrl().trackingTable()).isEqualTo("from_dotenv");
        assertThat(load(Map.of("SCHEMACTL_MIGRATIONS_TABLE", "from_env")).databaseUrl().trackingTable()).isEqualTo("from_env");
        Settings flagged = SettingsLoader.load(dir, new SettingsLoader.Flags(null, null, null, null, null, "from_flag"),
                Map.of("SCHEMACTL_MIGRATIONS_TABLE", "from_env"));
        assertThat(flagged.databaseUrl().trackingTable()).isEqualTo("from_flag");
        assertThat(flagged.parseUrl("postgres://app@db:5432/shop").trackingTable()).isEqualTo("from_flag");
        assertThat(flagged.withUrl("postgres://app@db:5432/other", "fleet").databaseUrl().trackingTable()).isEqualTo("from_flag");

        assertThatThrownBy(() -> load(Map.of("SCHEMACTL_MIGRATIONS_TABLE", "Bad-Name")))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("invalid migrations table name 'Bad-Name'");
    }

    @Test
    void projectFileReadsModelsAndRenames() throws IOException {
        Files.writeString(dir.resolve("schemactl.yaml"), """
                models:
                  classpath: [examples/shop/target/classes]
                  packages:
                    - dev.schemactl.examples.shop
                  build: mvn -q -pl examples/shop compile
                renames:
                  columns:
                    customers.name: full_name
                  tables:
                    client: customers
                policy: policies/default.yaml
                """);
        Settings s = load(Map.of());
        assertThat(s.models().classpath()).containsExactly("examples/shop/target/classes");
        assertThat(s.models().packages()).containsExactly("dev.schemactl.examples.shop");
        assertThat(s.models().build()).isEqualTo("mvn -q -pl examples/shop compile");
        assertThat(s.renames().columns()).containsEntry("customers.name", "full_name");
        assertThat(s.renames().tables()).containsEntry("client", "customers");
        assertThat(s.policy()).isEqualTo(dir.toAbsolutePath().resolve("policies/default.yaml"));
    }

    @Test
    void unknownKeysAreErrorsNamingTheKeyAndLine() throws IOException {
        Files.writeString(dir.resolve("schemactl.yaml"), "url: h2:./x\nmodels:\n  packages: [a]\n  pakages: [b]\n");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SchemactlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.getMessage()).contains("line 4").contains("models.pakages");
                });
        Files.writeString(dir.resolve("schemactl.yaml"), "urll: h2:./x\n");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("line 1").hasMessageContaining("'urll'");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Files.writeString(dir.resolve("schemactl.yaml"), "url: h2:./x\nmodels: [unclosed\n");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("line");
    }

    @Test
    void namingAndExcludePatterns() throws IOException {
        Files.writeString(dir.resolve("schemactl.yaml"), "models:\n  naming: spring\nexclude: [\"audit_*\", \"*.legacy_col\"]\n");
        Settings preset = SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of());
        assertThat(preset.models().naming()).isEqualTo(new Settings.Naming("spring", null, null));
        assertThat(preset.exclude()).containsExactly("audit_*", "*.legacy_col");

        Files.writeString(dir.resolve("schemactl.yaml"), "models:\n  naming:\n    physical: com.example.P\n    implicit: com.example.I\n");
        assertThat(SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of()).models().naming())
                .isEqualTo(new Settings.Naming(null, "com.example.P", "com.example.I"));
        assertThat(SettingsLoader.load(dir.resolve("nowhere"), SettingsLoader.Flags.NONE, Map.of()).models().naming().auto()).isTrue();

        Files.writeString(dir.resolve("schemactl.yaml"), "models:\n  naming: snake\n");
        assertThatThrownBy(() -> SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of()))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("models.naming: unknown value 'snake'");
        Files.writeString(dir.resolve("schemactl.yaml"), "models:\n  naming:\n    physcal: com.example.P\n");
        assertThatThrownBy(() -> SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of()))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("line 3: unknown key 'models.naming.physcal'");
        assertThatThrownBy(() -> new dev.schemactl.diff.ExcludePatterns(java.util.List.of("a.b.c")))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("invalid exclude pattern 'a.b.c'");
    }

    @Test
    void durations() {
        assertThat(SettingsLoader.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(SettingsLoader.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(SettingsLoader.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> SettingsLoader.parseDuration("soon")).isInstanceOf(SchemactlException.class);
    }

    private Settings load(Map<String, String> env) {
        return SettingsLoader.load(dir, SettingsLoader.Flags.NONE, env);
    }

    @Test
    void directUrlAndReplicasPairWithTheConfiguredUrlOnly() throws Exception {
        Files.writeString(dir.resolve("schemactl.yaml"), """
                url: postgres://app@pgbouncer:6432/shop
                direct_url: postgres://app@db:5432/shop
                replicas: [mysql://app@replica-1:3306/shop]
                """);
        Settings yaml = SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of());
        assertThat(yaml.directUrl()).isEqualTo("postgres://app@db:5432/shop");
        assertThat(yaml.replicas()).containsExactly("mysql://app@replica-1:3306/shop");
        Files.writeString(dir.resolve(".env"), "SCHEMACTL_DIRECT_URL=postgres://app@db-dotenv:5432/shop\n");
        assertThat(SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of()).directUrl()).isEqualTo("postgres://app@db-dotenv:5432/shop");
        assertThat(SettingsLoader.load(dir, SettingsLoader.Flags.NONE, Map.of("SCHEMACTL_DIRECT_URL", "postgres://app@db-env:5432/shop"))
                .directUrl()).isEqualTo("postgres://app@db-env:5432/shop");
        // --url names another database: the configured direct URL and replicas are not its own
        Settings flagged = SettingsLoader.load(dir, new SettingsLoader.Flags("postgres://app@other:5432/x", null, null, null, null),
                Map.of("SCHEMACTL_DIRECT_URL", "postgres://app@db-env:5432/shop"));
        assertThat(flagged.directUrl()).isNull();
        assertThat(flagged.replicas()).isEmpty();
        assertThat(yaml.withUrl("postgres://app@tenant:5432/t", "targets t").directUrl()).isNull();
    }
}
