package dev.schemactl.service;

import dev.schemactl.config.Shard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a runner's {@link FleetReport} on disk while the fleet runs: an empty incomplete report at the start, the
 * finished targets at most once a second (so a runner killed midway leaves what it did), the complete one at the end.
 * Passes every event on to the runner's own progress.
 */
final class FleetReportWriter implements FleetService.Progress {
    private static final long REWRITE_NANOS = 1_000_000_000L;

    private final Path file;
    private final Shard shard;
    private final List<String> fleet;
    private final List<String> assigned;
    private final FleetService.Progress next;
    private final Clock clock;
    private final Instant startedAt;
    private final List<TargetResult> finished = new ArrayList<>();
    private long lastWrite;

    FleetReportWriter(Path file, Shard shard, List<String> fleet, List<String> assigned, FleetService.Progress next, Clock clock) {
        this.file = file;
        this.shard = shard;
        this.fleet = fleet;
        this.assigned = assigned;
        this.next = next;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void begin() {
        write(false, null);
    }

    @Override
    public void started(int total, int parallel) {
        next.started(total, parallel);
    }

    @Override
    public void finished(TargetResult result, int done, int total) {
        finished.add(result);
        if (System.nanoTime() - lastWrite > REWRITE_NANOS) write(false, null);
        next.finished(result, done, total);
    }

    /** The final report: every target in the listed order. */
    void complete(FleetResult result) {
        finished.clear();
        finished.addAll(result.targets());
        write(true, clock.instant());
    }

    private void write(boolean complete, Instant finishedAt) {
        new FleetReport(FleetReport.FORMAT, shard.index(), shard.count(), complete, startedAt, finishedAt, fleet, assigned,
                finished).write(file);
        lastWrite = System.nanoTime();
    }
}
