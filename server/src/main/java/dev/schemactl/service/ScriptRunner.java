package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.source.SqlScript;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a SQL script (a desired-state file, a dump) statement by statement on one connection, which is then
 * dropped from the pool so whatever the script set for its session (pg_dump empties search_path, mysqldump
 * turns off foreign key checks) never reaches later work. The first failing statement stops it with an error
 * naming {@code file:line}, the statement's start and the database's message. A statement that would leave the
 * database (USE, CREATE DATABASE) is refused before anything runs.
 */
final class ScriptRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScriptRunner.class);
    /** Statements that may set a session parameter (and so be skipped): inside a transaction they run under a savepoint. */
    private static final java.util.regex.Pattern SETS = java.util.regex.Pattern.compile("(?i)\\s*(SET|SELECT)\\b");
    private ScriptRunner() {
    }

    /** The script's statements, as this engine reads them. */
    static List<SqlScript.Statement> statements(Engine engine, String script) {
        return SqlScript.statements(script, engine.backslashEscapesInLiterals());
    }

    /**
     * @param label what to call the script in errors (its path as the user gave it)
     * @param code  the error code of a failure (MIGRATION_FILE for a desired-state file, MIGRATION_FAILED for load)
     * @param hint  what to do about a failing statement
     */
    static void run(DatabaseHandle db, String label, String script, ErrorCode code, String hint) {
        run(db, label, script, code, "failed", hint);
    }

    /** @param failed how a failing statement is described, e.g. "does not load into a shadow postgresql database" */
    static void run(DatabaseHandle db, String label, String script, ErrorCode code, String failed, String hint) {
        Engine engine = db.engine();
        List<SqlScript.Statement> statements = statements(engine, script);
        for (SqlScript.Statement s : statements) {
            String leaves = engine.leavesDatabase(s.sql());
            if (leaves != null) {
                throw new SchemactlException(code, label + ":" + s.line() + ": `" + firstLine(s.sql()) + "` is not allowed here: "
                        + leaves, "the file describes one database: remove the statement (schemactl loads the file into the "
                        + "database it is given)");
            }
        }
        Connection c = db.scratchConnection();
        try (Statement st = c.createStatement()) {
            for (SqlScript.Statement s : statements) {
                java.sql.Savepoint before = c.getAutoCommit() || !SETS.matcher(s.sql()).lookingAt() ? null : c.setSavepoint();
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    if (engine.unknownSessionSetting(s.sql(), e)) {
                        if (before != null) c.rollback(before);
                        LOG.warn("{}:{}: skipped `{}`: {} (a setting of a newer server; it holds no schema)", label, s.line(),
                                firstLine(s.sql()), String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip());
                        continue;
                    }
                    throw new SchemactlException(code, label + ":" + s.line() + ": `" + firstLine(s.sql()) + "` " + failed + ": "
                            + DatabaseUrl.maskText(String.valueOf(e.getMessage())).lines().findFirst().orElse("").strip(), hint, e);
                }
            }
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        } finally {
            db.discard(c);
        }
    }

    static String firstLine(String sql) {
        String first = sql.strip().lines().findFirst().orElse("").strip();
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }
}
