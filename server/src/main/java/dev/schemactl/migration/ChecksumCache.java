package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Liquibase's checksums of the applied files, which `status` compares with the stored ones on every call. Computing
 * them starts Liquibase (a second on a cold JVM) and parses every file; a long-running server (MCP) asks for the same
 * ones again and again, and every CLI run would pay the start. Keyed by the engine, the files' paths and content, and
 * the checksum versions asked for: a hit is exactly what Liquibase computed for the same input. Kept in memory and in
 * the user's cache folder ({@code $XDG_CACHE_HOME/schemactl/checksums}, else {@code ~/.cache/...}), so a `status`
 * after `up` starts no Liquibase; a file that cannot be read or written is simply a miss.
 */
final class ChecksumCache {
    private static final int CAPACITY = 32;
    private static final Map<String, Map<String, String>> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > CAPACITY;
        }
    };
    private static final Path DIRECTORY = directory(System.getenv());

    private ChecksumCache() {
    }

    static Map<String, String> get(EngineKind engine, List<MigrationFile> files, Map<String, Integer> storedVersions,
                                   Supplier<Map<String, String>> compute) {
        String key = key(engine, files, storedVersions);
        synchronized (ENTRIES) {
            Map<String, String> hit = ENTRIES.get(key);
            if (hit != null) return hit;
        }
        Map<String, String> value = read(key);
        if (value == null) {
            value = Map.copyOf(compute.get());
            write(key, value);
        }
        synchronized (ENTRIES) {
            ENTRIES.put(key, value);
        }
        return value;
    }

    static Path directory(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "schemactl", "checksums");
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "schemactl", "checksums");
    }

    private static Map<String, String> read(String key) {
        if (DIRECTORY == null) return null;
        Path file = DIRECTORY.resolve(key + ".properties");
        if (!Files.isRegularFile(file)) return null;
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (properties.isEmpty()) return null;
        Map<String, String> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put((String) k, (String) v));
        return Map.copyOf(out);
    }

    /** Written to a temporary file and renamed, so a concurrent reader sees all of an entry or none of it. */
    private static void write(String key, Map<String, String> checksums) {
        if (DIRECTORY == null || checksums.isEmpty()) return;
        Path temp = null;
        try {
            Files.createDirectories(DIRECTORY);
            temp = Files.createTempFile(DIRECTORY, key, ".tmp");
            Properties properties = new Properties();
            properties.putAll(checksums);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(out, "Liquibase checksums (schemactl cache; safe to delete)");
            }
            Files.move(temp, DIRECTORY.resolve(key + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                if (temp != null) Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray temporary file in a cache folder is harmless
            }
        }
    }

    private static String key(EngineKind engine, List<MigrationFile> files, Map<String, Integer> storedVersions) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (MigrationFile f : files) {
            digest.update(f.logicalPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.content().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update(new TreeMap<>(storedVersions).toString().getBytes(StandardCharsets.UTF_8));
        return engine.id() + "-" + HexFormat.of().formatHex(digest.digest());
    }
}
