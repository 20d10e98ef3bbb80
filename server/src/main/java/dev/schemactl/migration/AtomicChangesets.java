package dev.schemactl.migration;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

import java.sql.Connection;

/**
 * Makes a changeset and its tracking row one transaction. Liquibase commits a changeset's statements as soon as they
 * ran and writes the tracking row in a second transaction, so a process killed between the two (kill -9, a lost
 * connection) leaves the change applied but unrecorded, and the next run applies it again: a non-idempotent
 * statement (an INSERT, a data fix) then runs twice. Here the commits Liquibase asks for while a transactional
 * changeset runs (or rolls back) wait until its tracking row is written (or removed), and go in one commit.
 * Non-transactional changesets (runInTransaction:false, CREATE INDEX CONCURRENTLY) and engines whose DDL commits by
 * itself (MariaDB) cannot be covered; their DML can.
 */
final class AtomicChangesets extends AbstractChangeExecListener {

    /** The session's connection: its commits can be held back while a changeset is open. */
    static final class DeferringConnection extends JdbcConnection {
        private boolean deferring;

        DeferringConnection(Connection connection) {
            super(connection);
        }

        @Override
        public void commit() throws DatabaseException {
            if (!deferring) super.commit();
        }
    }

    private final DeferringConnection connection;

    AtomicChangesets(DeferringConnection connection) {
        this.connection = connection;
    }

    @Override
    public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.RunStatus status) {
        connection.deferring = changeSet.isRunInTransaction();
    }

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType type) {
        connection.deferring = false; // the tracking row is written: Liquibase's next commit takes both
    }

    @Override
    public void runFailed(ChangeSet changeSet, DatabaseChangeLog log, Database database, Exception e) {
        connection.deferring = false;
    }

    @Override
    public void willRollback(ChangeSet changeSet, DatabaseChangeLog log, Database database) {
        connection.deferring = changeSet.isRunInTransaction();
    }

    @Override
    public void rolledBack(ChangeSet changeSet, DatabaseChangeLog log, Database database) {
        connection.deferring = false;
    }

    @Override
    public void rollbackFailed(ChangeSet changeSet, DatabaseChangeLog log, Database database, Exception e) {
        connection.deferring = false;
    }
}
