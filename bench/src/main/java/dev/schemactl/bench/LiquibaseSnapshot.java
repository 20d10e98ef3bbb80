package dev.schemactl.bench;

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Liquibase 4.33's own schema reader, the reference point: a full snapshot of the {@code public} schema
 * with the default {@link SnapshotControl} (every object type). It recurses deeply through the object
 * graph, so it runs in a thread with a 1 GiB stack.
 */
final class LiquibaseSnapshot {
    static final long STACK_SIZE = 1L << 30;

    private LiquibaseSnapshot() {
    }

    record Result(long nanos, int tables) {
    }

    /** Takes one snapshot; only {@code createSnapshot} is timed (finding the Database implementation is not). */
    static Result take(Connection connection) throws Exception {
        AtomicReference<Result> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                long start = System.nanoTime();
                DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance()
                        .createSnapshot(new CatalogAndSchema(null, "public"), database, new SnapshotControl(database));
                long nanos = System.nanoTime() - start;
                result.set(new Result(nanos, snapshot.get(Table.class).size()));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "liquibase-snapshot", STACK_SIZE);
        thread.start();
        thread.join();
        if (failure.get() instanceof Exception e) throw e;
        if (failure.get() instanceof Error e) throw e;
        return result.get();
    }
}
