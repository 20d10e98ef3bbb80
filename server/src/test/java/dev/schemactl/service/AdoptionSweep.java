package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.NativeClients;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Throwaway sweep (never in CI: runs only with -Dadoption.sweep=REGEX): adopts each real schema with baseline, then
 * verify, up on a fresh database, a small new/up/rollback, judged by pg_dump / SHOW CREATE. Writes a table to
 * target/adoption-sweep.tsv and keeps each project under target/adoption-sweep/ENGINE-name. Run it with
 * {@code -Dtest=AdoptionSweep -Dadoption.sweep='POSTGRESQL (pagila|zync)$'}; the default policy applies, as for a new user.
 */
class AdoptionSweep {
    private static final Map<String, String> SCHEMAS = Map.of(
            "adventureworks", "public, hr, humanresources, pe, person, pr, production, pu, purchasing, sa, sales",
            "musicbrainz", "public, musicbrainz",
            "graphile_worker", "public, graphile_worker",
            "supabase_auth", "public, auth",
            "lemmy", "public, utils",
            "lago", "public, partman",
            "pgboss", "public, pgboss");
    private static final Set<String> OTHER_TOOLS_TRACKING = Set.of("solid_cache", "zync", "openstreetmap", "danbooru", "gitlab_gisia",
            "philomena", "sanbase2", "lago", "harbor", "supabase_auth", "lemmy");

    @TestFactory
    Stream<DynamicTest> sweep() throws Exception {
        String only = System.getProperty("adoption.sweep");
        Assumptions.assumeTrue(only != null, "run with -Dadoption.sweep=REGEX");
        List<String> entries = new ArrayList<>();
        for (String folder : List.of("postgresql", "mariadb")) {
            try (var files = Files.list(Path.of("src/test/resources/realschemas", folder))) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql")).sorted()
                        .forEach(f -> entries.add((folder.equals("postgresql") ? "POSTGRESQL " : "MARIADB ") + f.replace(".sql", "")));
            }
        }
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(only);
        return entries.stream().filter(e -> p.matcher(e).find()).map(e -> DynamicTest.dynamicTest(e, () -> {
            String row;
            try {
                row = one(EngineKind.valueOf(e.substring(0, e.indexOf(' '))), e.substring(e.indexOf(' ') + 1));
            } catch (Exception | Error x) {
                row = "FAIL exception: " + x;
            }
            Files.writeString(Path.of("target/adoption-sweep.tsv"), e + "\t" + row + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            if (row.contains("FAIL")) throw new AssertionError(row);
        }));
    }

    private String one(EngineKind engine, String name) throws Exception {
        List<String> row = new ArrayList<>();
        String folder = engine == EngineKind.POSTGRESQL ? "postgresql" : "mariadb";
        Path dir = Path.of("target/adoption-sweep", engine + "-" + name);
        if (Files.exists(dir)) try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Files.createDirectories(dir);
        String text = Files.readString(Path.of("src/test/resources/realschemas", folder, name + ".sql"));
        Files.writeString(dir.resolve("a.sql"), text);
        String tracking = OTHER_TOOLS_TRACKING.contains(name) ? "schemactl_migrations" : "schema_migrations";
        String yaml = (OTHER_TOOLS_TRACKING.contains(name) ? "migrations_table: schemactl_migrations\n" : "")
                + (SCHEMAS.containsKey(name) ? "schemas: [" + SCHEMAS.get(name) + "]\n" : "");
        Files.writeString(dir.resolve("schemactl.yaml"), yaml);
        try (TestDatabase x = TestDatabase.create(engine)) {
            NativeClients.load(x, dir.resolve("a.sql"));
            Map<String, String> original = without(NativeClients.schema(x), tracking);
            Cli cli = new Cli(dir).env("DATABASE_URL", x.urlText());
            Cli.Run baseline = cli.run("baseline");
            if (!step(row, "baseline", baseline.exit() == 0, baseline.all())) return String.join("\t", row);
            Cli.Run verify = cli.run("verify");
            step(row, "verify", verify.exit() == 0, verify.all());
            try (TestDatabase y = TestDatabase.create(engine)) {
                Cli.Run up = new Cli(dir).env("DATABASE_URL", y.urlText()).run("up");
                if (step(row, "up-fresh", up.exit() == 0, up.all())) {
                    List<String> d = differences(original, without(NativeClients.schema(y), tracking));
                    step(row, "fresh=live", d.isEmpty(), String.join("\n", d));
                }
            }
            String change = change(engine, x, SCHEMAS.getOrDefault(name, "public").split(",\\s*"));
            Files.writeString(dir.resolve("b.sql"), text + "\n" + change + "\n");
            Cli.Run made = cli.run("new", "-m", "adopt change", "--to-sql", "b.sql");
            boolean verified = made.exit() == 0 && made.out().contains("rollback verified")
                    && !made.all().toLowerCase().contains("warning") && !made.all().contains("NOT verified");
            if (!step(row, "new", verified, change + "\n" + made.all())) return String.join("\t", row);
            Cli.Run up = cli.run("up");
            if (!step(row, "up", up.exit() == 0, up.all())) return String.join("\t", row);
            try (TestDatabase z = TestDatabase.create(engine)) {
                NativeClients.load(z, dir.resolve("b.sql"));
                List<String> d = differences(without(NativeClients.schema(z), tracking), without(NativeClients.schema(x), tracking));
                step(row, "up=B", d.isEmpty(), String.join("\n", d));
            }
            Cli.Run rollback = cli.run("rollback");
            if (step(row, "rollback", rollback.exit() == 0, rollback.all())) {
                List<String> d = differences(original, without(NativeClients.schema(x), tracking));
                step(row, "rollback=A", d.isEmpty(), String.join("\n", d));
            }
        }
        return String.join("\t", row);
    }

    private boolean step(List<String> row, String name, boolean ok, String why) {
        if (ok) {
            row.add(name + " ok");
        } else {
            String w = why.replace('\t', ' ').replace('\n', ' ');
            row.add(name + " FAIL: " + (w.length() > 1500 ? w.substring(0, 1500) + "..." : w));
        }
        return ok;
    }

    /** One nullable column and one index on a plain table of the first scope schema that has one. */
    private static String change(EngineKind engine, TestDatabase db, String[] schemas) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            if (engine == EngineKind.POSTGRESQL) {
                String in = String.join(",", java.util.Arrays.stream(schemas).map(s -> "'" + s + "'").toList());
                try (ResultSet rs = st.executeQuery("""
                        SELECT n.nspname, c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        WHERE c.relkind = 'r' AND NOT c.relispartition AND c.relpersistence = 'p'
                          AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid OR i.inhparent = c.oid)
                          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum)
                          AND n.nspname IN (%s) AND c.relname NOT LIKE '%%migrations%%' AND c.relname <> 'ar_internal_metadata'
                          AND a.atttypid IN ('int4'::regtype, 'int8'::regtype, 'int2'::regtype, 'text'::regtype, 'varchar'::regtype,
                              'timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype)
                        ORDER BY n.nspname <> 'public', a.attnum = 1, c.relname, a.attnum LIMIT 1""".formatted(in))) {
                    if (!rs.next()) return "";
                    String t = q(rs.getString(1)) + "." + q(rs.getString(2));
                    return "ALTER TABLE " + t + " ADD COLUMN adopt_note text;\nCREATE INDEX " + q(rs.getString(2) + "_adopt_idx")
                            + " ON " + t + " (" + q(rs.getString(3)) + ");";
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
                      ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
                    WHERE c.TABLE_SCHEMA = DATABASE() AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS s
                        WHERE s.TABLE_SCHEMA = c.TABLE_SCHEMA AND s.TABLE_NAME = c.TABLE_NAME AND s.COLUMN_NAME = c.COLUMN_NAME) AND c.TABLE_NAME NOT LIKE '%migrations%'
                      AND (c.DATA_TYPE IN ('int', 'bigint', 'smallint', 'date', 'datetime', 'timestamp')
                           OR (c.DATA_TYPE = 'varchar' AND c.CHARACTER_MAXIMUM_LENGTH <= 100))
                    ORDER BY c.ORDINAL_POSITION = 1, c.TABLE_NAME, c.ORDINAL_POSITION LIMIT 1""")) {
                if (!rs.next()) return "";
                String t = "`" + rs.getString(1) + "`";
                return "ALTER TABLE " + t + " ADD COLUMN adopt_note VARCHAR(100) NULL;\nCREATE INDEX `" + rs.getString(1)
                        + "_adopt_idx` ON " + t + " (`" + rs.getString(2) + "`);";
            }
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, String> without(Map<String, String> m, String tracking) {
        Map<String, String> out = new TreeMap<>(m);
        out.keySet().removeIf(k -> k.contains(tracking) || k.equals("SCHEMA: public") || k.equals("COMMENT: SCHEMA public"));
        return out;
    }

    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            if (!actual.containsKey(k)) out.add("missing " + k + ": " + expected.get(k));
            else if (!expected.containsKey(k)) out.add("unexpected " + k + ": " + actual.get(k));
            else if (!expected.get(k).equals(actual.get(k))) out.add(k + ": expected " + expected.get(k) + " but was " + actual.get(k));
        }
        return out;
    }
}
