package dev.schemactl.migration;

import dev.schemactl.engine.OnlineAlter;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.executor.jvm.JdbcExecutor;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

import java.sql.SQLException;
import java.util.List;

/**
 * Liquibase's executor with the policy's online schema change in front: each migration (or rollback) statement is
 * offered to the engine's {@link OnlineAlter} first, and runs as usual when it declines. A failure fails the changeset,
 * so the tracking table does not record it.
 */
final class OnlineAlterExecutor extends JdbcExecutor {
    private final OnlineAlter online;

    OnlineAlterExecutor(OnlineAlter online) {
        this.online = online;
    }

    @Override
    public void execute(SqlStatement sql, List<SqlVisitor> sqlVisitors) throws DatabaseException {
        if (sql instanceof RawSqlStatement raw && (sqlVisitors == null || sqlVisitors.isEmpty())
                && database.getConnection() instanceof JdbcConnection jdbc) {
            try {
                if (online.run(jdbc.getUnderlyingConnection(), raw.getSql())) return;
            } catch (SQLException e) {
                throw new DatabaseException(e.getMessage(), e);
            }
        }
        super.execute(sql, sqlVisitors);
    }
}
