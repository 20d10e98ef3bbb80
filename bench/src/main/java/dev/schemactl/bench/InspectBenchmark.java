package dev.schemactl.bench;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.postgres.PostgresEngine;
import dev.schemactl.schema.Schema;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures, in one run, how long schemactl takes to read a PostgreSQL schema and diff it against an
 * identical model ("ours"), against the floor (five raw bulk catalog queries) and Liquibase 4.33's
 * snapshot, for schemas of several sizes, each in its own freshly created database. Prints a Markdown
 * table and the targets with PASS/FAIL, and writes both to {@code --output} (bench/results.md).
 * See bench/README.md.
 */
public final class InspectBenchmark {

    static final String DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
    static final long GIB = 1L << 30;

    /** Keeps JUL loggers configured (JUL holds them weakly). */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /** Results go here so the JIT cannot drop the work. */
    static volatile long sink;

    /** 1-minute load averages seen before and after each size (other work on the machine skews timings). */
    static final List<Double> LOADS = new ArrayList<>();

    record Options(List<Integer> sizes, int runs, double warmupSeconds, int liquibaseMaxTables, int liquibaseRuns,
                   int liquibaseRunsLarge, long seed, String url, Path output, int ddlBatch, List<String> args) {

        static Options parse(String[] args) {
            List<Integer> sizes = List.of(100, 500, 2000, 10000);
            int runs = 5;
            double warmup = 3;
            int lbMax = 2000;
            int lbRuns = -1;
            int lbRunsLarge = 1;
            long seed = 42;
            String env = System.getenv("SCHEMACTL_BENCH_POSTGRES_URL");
            String url = env == null || env.isBlank() ? DEFAULT_URL : env;
            Path output = Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results.md") : Path.of("results.md");
            int ddlBatch = 1000;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (name.equals("-h") || name.equals("--help")) {
                    System.out.println(usage());
                    System.exit(0);
                }
                if (value == null) {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(name + " needs a value\n" + usage());
                    value = args[++i];
                }
                switch (name) {
                    case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::trim)
                            .map(s -> Integer.parseInt(s.replace("_", ""))).sorted().toList();
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--warmup-seconds" -> warmup = Double.parseDouble(value);
                    case "--liquibase-max-tables" -> lbMax = Integer.parseInt(value);
                    case "--liquibase-runs" -> lbRuns = Integer.parseInt(value);
                    case "--liquibase-runs-large" -> lbRunsLarge = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--url" -> url = value;
                    case "--output" -> output = Path.of(value);
                    case "--ddl-batch" -> ddlBatch = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
                }
            }
            if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1");
            return new Options(sizes, runs, warmup, lbMax, lbRuns < 0 ? runs : lbRuns, lbRunsLarge, seed, url, output,
                    ddlBatch, List.of(args));
        }

        /** Liquibase runs at one size: --liquibase-runs up to 500 tables, --liquibase-runs-large above. */
        int liquibaseRunsAt(int tables) {
            return tables <= 500 ? liquibaseRuns : liquibaseRunsLarge;
        }

        static String usage() {
            return """
                    usage: bench/run [options]
                      --sizes 100,500,2000,10000   schema sizes in tables, each in its own fresh database
                      --runs 5                     timed runs per size (median reported), after the warm-up
                      --warmup-seconds 3           warm-up: repeat untimed at least once and for this long
                                                   (0: exactly one warm-up run)
                      --liquibase-max-tables 2000  Liquibase's snapshot is skipped above this size
                      --liquibase-runs N           Liquibase runs up to 500 tables (default: --runs), after the warm-up
                      --liquibase-runs-large 1     Liquibase runs above 500 tables (warm-up only when more than 1)
                      --seed 42                    generator seed
                      --url URL                    server (default $SCHEMACTL_BENCH_POSTGRES_URL or %s)
                      --output bench/results.md    where the Markdown results go
                      --ddl-batch 1000             DDL statements per multi-statement execute / transaction
                    """.formatted(DEFAULT_URL);
        }
    }

    record Row(int tables, double oursMs, double floorMs, Double liquibaseMs, double peakHeapMiB) {
        double perTableMicros() {
            return oursMs * 1000.0 / tables;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("liquibase.analytics.enabled", "false");

        DatabaseUrl server = DatabaseUrl.parse(options.url(), Path.of("."));
        String serverVersion;
        try (Connection c = BenchDatabase.connect(server); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            serverVersion = rs.getString(1);
        }
        log("server %s: %s", server.masked(), serverVersion);
        log("max heap %d MiB, %d cores, Java %s", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        List<Row> rows = new ArrayList<>();
        for (int size : options.sizes()) {
            rows.add(measure(size, server, options));
            // print as we go: a long run shows its first rows early
            System.err.println(table(rows));
        }

        String report = report(rows, options, serverVersion);
        System.out.println(report);
        if (options.output().getParent() != null) Files.createDirectories(options.output().getParent());
        Files.writeString(options.output(), report);
        log("wrote %s", options.output());
    }

    static Row measure(int size, DatabaseUrl server, Options options) throws Exception {
        String tag = "[" + size + " tables]";
        long t0 = System.nanoTime();
        sampleLoad();
        Schema model = SchemaGenerator.generate(size, options.seed());
        List<String> ddl = PostgresEngine.INSTANCE.renderer().createSchema(model);
        String dbName = "schemactl_bench_" + size + "_" + ProcessHandle.current().pid();
        try (BenchDatabase db = BenchDatabase.create(server, dbName)) {
            int executes = db.load(ddl, options.ddlBatch());
            log("%s created %s: %,d DDL statements in %d executes, %.1f s", tag, dbName, ddl.size(), executes,
                    (System.nanoTime() - t0) / 1e9);
            ddl = null; // let it go before heap is measured

            Inspector inspector = PostgresEngine.INSTANCE.inspector();
            double[] ours = new double[options.runs()];
            double[] floor = new double[options.runs()];
            double peakMiB;
            try (Connection c = db.connect(); Connection floorConnection = db.connect()) {
                // the floor never pays for JIT compilation, whatever the server's settings and the plans' costs
                try (Statement st = floorConnection.createStatement()) {
                    st.execute("SET jit = off");
                }
                // warm-up, and the premise check: the database reads back as the model, the plan is empty
                Schema inspected = inspector.inspect(c);
                Plan plan = new Differ(false).diff(inspected, model, Renames.NONE);
                if (inspected.tables().size() != size || !plan.changes().isEmpty()) {
                    throw new IllegalStateException(tag + " the inspected schema is not identical to the model: "
                            + inspected.tables().size() + " tables, " + plan.changes().size() + " changes, first: "
                            + plan.changes().stream().limit(5).map(Object::toString).toList());
                }
                inspected = null;
                plan = null;
                sink += CatalogFloor.fetch(floorConnection);
                // more warm-up, so that the JIT compiler has done its work before small sizes are timed
                int warmups = 1;
                for (long end = System.nanoTime() + (long) (options.warmupSeconds() * 1e9); System.nanoTime() < end; warmups++) {
                    timeOurs(inspector, c, model);
                    timeFloor(floorConnection);
                }
                log("%s warm-up: %d run(s) of each", tag, warmups);

                for (int r = 0; r < options.runs(); r++) { // interleaved, so drift hits both alike
                    ours[r] = timeOurs(inspector, c, model);
                    floor[r] = timeFloor(floorConnection);
                }
                log("%s ours %s ms, floor %s ms (load average %.1f)", tag, list(ours), list(floor), sampleLoad());
                peakMiB = peakHeapMiB(inspector, c, model);
                log("%s peak heap during ours %.1f MiB", tag, peakMiB);
            }

            Double liquibaseMs = null;
            int lbRuns = options.liquibaseRunsAt(size);
            if (size <= options.liquibaseMaxTables() && lbRuns > 0) {
                double[] lb = new double[lbRuns];
                try (Connection c = db.connect()) {
                    if (lbRuns > 1) { // warm-up, like ours and the floor
                        long end = System.nanoTime() + (long) (options.warmupSeconds() * 1e9);
                        do {
                            liquibase(c, size);
                        } while (System.nanoTime() < end);
                    }
                    for (int r = 0; r < lbRuns; r++) lb[r] = liquibase(c, size);
                }
                liquibaseMs = median(lb);
                log("%s Liquibase %s ms", tag, list(lb));
            } else {
                log("%s Liquibase skipped (above --liquibase-max-tables %d)", tag, options.liquibaseMaxTables());
            }
            sampleLoad();
            return new Row(size, median(ours), median(floor), liquibaseMs, peakMiB);
        }
    }

    static double timeOurs(Inspector inspector, Connection c, Schema model) throws SQLException {
        long start = System.nanoTime();
        Schema inspected = inspector.inspect(c);
        Plan plan = new Differ(false).diff(inspected, model, Renames.NONE);
        long nanos = System.nanoTime() - start;
        sink += plan.changes().size() + inspected.tables().size();
        return nanos / 1e6;
    }

    static double timeFloor(Connection c) throws SQLException {
        long start = System.nanoTime();
        long hash = CatalogFloor.fetch(c);
        long nanos = System.nanoTime() - start;
        sink += hash;
        return nanos / 1e6;
    }

    static double liquibase(Connection c, int size) throws Exception {
        LiquibaseSnapshot.Result result = LiquibaseSnapshot.take(c);
        if (result.tables() != size) {
            throw new IllegalStateException("Liquibase saw " + result.tables() + " tables, expected " + size);
        }
        return result.nanos() / 1e6;
    }

    /**
     * Peak heap while ours runs once: System.gc(), reset the heap pools' peaks, inspect + diff, then the
     * sum of the heap pools' peak usage. It includes what the harness holds (the model) and garbage the
     * collector had not yet reclaimed, so it is an upper bound of what ours needs.
     */
    static double peakHeapMiB(Inspector inspector, Connection c, Schema model) throws SQLException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        timeOurs(inspector, c, model);
        long peak = 0;
        for (MemoryPoolMXBean pool : heap) peak += pool.getPeakUsage().getUsed();
        return peak / (1024.0 * 1024.0);
    }

    // ------------------------------------------------------------------ report

    static String report(List<Row> rows, Options options, String serverVersion) {
        StringBuilder b = new StringBuilder();
        b.append("## Results\n\n");
        b.append(table(rows)).append('\n');
        b.append("Targets:\n\n");
        for (String target : targets(rows)) b.append("- ").append(target).append('\n');
        b.append('\n');
        b.append("Run: `bench/run").append(options.args().isEmpty() ? "" : " " + String.join(" ", options.args()))
                .append("`; median of ").append(options.runs()).append(" runs (ours and floor interleaved) after a warm-up of ")
                .append(String.format(Locale.ROOT, "at least one run and %.0f s", options.warmupSeconds())).append("; ")
                .append("Liquibase ").append(options.liquibaseRuns()).append(" run(s) up to 500 tables")
                .append(options.liquibaseRuns() > 1 ? " after the same warm-up, " : " without warm-up, ")
                .append(options.liquibaseRunsLarge()).append(options.liquibaseRunsLarge() > 1 ? " (after the warm-up)" : "")
                .append(" above, skipped above ")
                .append(String.format(Locale.ROOT, "%,d", options.liquibaseMaxTables())).append(" tables; seed ")
                .append(options.seed()).append(".\n\n");
        b.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(", Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB; ")
                .append(serverVersion.replaceAll(" on .*", "")).append(" on the same machine");
        if (!LOADS.isEmpty()) {
            b.append(String.format(Locale.ROOT, "; 1-minute load average %.1f–%.1f while it ran",
                    LOADS.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    LOADS.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        }
        b.append(".\n");
        return b.toString();
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| tables | ours ms (median) | floor ms | ours/floor | Liquibase ms | Liquibase/ours | ours per table µs | peak heap MiB |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %,d | %,.1f | %,.1f | %.2f | %s | %s | %,.1f | %,.0f |%n",
                    r.tables(), r.oursMs(), r.floorMs(), r.oursMs() / r.floorMs(),
                    r.liquibaseMs() == null ? "skipped" : String.format(Locale.ROOT, "%,.0f", r.liquibaseMs()),
                    r.liquibaseMs() == null ? "—" : String.format(Locale.ROOT, "%,.0f×", r.liquibaseMs() / r.oursMs()),
                    r.perTableMicros(), r.peakHeapMiB()));
        }
        return b.toString();
    }

    static List<String> targets(List<Row> rows) {
        List<String> out = new ArrayList<>();
        Row at2000 = row(rows, 2000);
        out.add(at2000 == null ? "NOT MEASURED — ours ≤ 1.5× floor at 2,000 tables (2,000 is not among --sizes)"
                : verdict(at2000.oursMs() <= 1.5 * at2000.floorMs()) + String.format(Locale.ROOT,
                " — ours ≤ 1.5× floor at 2,000 tables: %.2f×", at2000.oursMs() / at2000.floorMs()));

        List<Row> withLiquibase = rows.stream().filter(r -> r.liquibaseMs() != null).toList();
        if (withLiquibase.isEmpty()) {
            out.add("NOT MEASURED — Liquibase ≥ 30× slower than ours (no size within --liquibase-max-tables)");
        } else {
            boolean ok = withLiquibase.stream().allMatch(r -> r.liquibaseMs() >= 30 * r.oursMs());
            String detail = String.join(", ", withLiquibase.stream().map(r -> String.format(Locale.ROOT, "%,.0f× at %,d",
                    r.liquibaseMs() / r.oursMs(), r.tables())).toList());
            out.add(verdict(ok) + " — Liquibase ≥ 30× slower than ours where measured: " + detail);
        }

        Row at500 = row(rows, 500);
        Row at10000 = row(rows, 10000);
        out.add(at500 == null || at10000 == null
                ? "NOT MEASURED — cost per table flat from 500 to 10,000 tables (both sizes are needed)"
                : verdict(at10000.perTableMicros() <= 1.5 * at500.perTableMicros()) + String.format(Locale.ROOT,
                " — cost per table flat from 500 to 10,000 tables (≤ 1.5×): %.1f µs → %.1f µs, %.2f×",
                at500.perTableMicros(), at10000.perTableMicros(), at10000.perTableMicros() / at500.perTableMicros()));

        long maxHeap = Runtime.getRuntime().maxMemory();
        if (at10000 == null) {
            out.add("NOT MEASURED — 10,000 tables within 1 GiB heap (10,000 is not among --sizes)");
        } else if (maxHeap > GIB) {
            out.add(String.format(Locale.ROOT, "NOT MEASURED — 10,000 tables within 1 GiB heap: the JVM ran with a "
                    + "%,d MiB max heap; run with -Xmx1g (bench/run does)", maxHeap >> 20));
        } else {
            out.add(verdict(at10000.peakHeapMiB() < 1024) + String.format(Locale.ROOT,
                    " — 10,000 tables within 1 GiB heap: ran under -Xmx%dm, peak %,.0f MiB", maxHeap >> 20,
                    at10000.peakHeapMiB()));
        }
        return out;
    }

    private static Row row(List<Row> rows, int tables) {
        return rows.stream().filter(r -> r.tables() == tables).findFirst().orElse(null);
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String list(double[] values) {
        return String.join(" ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    /** Notes the system's 1-minute load average (where the OS reports one). */
    static double sampleLoad() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) LOADS.add(load);
        return load;
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
