package dev.schemactl.config;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * One runner's share of a fleet: shard {@code index} (0-based) of {@code count}. A target belongs to the shard with
 * the highest weight hash(shard, name) — rendezvous hashing — so its shard depends only on its own name and the
 * count: adding or removing other targets never moves it, and changing the count moves only about 1/count of them.
 * The hash is SHA-256, the same in every JVM and on every machine.
 */
public record Shard(int index, int count) {
    public static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    public static final String COUNT_VARIABLE = "JOB_COMPLETIONS";
    private static final String FORMAT_HINT = "e.g. --shard 0/4 (shards are numbered 0 to N-1), or --shard auto in a Kubernetes Indexed Job";

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new SchemactlException(ErrorCode.USAGE, "shard " + index + "/" + count + " does not exist", FORMAT_HINT);
        }
    }

    /** {@code I/N}, or {@code auto}: the index and count of a Kubernetes Indexed Job from the environment. */
    public static Shard parse(String text, Map<String, String> environment) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("auto")) return fromEnvironment(environment);
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new SchemactlException(ErrorCode.USAGE, "--shard '" + text + "' is not I/N or auto", FORMAT_HINT);
        }
        int index = number(value.substring(0, slash), "--shard '" + text + "': the index");
        int count = number(value.substring(slash + 1), "--shard '" + text + "': the count");
        if (count < 1) throw new SchemactlException(ErrorCode.USAGE, "--shard '" + text + "': the count must be at least 1", FORMAT_HINT);
        if (index >= count) {
            throw new SchemactlException(ErrorCode.USAGE, "--shard '" + text + "': the index must be below the count (0 to "
                    + (count - 1) + ")", FORMAT_HINT);
        }
        return new Shard(index, count);
    }

    private static Shard fromEnvironment(Map<String, String> environment) {
        String index = environment.get(INDEX_VARIABLE);
        String count = environment.get(COUNT_VARIABLE);
        String hint = "--shard auto runs in a Kubernetes Indexed Job (completionMode: Indexed) with " + COUNT_VARIABLE
                + " set from spec.completions (see examples/fleet/job.yaml); elsewhere pass --shard I/N";
        if (index == null || index.isBlank()) {
            throw new SchemactlException(ErrorCode.CONFIG, "--shard auto: " + INDEX_VARIABLE + " is not set", hint);
        }
        if (count == null || count.isBlank()) {
            throw new SchemactlException(ErrorCode.CONFIG, "--shard auto: " + COUNT_VARIABLE + " is not set", hint);
        }
        int i = environmentNumber(index, INDEX_VARIABLE, hint);
        int n = environmentNumber(count, COUNT_VARIABLE, hint);
        if (n < 1) throw new SchemactlException(ErrorCode.CONFIG, "--shard auto: " + COUNT_VARIABLE + "=" + count + " must be at least 1", hint);
        if (i >= n) {
            throw new SchemactlException(ErrorCode.CONFIG, "--shard auto: " + INDEX_VARIABLE + "=" + index + " is not below "
                    + COUNT_VARIABLE + "=" + count, hint);
        }
        return new Shard(i, n);
    }

    private static int number(String text, String what) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new SchemactlException(ErrorCode.USAGE, what + " '" + text + "' is not a whole number", FORMAT_HINT);
        }
    }

    private static int environmentNumber(String text, String variable, String hint) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "--shard auto: " + variable + "='" + text + "' is not a whole number", hint);
        }
    }

    /** The shard (0 to count-1) a target name belongs to. */
    public static int of(String name, int count) {
        int best = 0;
        long bestWeight = Long.MIN_VALUE;
        for (int shard = 0; shard < count; shard++) {
            long weight = weight(shard, name);
            if (weight > bestWeight) {
                best = shard;
                bestWeight = weight;
            }
        }
        return best;
    }

    public boolean owns(String name) {
        return count == 1 || of(name, count) == index;
    }

    /** This shard's targets, in their listed order. */
    public List<TargetsFile.Target> select(List<TargetsFile.Target> targets) {
        return targets.stream().filter(t -> owns(t.name())).toList();
    }

    private static long weight(int shard, String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((shard + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
