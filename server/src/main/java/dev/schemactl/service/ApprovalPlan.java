package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.AppliedChangeset;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.TrackingTable;
import dev.schemactl.policy.PlanDigest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact SQL a migrate or rollback run would execute, as approvals see it: one {@link PlanDigest#section}
 * per changeset, in the order Liquibase runs them. `schemactl approve` and the {@link PolicyGate} both build it
 * here, so a token minted for a selection verifies against the same run.
 *
 * @param kind        migrate or rollback
 * @param versions    the migration versions it touches, in run order
 * @param approveArgs the `schemactl approve` arguments that select exactly this plan ("2026… 2026…",
 *                    "--rollback --steps 2")
 */
public record ApprovalPlan(Kind kind, List<String> versions, String sql, String digest, String approveArgs) {

    public enum Kind { MIGRATE, ROLLBACK }

    public ApprovalPlan {
        versions = List.copyOf(versions);
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** What has run on the database (the tracking table; empty when it does not exist). */
    public static List<AppliedChangeset> applied(DatabaseHandle db) {
        try (Connection c = db.connection()) {
            return TrackingTable.read(c, db.url().trackingTable());
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /** What `migrate --to toVersion` (null: plain `migrate`) would apply: the pending changesets up to it. */
    public static ApprovalPlan migrate(List<MigrationFile> files, List<AppliedChangeset> applied, String toVersion) {
        List<MigrationFile> selected = pending(files, applied).stream()
                .filter(f -> toVersion == null || f.version().compareTo(toVersion) <= 0).toList();
        return forward(selected, applied);
    }

    /**
     * The pending migrations with these versions, as `schemactl approve VERSION...` names them. Approving a later
     * version alone does not approve earlier pending ones: `migrate` applies those too, so its plan differs.
     */
    public static ApprovalPlan migrateVersions(List<MigrationFile> files, List<AppliedChangeset> applied, List<String> versions) {
        Set<String> pendingVersions = new HashSet<>();
        pending(files, applied).forEach(f -> pendingVersions.add(f.version()));
        Set<String> wanted = new HashSet<>(versions);
        for (String v : versions) {
            if (files.stream().noneMatch(f -> f.version().equals(v))) {
                throw new SchemactlException(ErrorCode.NOT_FOUND, "no migration with version " + v,
                        "see `schemactl status` for the versions there are");
            }
            if (!pendingVersions.contains(v)) {
                throw new SchemactlException(ErrorCode.USAGE, "migration " + v + " is already applied; there is nothing to approve",
                        "approve pending migrations (`schemactl status` lists them) or a rollback (--rollback)");
            }
        }
        return forward(files.stream().filter(f -> wanted.contains(f.version())).toList(), applied);
    }

    /**
     * What `rollback --steps N` / `rollback --to V` would undo: the applied changesets of the selected migrations,
     * newest first, as their rollback SQL. Mirrors {@code Migrator.rollback}'s selection.
     */
    public static ApprovalPlan rollback(List<MigrationFile> files, List<AppliedChangeset> applied, Integer steps, String toVersion) {
        Map<String, Integer> lastOrder = new LinkedHashMap<>();
        applied.forEach(a -> lastOrder.merge(a.fileName(), a.order(), Math::max));
        List<String> newestFirst = lastOrder.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<String> targets;
        String args;
        if (toVersion != null) {
            if (files.stream().noneMatch(f -> f.version().equals(toVersion))) {
                throw new SchemactlException(ErrorCode.NOT_FOUND, "no migration with version " + toVersion,
                        "see `schemactl status` for the versions there are");
            }
            targets = newestFirst.stream().filter(f -> versionOf(f).compareTo(toVersion) > 0).toList();
            args = "--rollback --to " + toVersion;
        } else {
            int n = steps == null ? 1 : steps;
            if (n < 1) throw new SchemactlException(ErrorCode.USAGE, "--steps must be at least 1", "e.g. --steps 2");
            targets = newestFirst.subList(0, Math.min(n, newestFirst.size()));
            args = "--rollback --steps " + n;
        }
        Map<String, MigrationFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.logicalPath(), f));
        Set<String> targetSet = Set.copyOf(targets);
        List<AppliedChangeset> rows = applied.stream().filter(a -> targetSet.contains(a.fileName())).toList();
        StringBuilder sql = new StringBuilder();
        for (int i = rows.size() - 1; i >= 0; i--) {
            AppliedChangeset row = rows.get(i);
            MigrationFile file = byPath.get(row.fileName());
            if (file == null) {
                throw new SchemactlException(ErrorCode.NOT_FOUND, "cannot roll back " + row.fileName() + ": its file is missing",
                        "restore the file from version control; its --rollback SQL is needed");
            }
            MigrationFile.Changeset cs = file.changesets().stream()
                    .filter(c -> c.id().equals(row.id()) && c.author().equals(row.author())).findFirst()
                    .orElseThrow(() -> new SchemactlException(ErrorCode.CHECKSUM_MISMATCH, "changeset " + row.author() + ":"
                            + row.id() + " of " + row.fileName() + " is no longer in the file",
                            "restore the file as it was applied"));
            sql.append(PlanDigest.section("rollback", file, cs, cs.rollbackSql()));
        }
        List<String> versions = targets.stream().map(ApprovalPlan::versionOf).toList();
        String text = sql.toString();
        return new ApprovalPlan(Kind.ROLLBACK, versions, text, PlanDigest.of(text), args);
    }

    private static ApprovalPlan forward(List<MigrationFile> selected, List<AppliedChangeset> applied) {
        Set<String> ran = new HashSet<>();
        applied.forEach(a -> ran.add(a.fileName() + "::" + a.id() + "::" + a.author()));
        StringBuilder sql = new StringBuilder();
        List<String> versions = new ArrayList<>();
        for (MigrationFile f : selected) {
            versions.add(f.version());
            for (MigrationFile.Changeset cs : f.changesets()) {
                if (ran.contains(f.logicalPath() + "::" + cs.id() + "::" + cs.author())) continue;
                sql.append(PlanDigest.section("apply", f, cs, cs.sql()));
            }
        }
        String text = sql.toString();
        return new ApprovalPlan(Kind.MIGRATE, versions, text, PlanDigest.of(text), String.join(" ", versions));
    }

    /** Files with at least one changeset that has not run, in version order. */
    private static List<MigrationFile> pending(List<MigrationFile> files, List<AppliedChangeset> applied) {
        Set<String> ran = new HashSet<>();
        applied.forEach(a -> ran.add(a.fileName() + "::" + a.id() + "::" + a.author()));
        return files.stream().filter(f -> f.changesets().stream()
                .anyMatch(cs -> !ran.contains(f.logicalPath() + "::" + cs.id() + "::" + cs.author()))).toList();
    }

    private static String versionOf(String logicalPath) {
        String name = logicalPath.substring(logicalPath.lastIndexOf('/') + 1);
        return name.length() >= 14 ? name.substring(0, 14) : name;
    }
}
