package dev.schemactl.service;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.diff.Differ;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.OutsideReferences;
import dev.schemactl.engine.ShadowDatabase;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.TrackingTable;
import dev.schemactl.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An open shadow database to replay migrations on: a temporary one ({@link ShadowDatabase}: H2 in memory or
 * a new database on the same server, dropped on close), or the explicit {@code --shadow-url}, which must be
 * empty, must not be the target database, and is emptied again on close. {@link #reset()} starts over from
 * an empty database (a new temporary one; the explicit one emptied).
 */
final class ShadowSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShadowSession.class);
    private final DatabaseUrl like;
    private final DatabaseUrl explicit;
    private final Duration lockTimeout;
    private final OutsideReferences.Copy outside;
    private final List<String> undo = new ArrayList<>();
    private ShadowDatabase shadow;
    private DatabaseHandle handle;

    private ShadowSession(DatabaseUrl like, DatabaseUrl explicit, Duration lockTimeout, OutsideReferences.Copy outside) {
        this.like = like;
        this.explicit = explicit;
        this.lockTimeout = lockTimeout;
        this.outside = outside;
    }

    /** Creates (or checks the explicit) shadow database and opens it. */
    static ShadowSession open(DatabaseUrl like, DatabaseUrl explicit, Duration lockTimeout) {
        return open(like, explicit, lockTimeout, OutsideReferences.Copy.NONE);
    }

    /**
     * {@link #open(DatabaseUrl, DatabaseUrl, Duration)}, the shadow then holding {@code outside}: what the managed schemas
     * use outside them, copied from the live database; again after every {@link #reset()}, removed again when an
     * explicit shadow is emptied.
     */
    static ShadowSession open(DatabaseUrl like, DatabaseUrl explicit, Duration lockTimeout, OutsideReferences.Copy outside) {
        if (explicit != null && explicit.jdbcUrl().equals(like.jdbcUrl())) {
            throw new SchemactlException(ErrorCode.USAGE, "the shadow database " + explicit.masked()
                    + " is the target database itself", "give --shadow-url an empty scratch database");
        }
        ShadowSession session = new ShadowSession(like, explicit, lockTimeout, outside);
        session.start();
        if (explicit != null) {
            try {
                session.requireEmpty();
            } catch (RuntimeException e) {
                session.closeHandle();
                throw e;
            }
        }
        session.copyOutside();
        return session;
    }

    /**
     * Runs the outside objects' statements, each on its own; one that fails is logged and skipped (what needs it then
     * fails on the shadow, as it would on the live database without it).
     */
    private void copyOutside() {
        if (outside.isEmpty()) return;
        Connection c = handle.scratchConnection();
        try (Statement st = c.createStatement()) {
            for (OutsideReferences.Copy.Step step : outside.steps()) {
                try {
                    st.execute(step.create());
                    if (!c.getAutoCommit()) c.commit();
                    if (step.undo() != null) undo.add(0, step.undo());
                } catch (SQLException e) {
                    if (!c.getAutoCommit()) c.rollback();
                    LOG.debug("an object outside the managed schemas is not copied into the shadow database: {}", e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.debug("the objects outside the managed schemas are not copied into the shadow database", e);
        } finally {
            handle.discard(c);
        }
    }

    /** Removes what {@link #copyOutside()} made (an explicit shadow is emptied, not dropped). */
    private void removeOutside() {
        if (undo.isEmpty()) return;
        try (Connection c = handle.connection(); Statement st = c.createStatement()) {
            for (String sql : undo) st.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new SchemactlException(ErrorCode.MIGRATION_FAILED, "cannot empty the shadow database "
                    + explicit.masked() + ": " + DatabaseUrl.maskText(String.valueOf(e.getMessage())).lines().findFirst().orElse(""),
                    "empty it by hand, or leave out --shadow-url to use a temporary one", e);
        } finally {
            undo.clear();
        }
    }

    DatabaseHandle handle() {
        return handle;
    }

    Schema inspect() {
        return inspect(handle);
    }

    static Schema inspect(DatabaseHandle db) {
        return db.inspect();
    }

    /** Back to an empty database, whatever state a failed migration or rollback left. */
    void reset() {
        if (explicit != null) {
            wipe();
        } else {
            undo.clear();
            closeHandle();
            start();
        }
        copyOutside();
    }

    private void start() {
        shadow = ShadowDatabase.create(like, explicit);
        try {
            handle = DatabaseHandle.open(shadow.url(), lockTimeout);
        } catch (RuntimeException e) {
            shadow.close();
            shadow = null;
            throw e;
        }
    }

    private void requireEmpty() {
        Schema schema = inspect();
        boolean tracking;
        try (Connection c = handle.connection()) {
            tracking = TrackingTable.exists(c, handle.url().trackingTable());
        } catch (SQLException e) {
            throw handle.engine().translate(e, handle.url());
        }
        if (!schema.tables().isEmpty() || !schema.sequences().isEmpty() || tracking) {
            throw new SchemactlException(ErrorCode.USAGE, "the shadow database " + explicit.masked() + " is not empty ("
                    + schema.tables().size() + " tables" + (tracking ? ", a migrations tracking table" : "") + ")",
                    "give --shadow-url an empty scratch database; schemactl replays migrations there and empties it afterwards");
        }
    }

    /** Drops every table and sequence the inspector sees, then schemactl's own tables. */
    private void wipe() {
        removeOutside();
        Engine engine = handle.engine();
        Schema schema = inspect();
        List<String> statements = new ArrayList<>(handle.renderer()
                .forward(engine.differ().diff(schema, Schema.EMPTY)));
        try (Connection c = handle.connection(); Statement st = c.createStatement()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[]{"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String tracking = handle.url().trackingTable();
                    boolean own = (name.equalsIgnoreCase(tracking) || name.toLowerCase(java.util.Locale.ROOT).startsWith(tracking + "_"))
                            && schema.tables().stream().noneMatch(t -> t.name().equalsIgnoreCase(name));
                    if (own) statements.add("DROP TABLE " + engine.renderer().quote(name));
                }
            }
            for (String sql : statements) st.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new SchemactlException(ErrorCode.MIGRATION_FAILED, "cannot empty the shadow database "
                    + explicit.masked() + ": " + DatabaseUrl.maskText(String.valueOf(e.getMessage())).lines().findFirst().orElse(""),
                    "empty it by hand, or leave out --shadow-url to use a temporary one", e);
        }
    }

    private void closeHandle() {
        try {
            if (handle != null) handle.close();
        } finally {
            handle = null;
            if (shadow != null) shadow.close();
            shadow = null;
        }
    }

    @Override
    public void close() {
        if (explicit != null && handle != null) {
            try {
                wipe();
            } catch (RuntimeException e) {
                LOG.warn("could not empty the shadow database {}: {}", explicit.masked(), e.getMessage());
            }
        }
        closeHandle();
    }
}
