package dev.schemactl.migration;

import dev.schemactl.engine.OwnTables;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Liquibase's tracking table, renamed schema_migrations by default ({@code migrations_table:} names it otherwise).
 * Read-only: status must not create anything, so a missing table simply means nothing is applied.
 */
public final class TrackingTable {
    public static final String NAME = OwnTables.TRACKING;

    private TrackingTable() {
    }

    /** Liquibase's lock table next to the tracking table {@code name}. */
    public static String lockName(String name) {
        return name + "_lock";
    }

    public static boolean exists(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[]{"TABLE"})) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("TABLE_NAME"))) return true;
            }
        }
        return false;
    }

    /**
     * The applied changesets in the order they ran. One query when the table is there: the catalog is asked only when
     * the SELECT fails (outside a transaction, where a failed statement costs nothing), to tell "no table" from an error.
     */
    public static List<AppliedChangeset> read(Connection c, String name) throws SQLException {
        if (!c.getAutoCommit()) {
            if (!exists(c, name)) return List.of();
            requireOurs(c, name);
            return select(c, name);
        }
        try {
            return select(c, name);
        } catch (SQLException e) {
            if (!exists(c, name)) return List.of();
            requireOurs(c, name);
            throw e;
        }
    }

    /**
     * Refuses a table named like the tracking table that is not schemactl's (Rails', dbmate's, golang-migrate's
     * {@code schema_migrations (version ...)}): reading it would fail and Liquibase would alter it. Nothing when there
     * is no such table. Reads the catalog only.
     */
    public static void requireOurs(Connection c, String name) throws SQLException {
        List<String> columns = columns(c, name);
        if (columns.isEmpty() || OwnTables.hasChangelogColumns(columns)) return;
        throw foreign(name, columns);
    }

    /** The refusal for a table named like the tracking table {@code name} that has another tool's {@code columns}. */
    public static SchemactlException foreign(String name, List<String> columns) {
        return new SchemactlException(ErrorCode.CONFIG, name + " here belongs to another tool (columns: "
                + String.join(", ", columns) + "), not schemactl's tracking table; schemactl leaves it untouched",
                "keep that tool's table and give schemactl its own: migrations_table: schemactl_migrations in "
                        + "schemactl.yaml (or --migrations-table, SCHEMACTL_MIGRATIONS_TABLE)");
    }

    /**
     * Refuses a desired state that declares, in the default schema, a table named like the tracking table {@code name}
     * without its columns (an Ecto or Rails {@code schema_migrations}): the migration would create it where {@code up}
     * first creates schemactl's own, so it could never be applied.
     */
    public static void refuseDesired(Schema wanted, String name) {
        for (Table t : wanted.tables()) {
            if (t.schema() != null || !t.name().equalsIgnoreCase(name)) continue;
            List<String> columns = t.columns().stream().map(col -> col.name().toLowerCase(Locale.ROOT)).toList();
            if (OwnTables.hasChangelogColumns(columns)) continue;
            throw new SchemactlException(ErrorCode.CONFIG, "the desired state declares " + t.name() + " (columns: "
                    + String.join(", ", columns) + "), another tool's table named like schemactl's tracking table; "
                    + "a migration creating it could never be applied",
                    "give schemactl its own tracking table: migrations_table: schemactl_migrations in schemactl.yaml "
                            + "(or --migrations-table, SCHEMACTL_MIGRATIONS_TABLE)");
        }
    }

    /** The table's column names in table order, lower-cased; empty when there is no such table. */
    private static List<String> columns(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String pattern : new String[]{name, name.toUpperCase(Locale.ROOT)}) {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), pattern, null)) {
                while (rs.next()) {
                    if (name.equalsIgnoreCase(rs.getString("TABLE_NAME"))) out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    private static List<AppliedChangeset> select(Connection c, String name) throws SQLException {
        List<AppliedChangeset> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, author, filename, dateexecuted, orderexecuted, md5sum FROM "
                     + name + " ORDER BY orderexecuted")) {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(4);
                rows.add(new AppliedChangeset(rs.getString(1), rs.getString(2), rs.getString(3),
                        at == null ? null : at.toInstant(), rs.getInt(5), rs.getString(6)));
            }
        }
        return rows;
    }
}
