package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A scratch database of the same engine: H2 in memory, a SQLite file in a temporary directory, or a
 * temporary database on the same PostgreSQL/MariaDB server (or the --shadow-url given, which is used as is
 * and never dropped). Close drops what was created.
 */
public final class ShadowDatabase implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DatabaseUrl url;
    private final boolean owned;
    private final Path tempDir;

    private ShadowDatabase(DatabaseUrl url, boolean owned) {
        this(url, owned, null);
    }

    private ShadowDatabase(DatabaseUrl url, boolean owned, Path tempDir) {
        this.url = url;
        this.owned = owned;
        this.tempDir = tempDir;
    }

    public static ShadowDatabase create(DatabaseUrl like, DatabaseUrl explicitShadow) {
        if (explicitShadow != null) {
            if (explicitShadow.engine() != like.engine()) {
                throw new SchemactlException(ErrorCode.USAGE, "the shadow database " + explicitShadow.masked() + " is "
                        + explicitShadow.engine().id() + ", but the target is " + like.engine().id(),
                        "give a --shadow-url of the same engine");
            }
            return new ShadowDatabase(explicitShadow, false);
        }
        String name = "schemactl_shadow_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        if (like.engine() == EngineKind.H2) {
            return new ShadowDatabase(DatabaseUrl.parse("h2:mem:" + name, java.nio.file.Path.of("."))
                    .withSchemas(like.schemas()).withTrackingTable(like.trackingTable()), true);
        }
        if (like.engine() == EngineKind.SQLITE) {
            Path dir;
            try {
                dir = Files.createTempDirectory("schemactl-shadow-");
            } catch (IOException e) {
                throw new SchemactlException(ErrorCode.INTERNAL, "cannot create a temporary directory for the shadow database: "
                        + e.getMessage(), "check the temporary directory (java.io.tmpdir) is writable", e);
            }
            DatabaseUrl file = DatabaseUrl.parse("sqlite:" + dir.resolve(name + ".db"), dir).withTrackingTable(like.trackingTable());
            Engines.of(EngineKind.SQLITE).admin().create(file);
            return new ShadowDatabase(file, true, dir);
        }
        DatabaseUrl shadow = like.withDatabase(name);
        Engines.of(like.engine()).admin().createLike(shadow, like);
        return new ShadowDatabase(shadow, true);
    }

    public DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        if (!owned) return;
        try {
            Engines.of(url.engine()).admin().dropScratch(url);
            if (tempDir != null) deleteTempDir();
        } catch (RuntimeException | IOException e) {
            org.slf4j.LoggerFactory.getLogger(ShadowDatabase.class)
                    .warn("could not drop the shadow database {}: {}", url.masked(), e.getMessage());
        }
    }

    /**
     * The shadow's own temporary directory with what is left in it: the admin's drop keeps the migration lock file
     * beside the database ({@link FileLockGuard}; another process may hold it on a real database), but nobody else
     * knows this directory.
     */
    private void deleteTempDir() throws IOException {
        try (var files = Files.list(tempDir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(tempDir);
    }
}
