package dev.schemactl.protect;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {
    static final String TOKEN = "agent-token-0123456789abcdef";

    @TempDir
    Path dir;

    private Path write(String yaml, String mode) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path signers = dir.resolve("allowed_signers");
        Files.writeString(signers, "");
        Files.setPosixFilePermissions(signers, PosixFilePermissions.fromString("rw-r--r--"));
        Path file = dir.resolve("server.yaml");
        Files.writeString(file, yaml);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static String yaml(String extraTarget) {
        return """
                agents:
                  - name: alice-agent
                    token_sha256: %s
                targets:
                  staging:
                    url: postgres://app:s3cret@db:5432/shop_staging
                    project: /srv/shop
                    allowed_signers: allowed_signers
                  prod:
                    url: postgres://app:an0ther@db:5432/shop
                    project: /srv/shop
                    allowed_signers: allowed_signers
                    environment: production
                    diff_urls: {reference: "postgres://ro:pw@db:5432/reference"}
                %s""".formatted(AgentToken.hash(TOKEN), extraTarget);
    }

    @Test
    void readsTargetsAndTokenHashes() throws Exception {
        List<String> warnings = new ArrayList<>();
        ServerConfig config = ServerConfig.load(write(yaml(""), "rw-------"), warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(config.targets().keySet()).containsExactly("prod", "staging");
        assertThat(config.agent(TOKEN).name()).isEqualTo("alice-agent");
        assertThat(config.agent(TOKEN + "x")).isNull();
        assertThat(config.agent("")).isNull();
        ServerTarget prod = config.target("prod");
        assertThat(prod.migrationsDir()).isEqualTo(Path.of("/srv/shop/migrations"));
        assertThat(prod.allowedSigners()).isEqualTo(dir.resolve("allowed_signers"));
        assertThat(prod.settings().environment()).isEqualTo("production");
        assertThat(prod.settings().policy()).isNull();
        assertThat(prod.elicitation()).isFalse();
        assertThat(prod.diffUrl("reference")).contains("postgres://ro:pw@db:5432/reference");
        assertThat(prod.diffUrl("postgres://ro:****@db:5432/reference")).contains("postgres://ro:pw@db:5432/reference");
        assertThat(prod.diffUrl("postgres://postgres@db:5432/reference")).isEmpty();
        assertThat(prod.diffUrl("postgres://app:an0ther@db:5432/shop")).isEmpty();
    }

    @Test
    void aTargetMayNameItsTrackingTable() throws Exception {
        String text = yaml("").replace("    environment: production\n",
                "    environment: production\n    migrations_table: schemactl_migrations\n");
        ServerConfig config = ServerConfig.load(write(text, "rw-------"), w -> { });
        assertThat(config.target("prod").databaseUrl().trackingTable()).isEqualTo("schemactl_migrations");
        assertThat(config.target("prod").settings().databaseUrl().trackingTable()).isEqualTo("schemactl_migrations");
        assertThat(config.target("staging").databaseUrl().trackingTable()).isEqualTo("schema_migrations");

        String bad = yaml("").replace("    environment: production\n", "    environment: production\n    migrations_table: \"x y\"\n");
        assertThatThrownBy(() -> ServerConfig.load(write(bad, "rw-------"), w -> { }))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("invalid migrations table name");
    }

    @Test
    void namingATargetIsRequiredWhenThereAreSeveral() throws Exception {
        ServerConfig config = ServerConfig.load(write(yaml(""), "rw-------"), w -> { });
        assertThatThrownBy(() -> config.target(null)).isInstanceOf(SchemactlException.class)
                .hasMessageContaining("several targets (prod, staging)");
        assertThatThrownBy(() -> config.target("../prod")).isInstanceOf(SchemactlException.class)
                .extracting(e -> ((SchemactlException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void refusesAConfigOthersMayWriteAndWarnsWhenOthersMayReadIt() throws Exception {
        assertThatThrownBy(() -> ServerConfig.load(write(yaml(""), "rw-rw----"), w -> { }))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("may be written by its group or by others");
        assertThatThrownBy(() -> ServerConfig.load(write(yaml(""), "rw-r--rw-"), w -> { }))
                .hasMessageContaining("may be written by its group or by others");
        List<String> warnings = new ArrayList<>();
        ServerConfig.load(write(yaml(""), "rw-r--r--"), warnings::add);
        assertThat(warnings).singleElement().asString().contains("may be read by its group or by others");
    }

    @Test
    void refusesAWritableFolderAndWritableSigners() throws Exception {
        Path file = write(yaml(""), "rw-------");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> ServerConfig.load(file, w -> { })).hasMessageContaining("the folder " + dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(dir.resolve("allowed_signers"), PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThatThrownBy(() -> ServerConfig.load(file, w -> { })).hasMessageContaining("the allowed_signers of target");
    }

    @Test
    void unknownKeysBadHashesAndElicitationAreRefused() throws Exception {
        assertThatThrownBy(() -> ServerConfig.load(write(yaml("    policy_override: allow.yaml\n"), "rw-------"), w -> { }))
                .hasMessageContaining("unknown key 'targets.prod.policy_override'");
        assertThatThrownBy(() -> ServerConfig.load(write(yaml("").replace(AgentToken.hash(TOKEN), TOKEN), "rw-------"), w -> { }))
                .hasMessageContaining("token_sha256 must be 64 hex digits");
        assertThatThrownBy(() -> ServerConfig.load(write(yaml("    elicitation: true\n"), "rw-------"), w -> { }))
                .hasMessageContaining("elicitation: true is not supported in protected mode");
        SchemactlException e = (SchemactlException) org.junit.jupiter.api.Assertions.assertThrows(SchemactlException.class,
                () -> ServerConfig.load(write(yaml("").replace("    url: postgres://app:an0ther@db:5432/shop\n", ""), "rw-------"), w -> { }));
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains("targets.prod needs 'url'").doesNotContain("s3cret");
    }
}
