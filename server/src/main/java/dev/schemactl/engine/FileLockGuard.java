package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An OS file lock beside an embedded database file ({@code <file>.schemactl.lock}; H2, SQLite): the kernel
 * drops it when the holder dies, even by kill -9, so it never goes stale. Within one JVM a second handle
 * waits like any other holder.
 */
public final class FileLockGuard implements MigrationLock {
    private final FileChannel channel;
    private final FileLock lock;

    private FileLockGuard(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits (with backoff) until the lock beside {@code url.filePath()} is free, up to {@code timeout}. */
    public static FileLockGuard acquire(DatabaseUrl url, Duration timeout) {
        Path lockFile = Path.of(url.filePath() + ".schemactl.lock");
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 50;
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by this very JVM (another handle); wait like any other holder
                }
                if (lock != null) return new FileLockGuard(channel, lock);
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new SchemactlException(ErrorCode.LOCK_TIMEOUT, "another schemactl process is using " + url.masked()
                            + " (waited " + timeout.toSeconds() + " s)", "wait for it to finish, or raise --lock-timeout");
                }
                Thread.sleep(sleep);
                sleep = Math.min(sleep * 2, 500);
            }
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.INTERNAL, "cannot lock " + lockFile + ": " + e.getMessage(),
                    "check permissions on the directory", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.LOCK_TIMEOUT, "interrupted while waiting for " + lockFile, "try again");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the channel closing releases the lock regardless
        }
    }
}
