package dev.schemactl.service;

import java.time.Instant;
import java.util.List;

/**
 * The merged reports of a sharded fleet: each runner's shard and one row per target, sorted by name.
 *
 * @param shards every shard of the run, with the report it wrote (file null: no report)
 */
public record FleetSummary(List<ShardRun> shards, List<Row> targets) implements Result {
    public enum Status { APPLIED, UP_TO_DATE, REFUSED, FAILED, MISSING }

    /** One runner: {@code finished} of its {@code assigned} targets (assigned null when it wrote no report). */
    public record ShardRun(String shard, String file, boolean complete, Instant startedAt, Instant finishedAt,
                           int finished, Integer assigned) {
    }

    /** One target as its runner reported it; MISSING when no report finished it. */
    public record Row(String name, String shard, Status status, String url, List<String> applied, Integer pending, String error) {
        public Row {
            applied = applied == null ? null : List.copyOf(applied);
        }
    }

    public FleetSummary {
        shards = List.copyOf(shards);
        targets = List.copyOf(targets);
    }

    public long count(Status status) {
        return targets.stream().filter(t -> t.status() == status).count();
    }

    /** 1 when a target failed or is missing, else 3 when one was refused by the policy, else 0. */
    public int exitCode() {
        if (count(Status.FAILED) > 0 || count(Status.MISSING) > 0) return 1;
        if (count(Status.REFUSED) > 0) return 3;
        return 0;
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        List<String[]> rows = targets.stream().map(t -> new String[]{t.name(), t.shard(),
                t.status().name().toLowerCase().replace('_', ' '), applied(t.applied()),
                t.pending() == null ? "?" : String.valueOf(t.pending()), t.error() == null ? "" : t.error()}).toList();
        table(out, new String[]{"TARGET", "SHARD", "STATUS", "APPLIED", "PENDING", "ERROR"}, rows);
        out.append(targets.size()).append(targets.size() == 1 ? " target: " : " targets: ")
                .append(count(Status.APPLIED)).append(" applied, ")
                .append(count(Status.UP_TO_DATE)).append(" up to date, ")
                .append(count(Status.REFUSED)).append(" refused, ")
                .append(count(Status.FAILED)).append(" failed, ")
                .append(count(Status.MISSING)).append(" missing\n");
        for (ShardRun run : shards) {
            out.append("shard ").append(run.shard()).append(": ");
            if (run.file() == null) out.append("no report\n");
            else out.append(run.file()).append(", ").append(run.finished()).append(" of ").append(run.assigned())
                    .append(run.complete() ? " targets, complete\n" : " targets, INCOMPLETE (the runner stopped or is still running)\n");
        }
        return out.toString();
    }

    private static String applied(List<String> versions) {
        if (versions == null) return "?";
        if (versions.isEmpty()) return "-";
        if (versions.size() == 1) return versions.get(0);
        return versions.size() + ": " + versions.get(0) + ".." + versions.get(versions.size() - 1);
    }

    private static void table(StringBuilder out, String[] head, List<String[]> rows) {
        int[] width = new int[head.length - 1];
        for (int i = 0; i < width.length; i++) {
            width[i] = head[i].length();
            for (String[] r : rows) width[i] = Math.max(width[i], r[i].length());
        }
        line(out, head, width);
        rows.forEach(r -> line(out, r, width));
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            l.append(i < width.length ? String.format("%-" + width[i] + "s  ", cells[i]) : cells[i]);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
