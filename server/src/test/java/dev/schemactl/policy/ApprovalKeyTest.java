package dev.schemactl.policy;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApprovalKeyTest {
    @TempDir
    Path dir;

    private static final byte[] DATA = "payload".getBytes(StandardCharsets.UTF_8);

    @Test
    void keyFileLivesUnderXdgConfigHomeOrHome() {
        assertThat(ApprovalKey.file(Map.of("XDG_CONFIG_HOME", dir.toString())))
                .isEqualTo(dir.resolve("schemactl/approval.key"));
        assertThat(ApprovalKey.file(Map.of("HOME", dir.toString())))
                .isEqualTo(dir.resolve(".config/schemactl/approval.key"));
        // issue 9: SCHEMACTL_APPROVAL_KEY_FILE no longer picks the file (the agent could point it at its own key)
        assertThat(ApprovalKey.file(Map.of("XDG_CONFIG_HOME", dir.toString(), ApprovalKey.FILE_ENV, dir.resolve("k").toString())))
                .isEqualTo(dir.resolve("schemactl/approval.key"));
    }

    @Test
    void firstUseCreatesAPrivateKeyFileThatLaterLoadsReuse() throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        Path file = dir.resolve("schemactl/approval.key");
        SchemactlException none = catchThrowableOfType(SchemactlException.class, () -> ApprovalKey.load(env));
        assertThat(none).isNotNull();
        assertThat(none.code()).isEqualTo(ErrorCode.CONFIRMATION);
        assertThat(none.getMessage()).contains("no approval key").contains(file.toString());
        assertThat(file).doesNotExist();

        ApprovalKey created = ApprovalKey.loadOrCreate(env);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(created.source()).isEqualTo(file.toString());
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("approval.key");
        }

        assertThat(ApprovalKey.load(env).sign(DATA)).isEqualTo(created.sign(DATA));
        assertThat(ApprovalKey.loadOrCreate(env).sign(DATA)).isEqualTo(created.sign(DATA));
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        ApprovalKey.loadOrCreate(env);
        Path file = ApprovalKey.file(env);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        SchemactlException e = catchThrowableOfType(SchemactlException.class, () -> ApprovalKey.load(env));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains("accessible by other users");
        assertThat(e.hint()).isEqualTo("run `chmod 600 " + file + "`");
    }

    /**
     * Issue 9 (was environmentKeyIsBase64OrRawAndAtLeast32Bytes, which asserted the bypass): an agent that sets
     * SCHEMACTL_APPROVAL_KEY (or _FILE) picks the key and signs its own token. Both are now refused, for verifying and
     * for minting, and no key file is created.
     */
    @Test
    void anApprovalKeyFromTheEnvironmentIsRefused() {
        String raw = "correct horse battery staple, forty bytes!";
        for (String name : new String[]{ApprovalKey.ENV, ApprovalKey.FILE_ENV}) {
            for (java.util.function.Supplier<ApprovalKey> attempt : List.<java.util.function.Supplier<ApprovalKey>>of(
                    () -> ApprovalKey.load(Map.of(name, raw, "XDG_CONFIG_HOME", dir.toString())),
                    () -> ApprovalKey.loadOrCreate(Map.of(name, raw, "XDG_CONFIG_HOME", dir.toString())))) {
                SchemactlException e = catchThrowableOfType(SchemactlException.class, attempt::get);
                assertThat(e).as(name).isNotNull();
                assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                assertThat(e.getMessage()).isEqualTo(name + " is set, but schemactl no longer takes the approval key from the "
                        + "environment: whoever sets it could sign their own approval token");
                assertThat(e.hint()).startsWith("unset " + name);
            }
        }
        assertThat(dir.resolve("schemactl")).doesNotExist();
    }

    @Test
    void aKeyMustHaveAtLeast32Bytes() {
        SchemactlException shortKey = catchThrowableOfType(SchemactlException.class,
                () -> ApprovalKey.of("too-short".getBytes(StandardCharsets.UTF_8), "test"));
        assertThat(shortKey).isNotNull();
        assertThat(shortKey.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(shortKey.getMessage()).isEqualTo("the approval key from test is too short (9 bytes; at least 32 are needed)");
    }
}
