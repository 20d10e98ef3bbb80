package dev.schemactl.service;

import dev.schemactl.config.Shard;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** fleet report: merging runners' reports written by hand (the statuses a live fleet rarely produces at once). */
class FleetMergeTest {
    @TempDir
    Path dir;

    private static final List<String> FLEET = List.of("a", "b", "c", "d", "e", "f");
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private FleetReport report(int shard, int count, boolean complete, List<TargetResult> targets) {
        List<String> assigned = FLEET.stream().filter(n -> Shard.of(n, count) == shard).toList();
        return new FleetReport(FleetReport.FORMAT, shard, count, complete, T0, complete ? T0.plusSeconds(5) : null, FLEET, assigned, targets);
    }

    private static TargetResult result(String name, TargetResult.Status status) {
        return switch (status) {
            case APPLIED -> new TargetResult(name, "postgres://x/" + name, status, List.of("1", "2"), 0, null);
            case UP_TO_DATE -> new TargetResult(name, "postgres://x/" + name, status, List.of(), 0, null);
            case REFUSED -> new TargetResult(name, "postgres://x/" + name, status, List.of(), 2, "POLICY_REFUSED: drops a column");
            case FAILED -> new TargetResult(name, "postgres://x/" + name, status, null, 1, "could not apply 2.sql");
        };
    }

    /** Every target of shard i of 2 with the given status. */
    private void shard(int i, TargetResult.Status status) {
        List<TargetResult> mine = FLEET.stream().filter(n -> Shard.of(n, 2) == i).map(n -> result(n, status)).toList();
        report(i, 2, true, mine).write(dir.resolve("shard-" + i + ".json"));
    }

    @Test
    void allAppliedOrUpToDateExitsZeroAndEveryTargetHasItsShard() {
        shard(0, TargetResult.Status.APPLIED);
        shard(1, TargetResult.Status.UP_TO_DATE);
        FleetSummary summary = FleetMerge.merge(dir);
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.targets()).extracting(FleetSummary.Row::name).containsExactlyElementsOf(FLEET);
        for (FleetSummary.Row row : summary.targets()) {
            assertThat(row.shard()).isEqualTo(Shard.of(row.name(), 2) + "/2");
            assertThat(row.status()).isEqualTo(Shard.of(row.name(), 2) == 0 ? FleetSummary.Status.APPLIED : FleetSummary.Status.UP_TO_DATE);
        }
        assertThat(summary.text()).contains("6 targets: ").contains("0 failed, 0 missing").contains("shard 1/2: shard-1.json, ");
    }

    @Test
    void aFailedTargetExitsOneARefusedOneExitsThree() {
        shard(0, TargetResult.Status.APPLIED);
        shard(1, TargetResult.Status.REFUSED);
        assertThat(FleetMerge.merge(dir).exitCode()).isEqualTo(3);
        shard(1, TargetResult.Status.FAILED);
        FleetSummary failed = FleetMerge.merge(dir);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.text()).contains("could not apply 2.sql");
    }

    @Test
    void aShardWithoutAReportLeavesItsTargetsMissing() {
        shard(0, TargetResult.Status.APPLIED);
        FleetSummary summary = FleetMerge.merge(dir);
        assertThat(summary.exitCode()).isEqualTo(1);
        long expected = FLEET.stream().filter(n -> Shard.of(n, 2) == 1).count();
        assertThat(summary.count(FleetSummary.Status.MISSING)).isEqualTo(expected).isPositive();
        assertThat(summary.text()).contains("shard 1/2: no report").contains("no report from shard 1/2");
    }

    @Test
    void mixedShardCountsAndFilesThatAreNoReportsAreErrors() throws Exception {
        shard(0, TargetResult.Status.APPLIED);
        report(2, 3, true, List.of()).write(dir.resolve("old.json"));
        assertThatThrownBy(() -> FleetMerge.merge(dir)).isInstanceOfSatisfying(SchemactlException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
            assertThat(e.getMessage()).contains("different shard counts").contains("old.json: 3");
        });
        Files.delete(dir.resolve("old.json"));
        Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        assertThatThrownBy(() -> FleetMerge.merge(dir)).isInstanceOfSatisfying(SchemactlException.class,
                e -> assertThat(e.getMessage()).contains("notes.json is not a fleet report"));
        assertThatThrownBy(() -> FleetMerge.merge(dir.resolve("nowhere"))).hasMessageContaining("does not exist");
    }
}
