package dev.schemactl.engine.sqlite;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A SQLite database is a file: it exists when the file does; creating it creates the (empty) file, which
 * SQLite opens as an empty database; dropping it deletes the file with its -wal, -shm and -journal companions.
 * The migration lock file beside it ({@code .schemactl.lock}) is left alone: another process may hold it.
 */
final class SqliteAdmin implements DatabaseAdmin {
    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    @Override
    public boolean exists(DatabaseUrl url) {
        return Files.isRegularFile(url.filePath());
    }

    @Override
    public boolean create(DatabaseUrl url) {
        Path file = url.filePath();
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.createFile(file); // atomic: of several concurrent creators exactly one wins
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.INTERNAL, "cannot create " + file + ": " + e.getMessage(),
                    "check that the directory is writable", e);
        }
    }

    @Override
    public boolean drop(DatabaseUrl url) {
        Path file = url.filePath();
        try {
            boolean existed = Files.deleteIfExists(file);
            for (String suffix : COMPANIONS) Files.deleteIfExists(Path.of(file + suffix));
            return existed;
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.INTERNAL, "cannot delete " + file + ": " + e.getMessage(),
                    "check that no other process has it open and that the directory is writable", e);
        }
    }
}
