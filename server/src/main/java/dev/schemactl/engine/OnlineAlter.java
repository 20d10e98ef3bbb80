package dev.schemactl.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a migration statement as an online schema change when it should be one (see {@link OnlineSchemaChange}). */
public interface OnlineAlter {

    /**
     * Runs {@code sql} itself and returns true when it is an ALTER this handles; returns false, having done
     * nothing, for every other statement (the caller runs it as usual).
     *
     * @throws SQLException when it handled the statement and it failed (the tool has cleaned up after itself)
     */
    boolean run(Connection connection, String sql) throws SQLException;
}
