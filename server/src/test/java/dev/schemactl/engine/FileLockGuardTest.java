package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock beside an embedded database file: other holders are waited for; the holding thread itself is not. */
class FileLockGuardTest {
    @TempDir
    Path dir;

    @Test
    void theThreadThatHoldsTheLockIsToldAtOnceInsteadOfWaitingForItself() {
        DatabaseUrl url = DatabaseUrl.parse("h2:" + dir.resolve("app"), dir);
        try (FileLockGuard held = FileLockGuard.acquire(url, Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> FileLockGuard.acquire(url, Duration.ofSeconds(30)))
                    .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL))
                    .hasMessageContaining("already has");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
        try (FileLockGuard again = FileLockGuard.acquire(url, Duration.ofSeconds(1))) {
            assertThat(again).isNotNull(); // released by close
        }
    }

    @Test
    void anotherThreadWaitsForTheHolderAndThenGetsIt() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("h2:" + dir.resolve("app"), dir);
        FileLockGuard held = FileLockGuard.acquire(url, Duration.ofSeconds(1));
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
            try (FileLockGuard mine = FileLockGuard.acquire(url, Duration.ofSeconds(30))) {
                return true;
            }
        });
        Thread.sleep(300);
        assertThat(other).isNotDone();
        held.close();
        assertThat(other.get(20, TimeUnit.SECONDS)).isTrue();
    }
}
