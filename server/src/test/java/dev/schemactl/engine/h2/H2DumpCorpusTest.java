package dev.schemactl.engine.h2;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.CorpusPair;
import dev.schemactl.testing.oracle.CorpusRoundTrip;
import dev.schemactl.testing.oracle.H2Oracle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dump} then {@code load} of every H2 corpus pair's B (with the pair's {@code schemas}, as config
 * {@code schemas:}), judged by {@link H2Oracle}: the loaded copy holds what B holds, in every schema.
 * {@code -Dcorpus.only=REGEX} keeps the pairs whose name it is found in. A pair's {@code dump-known-gap.txt} says why
 * its dump does not reproduce B yet: the check must then still fail (so a fix is noticed and the marker removed).
 */
class H2DumpCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyPairsBDumpsAndLoadsBack() {
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("corpus.only", ""));
        return CorpusPair.under("fidelity/h2").stream().filter(p -> only.matcher(p.name()).find())
                .map(pair -> DynamicTest.dynamicTest(pair.name(), () -> {
                    Path gap = pair.dir().resolve("dump-known-gap.txt");
                    if (!Files.exists(gap)) {
                        check(pair);
                        return;
                    }
                    try {
                        check(pair);
                    } catch (AssertionError expected) {
                        return;
                    }
                    throw new AssertionError(pair.name() + "'s dump holds now: delete its dump-known-gap.txt (" + Files.readString(gap).strip() + ")");
                }));
    }

    private static void check(CorpusPair pair) throws Exception {
        try (TestDatabase source = TestDatabase.create(EngineKind.H2); TestDatabase copy = TestDatabase.create(EngineKind.H2)) {
            CorpusRoundTrip.execute(source, pair.b(), pair.name() + "/b.sql");
            Path project = Files.createTempDirectory("schemactl-h2dump-");
            if (!pair.schemas().isEmpty()) {
                Files.writeString(project.resolve("schemactl.yaml"), "schemas: [" + String.join(", ", pair.schemas()) + "]\n");
            }
            Cli.Run dump = new Cli(project).env("DATABASE_URL", source.urlText()).run("dump", "--schema-file", "schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            String file = Files.readString(project.resolve("schema.sql"));
            Cli.Run load = new Cli(project).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "schema.sql");
            assertThat(load.exit()).as(load.all() + "\n" + file).isZero();
            String expected;
            String actual;
            try (Connection c = source.connect()) {
                expected = H2Oracle.describe(c);
            }
            try (Connection c = copy.connect()) {
                actual = H2Oracle.describe(c);
            }
            assertThat(actual).as("the loaded dump equals B (oracle)\n" + file).isEqualTo(expected);
        }
    }
}
