package dev.schemactl.policy;

import dev.schemactl.engine.DatabaseHandle;

import java.nio.charset.StandardCharsets;

/**
 * Which database an approval is for: engine, host, database name (for H2 the file path or memory name) and the
 * install id, a random UUID schemactl stores in the database itself ({@link InstallId}). A restored copy of a
 * database keeps its install id, so host and name are part of the fingerprint too.
 *
 * @param host null for H2
 */
public record DatabaseFingerprint(String engine, String host, String database, String installId) {

    /** The fingerprint of an open database; creates its install id on first use. */
    public static DatabaseFingerprint of(DatabaseHandle db) {
        return new DatabaseFingerprint(db.engine().kind().id(), db.url().host(), db.url().database(), InstallId.of(db));
    }

    byte[] canonical() {
        return (engine + "\n" + host + "\n" + database + "\n" + installId).getBytes(StandardCharsets.UTF_8);
    }

    /** "postgresql 127.0.0.1/shop (install 0d4c…)". */
    public String describe() {
        String where = host == null ? database : host + "/" + database;
        String id = installId == null ? "?" : installId.length() > 8 ? installId.substring(0, 8) + "…" : installId;
        return engine + " " + where + " (install id " + id + ")";
    }
}
