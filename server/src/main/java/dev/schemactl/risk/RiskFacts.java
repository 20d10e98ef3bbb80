package dev.schemactl.risk;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.TableStats;
import dev.schemactl.schema.Schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the live database tells the rules: engine and server version, the schema as it is, and row counts.
 *
 * @param version          the server's version string, e.g. "15.4" or "10.11.6-MariaDB"; null when unknown
 * @param major            the server's major version; 0 when unknown
 * @param mysql            true for MySQL (not MariaDB) behind the mariadb engine
 * @param rows             table → rows; a table that is not there has an unknown count
 * @param validatedNotNull "table.column" pairs with a validated CHECK (column IS NOT NULL) (PostgreSQL)
 * @param sessionTimeZone  the TimeZone a migration session gets (PostgreSQL); null when unknown or not applicable
 * @param fits             what the data says about each narrowing checked ({@link #fitKey}); none when not checked
 */
public record RiskFacts(EngineKind engine, String version, int major, int minor, boolean mysql, Schema schema,
                        Map<String, RowCount> rows, Set<String> validatedNotNull, String sessionTimeZone,
                        Map<String, ValueFit> fits) {

    /** Counts below this are counted exactly (bounded probe) when the catalog's estimate is missing or small. */
    public static final long PROBE_CAP = 10_000;

    /**
     * A row count.
     *
     * @param exact true when counted, false when the catalog's estimate
     */
    public record RowCount(long rows, boolean exact) {
        public String describe() {
            return (exact ? "" : "~") + String.format(Locale.ROOT, "%,d", rows) + (rows == 1 ? " row" : " rows")
                    + (exact ? "" : " (estimate)");
        }
    }

    public RiskFacts {
        schema = schema == null ? Schema.EMPTY : schema;
        rows = Map.copyOf(rows);
        validatedNotNull = Set.copyOf(validatedNotNull);
        fits = Map.copyOf(fits);
    }

    /** Facts without the session time zone and data checks (read by {@link #withDataChecks}). */
    public RiskFacts(EngineKind engine, String version, int major, int minor, boolean mysql, Schema schema,
                     Map<String, RowCount> rows, Set<String> validatedNotNull) {
        this(engine, version, major, minor, mysql, schema, rows, validatedNotNull, null, Map.of());
    }

    /** Tables with at most this many rows are scanned to check whether a narrowing fits the data. */
    public static final long SCAN_LIMIT = 100_000;

    /** The key of a narrowing in {@link #fits}: table, column and the type it narrows to. */
    public static String fitKey(String table, String column, dev.schemactl.schema.ColumnType to) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT) + " -> " + to;
    }

    /** What the data said about narrowing the column to {@code to}; null when it was not looked at. */
    public ValueFit fit(String table, String column, dev.schemactl.schema.ColumnType to) {
        return table == null || column == null ? null : fits.get(fitKey(table, column, to));
    }

    /**
     * These facts plus what the data says: the session TimeZone (PostgreSQL) and, for each narrowing type change of a
     * column that exists in a table of at most {@link #SCAN_LIMIT} rows, whether every value fits the new type (one
     * bounded query per narrowing, through the engine's {@link TableStats} functions). Call after
     * {@link #withRowCounts}.
     */
    public RiskFacts withDataChecks(DatabaseHandle db, List<Step> steps) {
        TableStats stats = db.engine().tableStats();
        try (Connection c = db.connection()) {
            String zone = stats.sessionTimeZone(c);
            Map<String, ValueFit> checked = new java.util.TreeMap<>();
            for (Step s : steps) {
                if (!(s.change() instanceof dev.schemactl.diff.Change.AlterColumnType a)) continue;
                if (TypeChanges.narrowing(a.before().type(), a.after().type()) == null) continue;
                String table = a.table();
                String column = a.before().name();
                boolean live = schema.tables().stream().anyMatch(t -> t.key().equalsIgnoreCase(table)
                        && t.columns().stream().anyMatch(col -> col.name().equalsIgnoreCase(column)));
                if (!live) continue;
                String key = fitKey(table, column, a.after().type());
                if (checked.containsKey(key)) continue;
                RowCount rc = rowCount(table);
                if (rc == null || rc.rows() > SCAN_LIMIT) {
                    checked.put(key, ValueFit.notChecked(table + (rc == null ? "'s row count is unknown"
                            : " has " + rc.describe() + ", more than " + String.format(Locale.ROOT, "%,d", SCAN_LIMIT) + " to scan")));
                    continue;
                }
                checked.put(key, NarrowingCheck.run(c, stats, tableRef(schema, db.engine().renderer()::quote), db.engine().renderer()::quote, table, column,
                        a.before().type(), a.after().type()));
            }
            return new RiskFacts(engine, version, major, minor, mysql, schema, rows, validatedNotNull, zone, checked);
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /** Facts without a database: the engine only; every row count unknown. */
    public static RiskFacts offline(EngineKind engine) {
        return new RiskFacts(engine, null, 0, 0, false, Schema.EMPTY, Map.of(), Set.of());
    }

    /** The same facts with another engine version (for tests and for reasoning about other servers). */
    public RiskFacts withVersion(int newMajor, int newMinor) {
        return new RiskFacts(engine, newMajor + "." + newMinor, newMajor, newMinor, mysql, schema, rows, validatedNotNull,
                sessionTimeZone, fits);
    }

    /** The live schema and the server version, read before parsing (the parser needs the schema). */
    public static RiskFacts read(DatabaseHandle db) {
        return read(db, null);
    }

    /** {@link #read(DatabaseHandle)} with the live schema already inspected ({@code live}; null: inspect it now). */
    public static RiskFacts read(DatabaseHandle db, Schema live) {
        try (Connection c = db.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            String version = meta.getDatabaseProductVersion();
            boolean mysql = db.engine().kind() == EngineKind.MARIADB && !version.toLowerCase(Locale.ROOT).contains("mariadb")
                    && meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mysql");
            Schema schema = live != null ? live : db.engine().inspector().inspect(c, db.url().inspectedSchemas());
            return new RiskFacts(db.engine().kind(), version, meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(),
                    mysql, schema, Map.of(), Set.of());
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /**
     * These facts plus row counts: the engine's estimates for every table ({@link TableStats}, one bulk query) and,
     * for the {@code touched} tables whose estimate is missing or below {@link #PROBE_CAP}, an exact count capped at
     * the probe cap (one more query). A table touched whose count stays unknown counts as 1M rows in the rules.
     */
    public RiskFacts withRowCounts(DatabaseHandle db, Collection<String> touched) {
        try (Connection c = db.connection()) {
            TableStats.Snapshot snapshot = db.engine().tableStats().read(c, db.url().inspectedSchemas());
            Map<String, RowCount> counts = new HashMap<>();
            snapshot.rows().forEach((table, n) -> {
                if (n != TableStats.UNKNOWN) counts.put(table, new RowCount(n, (db.engine().kind() == EngineKind.H2 || db.engine().kind() == EngineKind.SQLITE) && exactH2(snapshot)));
            });
            List<String> probe = touched.stream().map(t -> liveName(snapshot.rows(), t)).filter(t -> t != null)
                    .filter(t -> {
                        RowCount rc = counts.get(t);
                        return rc == null || (!rc.exact() && rc.rows() < PROBE_CAP);
                    }).distinct().sorted().limit(100).toList();
            Map<String, Long> probed = TableStats.probe(c, probe, PROBE_CAP, tableRef(schema, db.engine().renderer()::quote));
            probed.forEach((table, n) -> {
                if (n < PROBE_CAP) counts.put(table, new RowCount(n, true));
                else if (!counts.containsKey(table) || counts.get(table).rows() < PROBE_CAP) counts.remove(table); // ≥ cap: estimate unusable
            });
            return new RiskFacts(engine, version, major, minor, mysql, schema, counts, snapshot.validatedNotNull(),
                    sessionTimeZone, fits);
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /**
     * Spells a table named by its key for a query: {@code billing.invoices} of the live schema as
     * {@code billing.invoices} (schema and name each quoted), a name of the default schema quoted as one identifier.
     */
    static java.util.function.UnaryOperator<String> tableRef(Schema live, java.util.function.UnaryOperator<String> quote) {
        return key -> live.tables().stream().filter(t -> t.schema() != null && t.key().equals(key)).findFirst()
                .map(t -> quote.apply(t.schema()) + "." + quote.apply(t.name())).orElseGet(() -> quote.apply(key));
    }

    private static boolean exactH2(TableStats.Snapshot snapshot) {
        return snapshot.rows().size() <= 50;
    }

    private static String liveName(Map<String, Long> names, String table) {
        if (names.containsKey(table)) return table;
        return names.keySet().stream().filter(n -> n.equalsIgnoreCase(table)).findFirst().orElse(null);
    }

    /** The row count of a table (exact name first, then ignoring case); null when unknown. */
    public RowCount rowCount(String table) {
        if (table == null) return null;
        RowCount rc = rows.get(table);
        if (rc != null) return rc;
        return rows.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }

    /** "PostgreSQL 15.4", "MariaDB 10.11.6", "H2 2.3.232"; the engine alone when the version is unknown. */
    public String describe() {
        String name = switch (engine) {
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> mysql ? "MySQL" : "MariaDB";
            case H2 -> "H2";
            case SQLITE -> "SQLite";
        };
        if (version == null) return name + " (version unknown)";
        String v = version.split("[\\s-]")[0];
        return name + " " + v;
    }
}
