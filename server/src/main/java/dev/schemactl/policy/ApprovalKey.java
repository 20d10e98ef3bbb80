package dev.schemactl.policy;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The secret that signs local-mode approval tokens (HMAC-SHA256), at least 32 bytes, from the key file
 * {@code $XDG_CONFIG_HOME/schemactl/approval.key}, else {@code ~/.config/schemactl/approval.key}. The first
 * {@code schemactl approve} creates the file with 32 random bytes (base64), mode 0600 in a 0700 directory; a key file
 * others can read is refused.
 *
 * <p>{@code SCHEMACTL_APPROVAL_KEY} and {@code SCHEMACTL_APPROVAL_KEY_FILE} are refused when set (issue 9): whoever
 * sets the environment picks the key, so an agent could sign its own token. The key file is readable by the
 * developer's user, hence by an agent running as that user: this HMAC scheme guards against accidents and MCP-only
 * agents, not against an agent with a shell. SSH-signed approvals (allowed_signers) or protected mode do.
 */
public final class ApprovalKey {
    public static final String ENV = "SCHEMACTL_APPROVAL_KEY";
    public static final String FILE_ENV = "SCHEMACTL_APPROVAL_KEY_FILE";
    public static final int MIN_BYTES = 32;

    private final byte[] secret;
    private final String source;

    private ApprovalKey(byte[] secret, String source) {
        this.secret = secret.clone();
        this.source = source;
    }

    /** A key from bytes (tests, or a caller with its own key store). */
    public static ApprovalKey of(byte[] secret, String source) {
        if (secret.length < MIN_BYTES) {
            throw new SchemactlException(ErrorCode.CONFIG, "the approval key from " + source + " is too short ("
                    + secret.length + " bytes; at least " + MIN_BYTES + " are needed)", GENERATE_HINT);
        }
        return new ApprovalKey(secret, source);
    }

    /** The key that verifies tokens: the environment's or the key file's; never creates one. */
    public static ApprovalKey load(Map<String, String> env) {
        ApprovalKey fromEnv = fromEnvironment(env);
        if (fromEnv != null) return fromEnv;
        Path file = file(env);
        if (!Files.exists(file)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "no approval key: " + file
                    + " does not exist, so no approval token can be verified",
                    "a human creates the key with the first `schemactl approve`");
        }
        return read(file);
    }

    /** The key that signs tokens: like {@link #load}, but creates the key file when there is none. */
    public static ApprovalKey loadOrCreate(Map<String, String> env) {
        ApprovalKey fromEnv = fromEnvironment(env);
        if (fromEnv != null) return fromEnv;
        Path file = file(env);
        if (!Files.exists(file)) create(file);
        return read(file);
    }

    /** Where the key file lives for this environment. */
    public static Path file(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return config.resolve("schemactl").resolve("approval.key").toAbsolutePath();
    }

    /** HMAC-SHA256 of the bytes. */
    public byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The key file's path (or what a test named it). */
    public String source() {
        return source;
    }

    private static final String GENERATE_HINT = "delete the key file and let `schemactl approve` create a new one";

    /** Refuses the removed variables that let the environment choose the key. */
    private static ApprovalKey fromEnvironment(Map<String, String> env) {
        for (String name : new String[]{ENV, FILE_ENV}) {
            String text = env.get(name);
            if (text != null && !text.isBlank()) {
                throw new SchemactlException(ErrorCode.CONFIG, name + " is set, but schemactl no longer takes the approval key "
                        + "from the environment: whoever sets it could sign their own approval token",
                        "unset " + name + "; `schemactl approve` keeps its key in ~/.config/schemactl/approval.key "
                                + "(or configure allowed_signers for SSH-signed approvals)");
            }
        }
        return null;
    }

    private static byte[] base64(String text) {
        String compact = text.replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(compact);
            } catch (IllegalArgumentException e2) {
                return null;
            }
        }
    }

    private static ApprovalKey read(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                        || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    throw new SchemactlException(ErrorCode.CONFIG, "the approval key file " + file + " is accessible by other users ("
                            + PosixFilePermissions.toString(perms) + ")", "run `chmod 600 " + file + "`");
                }
            }
            byte[] decoded = base64(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (decoded == null) {
                throw new SchemactlException(ErrorCode.CONFIG, "the approval key file " + file + " is not base64",
                        "delete it and run `schemactl approve` to create a new one (tokens signed with the old key stop working)");
            }
            return of(decoded, file.toString());
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read the approval key file " + file + ": " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    /** Writes 32 random bytes to a private temp file, then links it into place (atomic; a concurrent creator wins). */
    private static void create(Path file) {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        byte[] content = (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(secret, (byte) 0);
        Path dir = file.getParent();
        Path tmp = null;
        try {
            boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView("posix");
            if (!Files.isDirectory(dir)) {
                if (posix) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                else Files.createDirectories(dir);
            }
            tmp = posix ? Files.createTempFile(dir, ".approval", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, ".approval", ".tmp");
            Files.write(tmp, content);
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                // another process created it first; use theirs
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file);
                tmp = null;
            }
        } catch (FileAlreadyExistsException e) {
            // created concurrently
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot create the approval key file " + file + ": " + e.getMessage(),
                    "check that the directory (or XDG_CONFIG_HOME) is writable");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temp file holds only a key that was never used
                }
            }
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p == null ? Path.of("/") : p;
    }
}
