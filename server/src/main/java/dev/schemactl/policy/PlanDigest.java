package dev.schemactl.policy;

import dev.schemactl.migration.MigrationFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The identity of a plan an approval is for: "sha256:" + hex SHA-256 of the exact SQL (UTF-8). The gate
 * and `schemactl approve` must build the SQL the same way; for migration files that is {@link #forwardSql}
 * / {@link #section}: one section per changeset, headed by its file and id.
 */
public final class PlanDigest {
    private PlanDigest() {
    }

    public static String of(String sql) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The digest of every changeset of these files, in order (see {@link #forwardSql}). */
    public static String ofFiles(List<MigrationFile> files) {
        return of(forwardSql(files));
    }

    /** The forward SQL of every changeset of the files, in order, each under a header naming it. */
    public static String forwardSql(List<MigrationFile> files) {
        StringBuilder out = new StringBuilder();
        for (MigrationFile f : files) {
            for (MigrationFile.Changeset cs : f.changesets()) out.append(section("apply", f, cs, cs.sql()));
        }
        return out.toString();
    }

    /**
     * One changeset's SQL under its header: "-- apply versions/2026…_x.sql changeset author:id" (or
     * "-- rollback …"), then the SQL, stripped, and a newline.
     */
    public static String section(String direction, MigrationFile file, MigrationFile.Changeset changeset, String sql) {
        return "-- " + direction + " " + file.logicalPath() + " changeset " + changeset.author() + ":" + changeset.id()
                + "\n" + (sql == null ? "" : sql.strip()) + "\n";
    }

    /** Constant-time comparison of two digests. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
