package dev.schemactl.config;

import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --shard: parsing, the Indexed Job environment, and the properties rendezvous hashing promises. */
class ShardTest {

    @Test
    void parsesIndexSlashCountAndRefusesWhatIsNotAShard() {
        assertThat(Shard.parse("2/4", Map.of())).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 0/1 ", Map.of())).isEqualTo(Shard.ALL);
        assertThat(error(() -> Shard.parse("4/4", Map.of()))).isEqualTo("USAGE: --shard '4/4': the index must be below the count (0 to 3)");
        assertThat(error(() -> Shard.parse("1/0", Map.of()))).isEqualTo("USAGE: --shard '1/0': the count must be at least 1");
        assertThat(error(() -> Shard.parse("-1/4", Map.of()))).isEqualTo("USAGE: --shard '-1/4': the index '-1' is not a whole number");
        assertThat(error(() -> Shard.parse("two/4", Map.of()))).isEqualTo("USAGE: --shard 'two/4': the index 'two' is not a whole number");
        assertThat(error(() -> Shard.parse("3", Map.of()))).isEqualTo("USAGE: --shard '3' is not I/N or auto");
    }

    @Test
    void autoReadsTheKubernetesIndexedJobVariablesAndSaysWhichOneIsWrong() {
        assertThat(Shard.parse("auto", Map.of("JOB_COMPLETION_INDEX", "3", "JOB_COMPLETIONS", "8"))).isEqualTo(new Shard(3, 8));
        assertThat(error(() -> Shard.parse("auto", Map.of("JOB_COMPLETIONS", "8"))))
                .isEqualTo("CONFIG: --shard auto: JOB_COMPLETION_INDEX is not set");
        assertThat(error(() -> Shard.parse("auto", Map.of("JOB_COMPLETION_INDEX", "0"))))
                .isEqualTo("CONFIG: --shard auto: JOB_COMPLETIONS is not set");
        assertThat(error(() -> Shard.parse("auto", Map.of("JOB_COMPLETION_INDEX", "x", "JOB_COMPLETIONS", "8"))))
                .isEqualTo("CONFIG: --shard auto: JOB_COMPLETION_INDEX='x' is not a whole number");
        assertThat(error(() -> Shard.parse("auto", Map.of("JOB_COMPLETION_INDEX", "8", "JOB_COMPLETIONS", "8"))))
                .isEqualTo("CONFIG: --shard auto: JOB_COMPLETION_INDEX=8 is not below JOB_COMPLETIONS=8");
        assertThatThrownBy(() -> Shard.parse("auto", Map.of())).isInstanceOfSatisfying(SchemactlException.class,
                e -> assertThat(e.hint()).contains("completionMode: Indexed").contains("--shard I/N"));
    }

    @Test
    void everyTargetHasExactlyOneShardAndTheSharesAreEven() {
        List<TargetsFile.Target> fleet = fleet(0, 2000);
        int[] sizes = new int[4];
        int covered = 0;
        for (int i = 0; i < 4; i++) {
            List<TargetsFile.Target> mine = new Shard(i, 4).select(fleet);
            sizes[i] = mine.size();
            covered += mine.size();
        }
        assertThat(covered).isEqualTo(2000);
        // 500 expected each; a binomial(2000, 1/4) stays within ±80 with overwhelming probability
        for (int size : sizes) assertThat(size).isBetween(420, 580);
    }

    @Test
    void addingTargetsNeverMovesAnExistingOneAndAddingAShardMovesAboutAFifth() {
        Map<String, Integer> before = assignment(fleet(0, 1000), 4);
        Map<String, Integer> after = assignment(fleet(0, 1500), 4);
        before.forEach((name, shard) -> assertThat(after.get(name)).as(name).isEqualTo(shard));

        Map<String, Integer> five = assignment(fleet(0, 1000), 5);
        long moved = before.keySet().stream().filter(n -> !before.get(n).equals(five.get(n))).count();
        // rendezvous hashing: only the targets the new shard wins move (1/5 expected); mod-N hashing would move ~4/5
        assertThat(moved).isBetween(150L, 250L);
        before.keySet().stream().filter(n -> !before.get(n).equals(five.get(n)))
                .forEach(n -> assertThat(five.get(n)).as(n).isEqualTo(4));
    }

    @Test
    void theAssignmentIsAFixedFunctionOfTheName() {
        // pinned: a runner on another machine or JVM must pick the same targets
        assertThat(Shard.of("tenant-1", 4)).isEqualTo(Shard.of("tenant-1", 4));
        List<Integer> pinned = new ArrayList<>();
        for (String name : List.of("eu-1", "eu-2", "us-1", "us-2", "ap-1")) pinned.add(Shard.of(name, 4));
        assertThat(pinned).isEqualTo(List.of(PINNED));
    }

    /** Computed outside Java: argmax over s of the first 8 bytes (signed, big-endian) of sha256(f"{s}\0{name}"). */
    private static final Integer[] PINNED = {2, 1, 3, 2, 2};

    private static List<TargetsFile.Target> fleet(int from, int to) {
        List<TargetsFile.Target> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(new TargetsFile.Target("tenant-" + i, "h2:mem:t" + i, i + 1));
        return out;
    }

    private static Map<String, Integer> assignment(List<TargetsFile.Target> fleet, int count) {
        Map<String, Integer> out = new HashMap<>();
        for (TargetsFile.Target t : fleet) out.put(t.name(), Shard.of(t.name(), count));
        return out;
    }

    private static String error(Runnable r) {
        try {
            r.run();
        } catch (SchemactlException e) {
            return e.code() + ": " + e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
