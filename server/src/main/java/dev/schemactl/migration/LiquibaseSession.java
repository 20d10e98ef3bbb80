package dev.schemactl.migration;

import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ThreadLocalScopeManager;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.sdk.resource.MockResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liquibase driven in-process over one connection. The changelog is assembled in memory from the
 * migration files (already validated, in version order), so there is no master file to keep.
 * Liquibase talks to stderr only (LoggerUIService), never to stdout.
 */
final class LiquibaseSession {
    static final String MASTER = "schemactl-changelog.xml";

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.shouldSnapshotData", "false");
        // Liquibase prints an update summary to stdout by default; stdout belongs to our output
        System.setProperty("liquibase.command.showSummary", "off");
        System.setProperty("liquibase.command.showSummaryOutput", "log");
        // formatted SQL split in linear time (LinearSqlChange): same statements and checksums as Liquibase's parser
        ChangeLogParserFactory.getInstance().register(new LinearFormattedSqlParser());
    }

    /**
     * Liquibase keeps its current scope in a scope manager that threads inherit; the default one holds a single
     * current scope, so sessions on parallel threads (a fleet, concurrent MCP calls) would see each other's resource
     * accessor. One scope per thread, over a shared root.
     */
    private static final ThreadLocalScopeManager SCOPES = new ThreadLocalScopeManager(Scope.getCurrentScope());

    private final AtomicChangesets.DeferringConnection jdbc;
    private final Database database;
    private final MockResourceAccessor accessor;

    LiquibaseSession(Connection connection, String trackingTable, List<MigrationFile> files) {
        this(connection, trackingTable, files, null);
    }

    /** With {@code online} (the policy's online schema change), statements are offered to it before they run. */
    LiquibaseSession(Connection connection, String trackingTable, List<MigrationFile> files, dev.schemactl.engine.OnlineAlter online) {
        try {
            TrackingTable.requireOurs(connection, trackingTable); // never hand another tool's table to Liquibase
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the columns of " + trackingTable + ": " + e.getMessage(), e);
        }
        Scope.setScopeManager(SCOPES);
        try {
            this.jdbc = new AtomicChangesets.DeferringConnection(connection);
            this.database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(jdbc);
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Liquibase does not support this database: " + e.getMessage(), e);
        }
        if (online != null) {
            OnlineAlterExecutor executor = new OnlineAlterExecutor(online);
            executor.setDatabase(database);
            Scope.getCurrentScope().getSingleton(liquibase.executor.ExecutorService.class).setExecutor("jdbc", database, executor);
        } else if (BatchingExecutor.applies(database)) {
            BatchingExecutor batching = new BatchingExecutor();
            batching.setDatabase(database);
            Scope.getCurrentScope().getSingleton(liquibase.executor.ExecutorService.class).setExecutor("jdbc", database, batching);
        }
        database.setDatabaseChangeLogTableName(trackingTable);
        database.setDatabaseChangeLogLockTableName(TrackingTable.lockName(trackingTable));
        Map<String, String> content = new TreeMap<>();
        StringBuilder master = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (MigrationFile f : files) {
            content.put(f.logicalPath(), f.content());
            master.append("  <include file=\"").append(f.logicalPath()).append("\"/>\n");
        }
        master.append("</databaseChangeLog>\n");
        content.put(MASTER, master.toString());
        this.accessor = new MockResourceAccessor(content);
    }

    /** Current checksums by "file::id::author", at the checksum version each row was stored with. */
    Map<String, String> checksums(Map<String, Integer> storedVersions) {
        return run(() -> {
            Map<String, String> out = new HashMap<>();
            for (ChangeSet cs : liquibase().getDatabaseChangeLog().getChangeSets()) {
                String key = cs.getFilePath() + "::" + cs.getId() + "::" + cs.getAuthor();
                Integer version = storedVersions.get(key);
                ChecksumVersion v = version == null ? ChecksumVersion.latest() : ChecksumVersion.enumFromChecksumVersion(version);
                CheckSum sum = cs.generateCheckSum(v == null ? ChecksumVersion.latest() : v);
                out.put(key, sum.toString());
            }
            return out;
        });
    }

    /** Clears a lock row left behind by a killed process. Only call while holding the engine's session lock. */
    void releaseStaleLock() {
        run(() -> {
            liquibase().forceReleaseLocks();
            return null;
        });
    }

    void update(int changesets) {
        run(() -> {
            liquibase().update(changesets, new Contexts(), new LabelExpression());
            return null;
        });
    }

    void markAllRan() {
        run(() -> {
            liquibase().changeLogSync(new Contexts(), new LabelExpression());
            return null;
        });
    }

    void rollback(int changesets) {
        run(() -> {
            liquibase().rollback(changesets, (String) null);
            return null;
        });
    }

    private Liquibase liquibase() {
        Liquibase liquibase = new Liquibase(MASTER, accessor, database);
        liquibase.setChangeExecListener(new AtomicChangesets(jdbc));
        return liquibase;
    }

    private <T> T run(Scope.ScopedRunnerWithReturn<T> work) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.resourceAccessor.name(), accessor);
        Scope.setScopeManager(SCOPES);
        try {
            return Scope.child(scope, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseFailure(e);
        }
    }

    /** A Liquibase failure, unwrapped by the Migrator into a typed, one-line error. */
    static final class LiquibaseFailure extends RuntimeException {
        LiquibaseFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
