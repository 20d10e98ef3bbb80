package dev.schemactl.service;

import java.util.List;

/**
 * Every target of a fleet run, in the order they were listed.
 *
 * @param shard the runner's shard ("I/N") with --shard; null when the run took the whole fleet
 */
public record FleetResult(String shard, List<TargetResult> targets) implements Result {
    public FleetResult {
        targets = List.copyOf(targets);
    }

    public FleetResult(List<TargetResult> targets) {
        this(null, targets);
    }

    public FleetResult inShard(String shard) {
        return new FleetResult(shard, targets);
    }

    public long count(TargetResult.Status status) {
        return targets.stream().filter(t -> t.status() == status).count();
    }

    /** 1 when any target failed, else 3 when any was refused by the policy, else 0. */
    public int exitCode() {
        if (count(TargetResult.Status.FAILED) > 0) return 1;
        if (count(TargetResult.Status.REFUSED) > 0) return 3;
        return 0;
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder();
        if (targets.isEmpty()) {
            return shard == null ? "no targets: the targets query returned no rows\n" : "shard " + shard + " has no targets\n";
        }
        List<String[]> rows = targets.stream().map(t -> new String[]{t.name(), t.url(),
                t.status().name().toLowerCase().replace('_', ' '), applied(t.applied()),
                t.pending() == null ? "?" : String.valueOf(t.pending()), t.error() == null ? "" : t.error()}).toList();
        String[] head = {"TARGET", "DATABASE", "STATUS", "APPLIED", "PENDING", "ERROR"};
        int[] width = new int[head.length - 1];
        for (int i = 0; i < width.length; i++) {
            width[i] = head[i].length();
            for (String[] r : rows) width[i] = Math.max(width[i], r[i].length());
        }
        line(out, head, width);
        rows.forEach(r -> line(out, r, width));
        if (shard != null) out.append("shard ").append(shard).append(": ");
        out.append(targets.size()).append(targets.size() == 1 ? " target: " : " targets: ")
                .append(count(TargetResult.Status.APPLIED)).append(" applied, ")
                .append(count(TargetResult.Status.UP_TO_DATE)).append(" up to date, ")
                .append(count(TargetResult.Status.REFUSED)).append(" refused, ")
                .append(count(TargetResult.Status.FAILED)).append(" failed\n");
        return out.toString();
    }

    private static String applied(List<String> versions) {
        if (versions == null) return "?";
        if (versions.isEmpty()) return "-";
        if (versions.size() == 1) return versions.get(0);
        return versions.size() + ": " + versions.get(0) + ".." + versions.get(versions.size() - 1);
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            l.append(i < width.length ? String.format("%-" + width[i] + "s  ", cells[i]) : cells[i]);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
