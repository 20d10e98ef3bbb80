package dev.schemactl.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.schemactl.config.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A SQLite shadow, used as `new` uses it (locked, written), leaves nothing behind and warns about nothing. */
class ShadowDatabaseSqliteTest {

    @Test
    void closeRemovesTheTemporaryDirectoryWithTheLockFileAndDoesNotWarn() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ShadowDatabase.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        Path dir;
        try {
            DatabaseUrl like = DatabaseUrl.parse("sqlite:" + Files.createTempFile("schemactl-like", ".db"), Path.of("."));
            try (ShadowDatabase shadow = ShadowDatabase.create(like, null)) {
                dir = shadow.url().filePath().getParent();
                try (FileLockGuard lock = FileLockGuard.acquire(shadow.url(), Duration.ofSeconds(5));
                     var c = DriverManager.getConnection(Engines.of(EngineKind.SQLITE).connectUrl(shadow.url()));
                     var st = c.createStatement()) {
                    st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
                    st.execute("INSERT INTO t VALUES (1, 'x')");
                }
                assertTrue(Files.isDirectory(dir));
            }
        } finally {
            logger.detachAppender(appender);
        }
        assertFalse(Files.exists(dir), "left behind: " + dir);
        assertEquals(0, appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).count(),
                () -> appender.list.toString());
    }
}
