package dev.schemactl.testing.oracle;

import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** One run over a fidelity corpus: a dynamic test per pair, and the outcome of each for a summary at the end. */
public final class CorpusRun {
    private final Map<String, String> outcomes = new ConcurrentSkipListMap<>();

    /**
     * A test per pair under {@code folder} ({@code -Dcorpus.only=REGEX} keeps the pairs whose name it is found in, as
     * the PostgreSQL corpora do; a plain substring such as {@code 253-} still works, {@code ^6[1-5]} picks a range).
     */
    public Stream<DynamicTest> tests(String folder, Function<CorpusPair, Callable<String>> run) {
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("corpus.only", ""));
        return CorpusPair.under(folder).stream().filter(p -> only.matcher(p.name()).find())
                .map(pair -> DynamicTest.dynamicTest(pair.name(), () -> {
                    try {
                        outcomes.put(pair.name(), pair.check(run.apply(pair)));
                    } catch (AssertionError | Exception e) {
                        outcomes.put(pair.name(), "FAILED " + e.getMessage().lines().findFirst().orElse(""));
                        throw e;
                    }
                }));
    }

    /** "ENGINE fidelity corpus: N of M pairs hold" and a line per pair, on stdout and in target/{@code file}. */
    public void summarize(String engine, String file) {
        long passed = outcomes.values().stream().filter(o -> o.startsWith("ok")).count();
        StringBuilder b = new StringBuilder(engine + " fidelity corpus: " + passed + " of " + outcomes.size() + " pairs hold\n");
        outcomes.forEach((name, outcome) -> b.append("  ").append(name).append(": ").append(outcome).append('\n'));
        System.out.println(b);
        try {
            Files.writeString(Path.of("target", file), b.toString());
        } catch (Exception ignored) {
            // the summary on stdout is enough
        }
    }
}
