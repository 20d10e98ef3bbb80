package dev.schemactl.testing;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.EngineKind;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A freshly created, uniquely named database for one test (class), dropped on close.
 * Servers come from SCHEMACTL_TEST_POSTGRES_URL / SCHEMACTL_TEST_MARIADB_URL (default: the local
 * services); when unreachable, Testcontainers if Docker is present; with CI=true an unreachable
 * server fails the test instead of skipping it.
 */
public final class TestDatabase implements AutoCloseable {
    private static final Map<EngineKind, String> SERVERS = new ConcurrentHashMap<>();

    private final DatabaseUrl url;
    private final String urlText;
    private final Path tempDir;

    private TestDatabase(String urlText, DatabaseUrl url, Path tempDir) {
        this.urlText = urlText;
        this.url = url;
        this.tempDir = tempDir;
    }

    /** A new empty database of the given engine. H2 and SQLite are files in a temp directory. */
    public static TestDatabase create(EngineKind kind) {
        String name = "sct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            if (kind == EngineKind.SQLITE) {
                Path dir = Files.createTempDirectory("schemactl-sqlite-");
                String text = "sqlite:" + dir.resolve(name + ".db");
                DatabaseUrl sqlite = DatabaseUrl.parse(text, dir);
                try (Connection ignored = DriverManager.getConnection(sqlite.jdbcUrl())) {
                    // opening a SQLite file creates it, like CREATE DATABASE on a server
                }
                return new TestDatabase(text, sqlite, dir);
            }
            if (kind == EngineKind.H2) {
                Path dir = Files.createTempDirectory("schemactl-h2-");
                String text = "h2:" + dir.resolve(name);
                DatabaseUrl h2 = DatabaseUrl.parse(text, dir);
                try (Connection ignored = DriverManager.getConnection(h2.jdbcUrl(), h2.user(), "")) {
                    // opening an H2 file database creates it, like CREATE DATABASE on a server
                }
                return new TestDatabase(text, h2, dir);
            }
            String server = server(kind);
            DatabaseUrl serverUrl = DatabaseUrl.parse(server, Path.of("."));
            DatabaseUrl target = serverUrl.withDatabase(name);
            try (Connection c = DriverManager.getConnection(serverUrl.jdbcUrl(), serverUrl.user(), serverUrl.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
                // a test database is thrown away, never recovered after a crash: its commits need not wait for the WAL
                // flush (visibility to other sessions is the same; the corpus tests commit thousands of small DDL steps)
                if (kind == EngineKind.POSTGRESQL) st.execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
            }
            return new TestDatabase(target.original(), target, null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test database on " + kind + ": " + e.getMessage(), e);
        }
    }

    /** A database name on the same server that does not exist (for create/drop tests). */
    public static String uniqueName() {
        return "sct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The server URL (pointing at a maintenance database) for an engine; skips or fails when unavailable. */
    public static String server(EngineKind kind) {
        return SERVERS.computeIfAbsent(kind, TestDatabase::locateServer);
    }

    private static String locateServer(EngineKind kind) {
        String env = kind == EngineKind.POSTGRESQL ? "SCHEMACTL_TEST_POSTGRES_URL" : "SCHEMACTL_TEST_MARIADB_URL";
        String configured = System.getenv(env);
        String url = configured != null && !configured.isBlank() ? configured
                : kind == EngineKind.POSTGRESQL ? "postgres://postgres@127.0.0.1:5432/postgres" : "mysql://root@127.0.0.1:3306/mysql";
        if (reachable(url)) return url;
        if (dockerAvailable()) return startContainer(kind);
        String message = kind + " is not reachable at " + DatabaseUrl.maskText(url) + " and Docker is not available";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: an unreachable database fails the build)");
        }
        Assumptions.abort(message);
        return null;
    }

    private static boolean reachable(String url) {
        DatabaseUrl parsed = DatabaseUrl.parse(url, Path.of("."));
        try (Connection ignored = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user(), parsed.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static String startContainer(EngineKind kind) {
        JdbcDatabaseContainer<?> container = kind == EngineKind.POSTGRESQL
                ? new PostgreSQLContainer<>("postgres:15") : new MariaDBContainer<>("mariadb:10.11");
        container.start();
        String scheme = kind == EngineKind.POSTGRESQL ? "postgres://" : "mysql://";
        String db = kind == EngineKind.POSTGRESQL ? "postgres" : "mysql";
        String user = kind == EngineKind.POSTGRESQL ? container.getUsername() : "root";
        return scheme + user + ":" + container.getPassword() + "@" + container.getHost() + ":"
                + container.getFirstMappedPort() + "/" + db;
    }

    /** The URL text as a user would pass it (--url / DATABASE_URL). */
    public String urlText() {
        return urlText;
    }

    public DatabaseUrl url() {
        return url;
    }

    public EngineKind engine() {
        return url.engine();
    }

    /** A plain JDBC connection for test assertions (not through schemactl). */
    public Connection connect() throws SQLException {
        if (url.engine() == EngineKind.SQLITE) return DriverManager.getConnection(url.jdbcUrl());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password() == null ? "" : url.password());
            } catch (SQLException e) {
                // an H2 file admits one process: a schemactl server holding it lets go after a quiet moment, so wait
                // as a second process must (the server's pool idle time, see McpProject)
                if (url.engine() != EngineKind.H2 || e.getErrorCode() != 90020 || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            if (url.engine() == EngineKind.H2 || url.engine() == EngineKind.SQLITE) {
                if (tempDir != null) {
                    try (var files = Files.walk(tempDir)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
                return;
            }
            DatabaseUrl serverUrl = DatabaseUrl.parse(server(url.engine()), Path.of("."));
            try (Connection c = DriverManager.getConnection(serverUrl.jdbcUrl(), serverUrl.user(), serverUrl.password());
                 Statement st = c.createStatement()) {
                st.execute(url.engine() == EngineKind.POSTGRESQL
                        ? "DROP DATABASE IF EXISTS " + url.database() + " WITH (FORCE)"
                        : "DROP DATABASE IF EXISTS " + url.database());
            }
        } catch (Exception e) {
            System.err.println("warning: could not drop test database " + url.masked() + ": " + e.getMessage());
        }
    }
}
