package dev.schemactl.protect;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The server's files must be its own: a file (or the folder holding it) that a group or everyone may write could be
 * replaced by an agent running as another user, so the server refuses to start. A secret others may read is a warning.
 */
final class FilePermissions {
    private FilePermissions() {
    }

    /**
     * Refuses a file that is not a regular file, or that group or others may write (also its folder); warns through
     * {@code warn} when {@code secret} and group or others may read it.
     */
    static void check(Path file, String what, boolean secret, Consumer<String> warn) {
        if (!Files.isRegularFile(file)) {
            throw new SchemactlException(ErrorCode.CONFIG, what + " " + file + " is not a readable file",
                    "create it, owned by the server's user");
        }
        Set<PosixFilePermission> perms = permissions(file);
        if (perms == null) return; // not a POSIX file system: nothing to check
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new SchemactlException(ErrorCode.CONFIG, what + " " + file + " may be written by its group or by others",
                    "chmod go-w " + file + " (only the server's user may change it)");
        }
        Path dir = file.toAbsolutePath().getParent();
        Set<PosixFilePermission> dirPerms = dir == null ? null : permissions(dir);
        if (dirPerms != null && (dirPerms.contains(PosixFilePermission.OTHERS_WRITE) || dirPerms.contains(PosixFilePermission.GROUP_WRITE))
                && !sticky(dir)) {
            throw new SchemactlException(ErrorCode.CONFIG, "the folder " + dir + " holding " + what
                    + " may be written by its group or by others (the file could be replaced)",
                    "chmod go-w " + dir + ", or keep the file in a folder only the server's user may change");
        }
        if (secret && (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ))) {
            warn.accept("warning: " + what + " " + file + " may be read by its group or by others; it holds credentials "
                    + "(chmod 600 " + file + ")");
        }
    }

    private static Set<PosixFilePermission> permissions(Path p) {
        try {
            return Files.getPosixFilePermissions(p);
        } catch (UnsupportedOperationException e) {
            return null;
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read the permissions of " + p + ": " + e.getMessage(),
                    "check that the server's user may read it");
        }
    }

    /** /tmp-like folders (sticky bit) do not let others replace a file they do not own. */
    private static boolean sticky(Path dir) {
        try {
            Object mode = Files.getAttribute(dir, "unix:mode");
            return mode instanceof Integer m && (m & 01000) != 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
