package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Liquibase's checksums of the applied files, which `status` compares with the stored ones on every call. Computing
 * them starts a Liquibase session and parses every file; a long-running server (MCP) asks for the same ones again
 * and again. Keyed by the engine, the files' paths and content, and the checksum versions asked for: a hit is
 * exactly what Liquibase would compute.
 */
final class ChecksumCache {
    private static final int CAPACITY = 32;
    private static final Map<String, Map<String, String>> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > CAPACITY;
        }
    };

    private ChecksumCache() {
    }

    static Map<String, String> get(EngineKind engine, List<MigrationFile> files, Map<String, Integer> storedVersions,
                                   Supplier<Map<String, String>> compute) {
        String key = key(engine, files, storedVersions);
        synchronized (ENTRIES) {
            Map<String, String> hit = ENTRIES.get(key);
            if (hit != null) return hit;
        }
        Map<String, String> value = Map.copyOf(compute.get());
        synchronized (ENTRIES) {
            ENTRIES.put(key, value);
        }
        return value;
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
        return engine.id() + "|" + HexFormat.of().formatHex(digest.digest());
    }
}
