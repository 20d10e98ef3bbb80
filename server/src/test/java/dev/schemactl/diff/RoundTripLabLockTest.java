package dev.schemactl.diff;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 flake of {@link RoundTripPropertiesTest} ("a table from an earlier try" after DROP ALL OBJECTS, following a
 * failing shrink): jqwik 1.9 runs a bounded shrink in a {@code CompletableFuture} and leaves it running once its 10 s
 * bound is reached, so its tries go on, on another thread, against the same shared lab as the next property's. Two
 * threads trying pairs on one lab, as then: each try must see only its own tables (a try holds the lab's lock).
 */
class RoundTripLabLockTest {

    private static Schema one(String table, boolean withName) {
        return schema(List.of(withName
                ? table(table).col(notNull("id", INT), col("name", varchar(20))).pk("id").build()
                : table(table).col(notNull("id", INT)).pk("id").build()));
    }

    @Test
    void triesOfTwoThreadsOnOneH2LabDoNotSeeEachOthersTables() throws Exception {
        RoundTrip lab = new RoundTrip(EngineKind.H2);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String t : List.of("shrunk", "next_property", "inspected")) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        if (t.equals("inspected")) lab.createAndCheck(one(t, true), one(t, true));
                        else lab.check(one(t, false), one(t, true));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) run.get(120, TimeUnit.SECONDS); // an interleaved try fails with an AssertionError
        } finally {
            pool.shutdownNow();
            lab.close();
        }
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
