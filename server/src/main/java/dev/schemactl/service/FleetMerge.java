package dev.schemactl.service;

import dev.schemactl.config.Shard;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code fleet report DIR}: the reports of every runner of a sharded fleet ({@code up --targets --shard --report})
 * merged into one row per target of the fleet. A target no report finished is MISSING (its runner died or never ran).
 */
public final class FleetMerge {
    private FleetMerge() {
    }

    public static FleetSummary merge(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "the report directory " + dir + " does not exist",
                    "pass the directory the runners wrote their --report files to");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot list " + dir + ": " + e.getMessage(), "check its permissions");
        }
        if (files.isEmpty()) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "no fleet reports (*.json) in " + dir,
                    "run `schemactl up --targets FILE --shard I/N --report " + dir + "/shard-I.json` on each runner first");
        }
        List<FleetReport> reports = new ArrayList<>();
        Map<FleetReport, Path> fileOf = new java.util.IdentityHashMap<>();
        Integer count = null;
        Path countFrom = null;
        for (Path file : files) {
            FleetReport report = FleetReport.read(file);
            if (report.shardCount() < 1 || report.shardIndex() < 0 || report.shardIndex() >= report.shardCount()) {
                throw new SchemactlException(ErrorCode.CONFIG, file + ": shard " + report.shardIndex() + "/" + report.shardCount()
                        + " does not exist", "it should be a file written by `schemactl up --targets --report`");
            }
            if (count != null && count != report.shardCount()) {
                throw new SchemactlException(ErrorCode.CONFIG, "the reports in " + dir + " come from runs with different shard counts ("
                        + countFrom.getFileName() + ": " + count + ", " + file.getFileName() + ": " + report.shardCount() + ")",
                        "remove the reports of the older run, or give each run its own directory");
            }
            count = report.shardCount();
            countFrom = file;
            reports.add(report);
            fileOf.put(report, file);
        }
        // when two reports hold the same target (two runners given the same shard), the later one wins, except that
        // "up to date" never hides an "applied"
        reports.sort(Comparator.comparing(FleetMerge::when));
        TreeSet<String> fleet = new TreeSet<>();
        Map<String, FleetSummary.Row> rows = new HashMap<>();
        List<FleetSummary.ShardRun> runs = new ArrayList<>();
        boolean[] seen = new boolean[count];
        for (FleetReport report : reports) {
            fleet.addAll(report.fleet());
            seen[report.shardIndex()] = true;
            runs.add(new FleetSummary.ShardRun(report.shard().toString(), fileOf.get(report).getFileName().toString(),
                    report.complete(), report.startedAt(), report.finishedAt(), report.targets().size(), report.assigned().size()));
            for (TargetResult t : report.targets()) {
                FleetSummary.Row earlier = rows.get(t.name());
                // "up to date" from a runner that overlapped another means the other applied it: keep what it applied
                if (earlier != null && earlier.status() == FleetSummary.Status.APPLIED && t.status() == TargetResult.Status.UP_TO_DATE) {
                    continue;
                }
                rows.put(t.name(), new FleetSummary.Row(t.name(), report.shard().toString(), FleetSummary.Status.valueOf(t.status().name()),
                        t.url(), t.applied(), t.pending(), t.error()));
            }
        }
        for (int i = 0; i < count; i++) {
            if (!seen[i]) runs.add(new FleetSummary.ShardRun(i + "/" + count, null, false, null, null, 0, null));
        }
        runs.sort(Comparator.comparing(r -> Integer.parseInt(r.shard().substring(0, r.shard().indexOf('/')))));
        fleet.addAll(rows.keySet());
        List<FleetSummary.Row> out = new ArrayList<>();
        for (String name : fleet) {
            FleetSummary.Row row = rows.get(name);
            if (row == null) {
                int shard = Shard.of(name, count);
                boolean reported = seen[shard];
                out.add(new FleetSummary.Row(name, shard + "/" + count, FleetSummary.Status.MISSING, null, null, null,
                        reported ? "its runner (shard " + shard + "/" + count + ") did not finish it" : "no report from shard " + shard + "/" + count));
            } else {
                out.add(row);
            }
        }
        return new FleetSummary(runs, out);
    }

    private static Instant when(FleetReport r) {
        return r.finishedAt() != null ? r.finishedAt() : r.startedAt() != null ? r.startedAt() : Instant.EPOCH;
    }
}
