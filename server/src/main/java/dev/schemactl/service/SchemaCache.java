package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Schemas that are expensive to build, kept for as long as what they depend on is unchanged, for a long-running
 * process (the MCP server; a CLI run makes each at most once anyway):
 * <ul>
 * <li>the live schema, keyed by the database and its {@link dev.schemactl.engine.SchemaFingerprint} (one cheap
 *     catalog query per call);</li>
 * <li>the schema the applied migrations produce on a shadow (drift), keyed by the engine, server version and the
 *     digest of those files' names and content;</li>
 * <li>the desired schema from entity classes, keyed by engine, server version, packages and a digest of every
 *     class file's path, size and modification time.</li>
 * </ul>
 * Keys hold everything the value depends on, so a hit is always right; a miss recomputes. Least recently used
 * entries go first.
 *
 * <p>The live schema is kept only by a long-running process ({@link #keepLiveSchemas()}, which the MCP server calls):
 * a one-shot CLI run would pay two fingerprints on top of the inspection it needs anyway, and on MariaDB a fingerprint
 * reads information_schema as inspection does (about a fifth of an inspection's time at 1,000 tables, so the CLI's
 * {@code diff} spent 45% of its database time on fingerprints it never used).
 */
public final class SchemaCache {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaCache.class);
    static final SchemaCache SHARED = new SchemaCache(64, false);

    private final Map<String, Schema> entries;
    private volatile boolean keepsLive;

    /** From now on, {@link #SHARED} keeps live schemas: this process serves many requests. */
    public static void keepLiveSchemas() {
        SHARED.keepsLive = true;
    }

    SchemaCache(int capacity, boolean keepsLive) {
        this.keepsLive = keepsLive;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Schema> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The live schema; inspected again only when the fingerprint changed (or the engine has none, or this is a one-shot run). */
    Schema live(DatabaseHandle db, Supplier<Schema> inspect) {
        if (!keepsLive) return inspect.get();
        String before = fingerprint(db);
        if (before == null) return inspect.get();
        String key = "live|" + db.url().jdbcUrl() + "|" + db.url().user() + "|" + db.url().inspectedSchemas() + "|" + before;
        Schema hit = get(key);
        if (hit != null) return hit;
        Schema schema = inspect.get();
        // cache only what was read while the schema stood still: a change in between must not hide behind an old key
        if (before.equals(fingerprint(db))) put(key, schema);
        return schema;
    }

    /** What the applied migrations produce (drift's expected schema). */
    Schema replayed(DatabaseHandle live, List<MigrationFile> applied, String shadowUrl, Supplier<Schema> replay) {
        StringBuilder key = new StringBuilder("replay|").append(live.engine().kind().id()).append('|')
                .append(serverVersion(live)).append('|').append(shadowUrl).append('|');
        MessageDigest digest = sha256();
        for (MigrationFile f : applied) {
            digest.update(f.fileName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.content().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        key.append(HexFormat.of().formatHex(digest.digest()));
        return computeIfAbsent(key.toString(), replay);
    }

    /** The desired schema from entity classes. */
    Schema models(EngineKind engine, List<Path> classpath, List<String> packages, String serverVersion, String mapping,
                  Supplier<Schema> read) {
        String classes = classpathDigest(classpath);
        if (classes == null) return read.get();
        String key = "models|" + engine.id() + "|" + serverVersion + "|" + String.join(",", packages) + "|" + mapping + "|" + classes;
        return computeIfAbsent(key, read);
    }

    private Schema computeIfAbsent(String key, Supplier<Schema> compute) {
        Schema hit = get(key);
        if (hit != null) return hit;
        Schema value = compute.get();
        put(key, value);
        return value;
    }

    private synchronized Schema get(String key) {
        return entries.get(key);
    }

    private synchronized void put(String key, Schema value) {
        entries.put(key, value);
    }

    synchronized void clear() {
        entries.clear();
    }

    private static String fingerprint(DatabaseHandle db) {
        try (Connection c = db.connection()) {
            return db.engine().schemaFingerprint().of(c, db.url().inspectedSchemas());
        } catch (SQLException | RuntimeException e) {
            LOG.debug("no schema fingerprint: {}", e.getMessage());
            return null;
        }
    }

    private static String serverVersion(DatabaseHandle db) {
        try (Connection c = db.connection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "?";
        }
    }

    /** Path, size and modification time of every file under the classpath entries; null when one cannot be read. */
    private static String classpathDigest(List<Path> classpath) {
        MessageDigest digest = sha256();
        try {
            for (Path entry : classpath) {
                digest.update(entry.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
                if (!Files.exists(entry)) {
                    digest.update((byte) 1);
                    continue;
                }
                List<Path> files;
                try (Stream<Path> walk = Files.walk(entry)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((Files.size(f) + ":" + Files.getLastModifiedTime(f)).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
