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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApprovalKeyTest {
    @TempDir
    Path dir;

    private static final byte[] DATA = "payload".getBytes(StandardCharsets.UTF_8);

    @Test
    void keyFileLivesUnderXdgConfigHomeOrHomeOrAnExplicitPath() {
        assertThat(ApprovalKey.file(Map.of("XDG_CONFIG_HOME", dir.toString())))
                .isEqualTo(dir.resolve("schemactl/approval.key"));
        assertThat(ApprovalKey.file(Map.of("HOME", dir.toString())))
                .isEqualTo(dir.resolve(".config/schemactl/approval.key"));
        assertThat(ApprovalKey.file(Map.of("XDG_CONFIG_HOME", "/elsewhere", ApprovalKey.FILE_ENV, dir.resolve("k").toString())))
                .isEqualTo(dir.resolve("k"));
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

    @Test
    void environmentKeyIsBase64OrRawAndAtLeast32Bytes() {
        byte[] secret = new byte[32];
        for (int i = 0; i < 32; i++) secret[i] = (byte) i;
        ApprovalKey b64 = ApprovalKey.load(Map.of(ApprovalKey.ENV, Base64.getEncoder().encodeToString(secret),
                "XDG_CONFIG_HOME", dir.toString()));
        assertThat(b64.sign(DATA)).isEqualTo(ApprovalKey.of(secret, "x").sign(DATA));
        assertThat(b64.source()).isEqualTo(ApprovalKey.ENV);

        String raw = "correct horse battery staple, forty bytes!";
        ApprovalKey rawKey = ApprovalKey.load(Map.of(ApprovalKey.ENV, raw));
        assertThat(rawKey.sign(DATA)).isEqualTo(ApprovalKey.of(raw.getBytes(StandardCharsets.UTF_8), "x").sign(DATA));
        assertThat(rawKey.sign(DATA)).isNotEqualTo(b64.sign(DATA));

        SchemactlException shortKey = catchThrowableOfType(SchemactlException.class,
                () -> ApprovalKey.load(Map.of(ApprovalKey.ENV, "too-short")));
        assertThat(shortKey).isNotNull();
        assertThat(shortKey.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(shortKey.getMessage()).isEqualTo("the approval key from SCHEMACTL_APPROVAL_KEY is too short (9 bytes; "
                + "at least 32 are needed)");
        // the environment's key wins; no file is created for it
        ApprovalKey.loadOrCreate(Map.of(ApprovalKey.ENV, raw, "XDG_CONFIG_HOME", dir.toString()));
        assertThat(dir.resolve("schemactl")).doesNotExist();
    }
}
