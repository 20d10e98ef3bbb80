package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.postgres.PostgresCatalogOracle;
import dev.schemactl.source.HibernateDdl;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import dev.schemactl.testing.oracle.MariaDbOracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity path judged by the databases' own tools: for each pair of entity models A → B (packages
 * {@code dev.schemactl.source.evolution.pNN.a} / {@code .b}, the same table names), database X gets Hibernate's own
 * DDL for A; schemactl's real flow, as a coding agent runs it ({@code new} with the entities of B as the desired
 * state, {@code --drop-extra} so that removed fields and entities go too, then {@code up}, then {@code diff --check}
 * must say converged), must turn X into what
 * Hibernate's DDL for B makes in database Y; {@code rollback} must bring X back to Hibernate's DDL for A. Compared with
 * {@code pg_dump --schema-only} normalized ({@link PostgresCatalogOracle}) and MariaDB's SHOW CREATE TABLE
 * ({@link MariaDbOracle}), schemactl's tracking tables left out.
 *
 * <p>Column order: ALTER TABLE ... ADD COLUMN cannot place a column on PostgreSQL (it comes last), and schemactl does
 * not move the columns of an existing table, so for tables that existed in A the columns are compared as a set (the
 * pg_dump oracle sorts every table's body; MariaDB's for tables of A); tables created by the migration must list
 * their columns in Hibernate's order (checked with information_schema on both engines).
 *
 * <p>Cost: a pair and engine is two Hibernate boots for the reference DDL, {@code new}, {@code up}, {@code diff --check},
 * {@code rollback} and four oracle reads; the ten took 98 s on a shared machine at load average 12, the first one
 * carrying the JVM's warm-up of Hibernate and Liquibase (25 s there). H2 is left out: no pg_dump-like oracle of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityEvolutionOracleTest {
    private static final String ROOT = "dev.schemactl.source.evolution.";
    private static final Settings.Naming SPRING = new Settings.Naming("spring", null, null);

    /** A pair: its package under {@link #ROOT} and the naming the application uses. */
    record Pair(String name, Settings.Naming naming) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Each pair holds several entities (table names unique across its package) so that a pair costs one round trip. */
    static final List<Pair> PAIRS = List.of(
            // add/remove fields, length/precision/nullable/unique, java.time and primitive types; @Index (named, unnamed,
            // descending, unique), @UniqueConstraint added and dropped; NOT NULL / unique dropped, types widened/narrowed;
            // named @Check, @Comment, @ColumnDefault, a JSON column
            new Pair("p01", Settings.Naming.AUTO),
            // new entities with @ManyToOne, @OneToMany (mappedBy and @JoinColumn), @OneToOne, @ManyToMany join tables;
            // an entity and a @ManyToMany removed; IDENTITY <-> SEQUENCE, @SequenceGenerator; a named FK with
            // @OnDelete(CASCADE); an @EmbeddedId / @MapsId composite key
            new Pair("p02", Settings.Naming.AUTO),
            // @Enumerated STRING/ORDINAL changes and new values; @Version, @Lob, @Column(columnDefinition), long varchar;
            // @Convert (own and Hibernate's converters), UUID ids (assigned and GenerationType.UUID), ZonedDateTime
            new Pair("p03", Settings.Naming.AUTO),
            // @Embedded with @AttributeOverrides, @ElementCollection (basic, embeddable, @OrderColumn, map);
            // SINGLE_TABLE gains a subclass and a @DiscriminatorColumn; a plain entity becomes JOINED with subclasses;
            // TABLE_PER_CLASS; @SecondaryTable
            new Pair("p04", Settings.Naming.AUTO),
            // Spring Boot's naming (CamelCaseToUnderscores + SpringImplicitNamingStrategy, models.naming: spring)
            new Pair("p05", SPRING));

    private final Map<EngineKind, TestDatabase[]> databases = new TreeMap<>();

    @BeforeAll
    void open() {
        for (EngineKind kind : List.of(EngineKind.POSTGRESQL, EngineKind.MARIADB)) {
            databases.put(kind, new TestDatabase[]{TestDatabase.create(kind), TestDatabase.create(kind)});
        }
    }

    @AfterAll
    void close() {
        databases.values().forEach(dbs -> {
            for (TestDatabase db : dbs) db.close();
        });
    }

    @TestFactory
    Stream<DynamicTest> postgres() {
        return tests(EngineKind.POSTGRESQL);
    }

    @TestFactory
    Stream<DynamicTest> mariaDb() {
        return tests(EngineKind.MARIADB);
    }

    private Stream<DynamicTest> tests(EngineKind kind) {
        String only = System.getProperty("pairs.only");
        return PAIRS.stream().filter(p -> only == null || p.name().matches(only))
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> check(kind, p)));
    }

    private void check(EngineKind kind, Pair pair) throws Exception {
        TestDatabase x = databases.get(kind)[0];
        TestDatabase y = databases.get(kind)[1];
        reset(x);
        reset(y);
        Path classes = GenerateIdempotencyTest.classesOf(EntityEvolutionOracleTest.class);
        Path project = Files.createTempDirectory("schemactl-evolution-");
        String a = ROOT + pair.name() + ".a";
        String b = ROOT + pair.name() + ".b";
        String ddlA = HibernateDdl.createScript(classes, a, kind, pair.naming(), project);
        String ddlB = HibernateDdl.createScript(classes, b, kind, pair.naming(), project);
        apply(x, ddlA);
        apply(y, ddlB);
        Set<String> tablesOfA = tables(x);
        Map<String, String> oracleA = oracle(x, tablesOfA);
        Map<String, String> oracleB = oracle(y, tablesOfA);

        Files.writeString(project.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
        Files.writeString(project.resolve("schemactl.yaml"), "policy: allow.yaml\nmodels:\n  classpath: [\""
                + classes.toString().replace("\\", "/") + "\"]\n  packages: [" + b + "]\n"
                + (pair.naming().preset() == null ? "" : "  naming: " + pair.naming().preset() + "\n"));
        Cli cli = new Cli(project).env("DATABASE_URL", x.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");
        // --no-verify: the rollback is judged below by the oracle itself, not by schemactl's shadow replay (which costs a second)
        Cli.Run made = cli.run("new", "-m", "evolve", "--drop-extra", "--no-verify");
        assertThat(made.exit()).as("new: " + made.all() + "\nHibernate's DDL for B:\n" + ddlB).isZero();
        String migration = migrations(project);
        String context = "\nmigration:\n" + migration + "\nHibernate's DDL for A:\n" + ddlA + "\nHibernate's DDL for B:\n" + ddlB;

        Cli.Run up = cli.run("up");
        assertThat(up.exit()).as("up: " + up.all() + context).isZero();
        assertThat(difference(oracle(x, tablesOfA), oracleB))
                .as(kind + " " + pair + ": after up, X equals Hibernate's DDL for B" + context).isEmpty();

        Cli.Run check = cli.run("diff", "--check", "--drop-extra");
        assertThat(check.exit()).as("after up, the entities of B and X converge: " + check.all() + context).isZero();

        Cli.Run down = cli.run("rollback");
        assertThat(down.exit()).as("rollback: " + down.all() + context).isZero();
        assertThat(difference(oracle(x, tablesOfA), oracleA))
                .as(kind + " " + pair + ": after rollback, X equals Hibernate's DDL for A" + context).isEmpty();
    }

    static void apply(TestDatabase db, String script) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String line : script.split("\\R")) {
                String sql = line.strip();
                if (sql.isEmpty()) continue;
                if (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1);
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("Hibernate's DDL failed: " + sql + ": " + e.getMessage(), e);
                }
            }
        }
    }

    static void reset(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            if (db.engine() == EngineKind.POSTGRESQL) {
                st.execute("DROP SCHEMA public CASCADE");
                st.execute("CREATE SCHEMA public");
            } else {
                String name = db.url().database();
                st.execute("DROP DATABASE " + name);
                st.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** Base tables of the database (tracking tables left out), from information_schema. */
    static Set<String> tables(TestDatabase db) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = "
                        + (db.engine() == EngineKind.POSTGRESQL ? "'public'" : "DATABASE()"))) {
            while (rs.next()) if (!rs.getString(1).startsWith("schema_migrations")) out.add(rs.getString(1));
        }
        return out;
    }

    /**
     * The database as its own tools describe it: pg_dump's statements or SHOW CREATE per object, plus the column order of
     * every table that is not one of {@code tablesOfA}.
     */
    static Map<String, String> oracle(TestDatabase db, Set<String> tablesOfA) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        if (db.engine() == EngineKind.POSTGRESQL) {
            List<String> dump = PostgresCatalogOracle.dump(db.url()).stream().filter(s -> !s.contains("schema_migrations"))
                    .map(EntityEvolutionOracleTest::keyNames).toList();
            for (int i = 0; i < dump.size(); i++) out.put("pg_dump " + String.format("%03d", i), dump.get(i));
        } else {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                List<String[]> objects = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SHOW FULL TABLES")) {
                    while (rs.next()) if (!rs.getString(1).startsWith("schema_migrations")) objects.add(new String[]{rs.getString(1), rs.getString(2)});
                }
                for (String[] o : objects) {
                    boolean sequence = o[1].equals("SEQUENCE");
                    try (ResultSet rs = st.executeQuery((sequence ? "SHOW CREATE SEQUENCE `" : "SHOW CREATE TABLE `") + o[0] + "`")) {
                        rs.next();
                        String ddl = rs.getString(2).replace("`" + c.getCatalog() + "`.", "");
                        // Hibernate's MariaDB dialect writes a Boolean as bit; schemactl reads that as a plain BOOLEAN and
                        // writes a new boolean column as tinyint(1), MariaDB's BOOLEAN (MariaDbTypeNames, by design);
                        // an existing bit(1) column keeps its spelling
                        out.put(o[0], sequence ? ddl : MariaDbOracle.normalizeTable(keyNames(ddl)
                                .replaceAll("(?m)^(  `[^`]+` )bit\\(1\\)", "$1tinyint(1)"), false));
                    }
                }
            }
        }
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                        + (db.engine() == EngineKind.POSTGRESQL ? "'public'" : "DATABASE()") + " ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (tablesOfA.contains(table) || table.startsWith("schema_migrations")) continue;
                out.merge("column order of " + table, rs.getString(2), (p, n) -> p + ", " + n);
            }
        }
        return out;
    }

    /** What differs, object by object: "- " what X lacks, "+ " what X has more. */
    static String difference(Map<String, String> x, Map<String, String> expected) {
        StringBuilder b = new StringBuilder();
        if (x.keySet().stream().anyMatch(k -> k.startsWith("pg_dump "))) {
            Set<String> have = new TreeSet<>(x.entrySet().stream().filter(e -> e.getKey().startsWith("pg_dump ")).map(Map.Entry::getValue).toList());
            Set<String> want = new TreeSet<>(expected.entrySet().stream().filter(e -> e.getKey().startsWith("pg_dump ")).map(Map.Entry::getValue).toList());
            want.stream().filter(s -> !have.contains(s)).forEach(s -> b.append("- ").append(s).append('\n'));
            have.stream().filter(s -> !want.contains(s)).forEach(s -> b.append("+ ").append(s).append('\n'));
        }
        Set<String> keys = new TreeSet<>(x.keySet());
        keys.addAll(expected.keySet());
        for (String k : keys) {
            if (k.startsWith("pg_dump ")) continue;
            String have = x.get(k);
            String want = expected.get(k);
            if (!java.util.Objects.equals(have, want)) b.append("- ").append(want).append("\n+ ").append(have).append('\n');
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern PRIMARY_KEY_NAME = java.util.regex.Pattern.compile("CONSTRAINT \\S+ PRIMARY KEY");
    private static final java.util.regex.Pattern UNIQUE_NAME =
            java.util.regex.Pattern.compile("(CONSTRAINT |UNIQUE KEY )(`?)(uk_\\w+|\\w+_key|UK[0-9a-z]{20,})`? (UNIQUE|\\()");

    /**
     * Names of primary keys and unique constraints the entities leave unnamed: Hibernate lets the server name them
     * (PostgreSQL's {@code t_pkey} / {@code t_c_key}) or hashes them ({@code UK...}); schemactl names them
     * {@code pk_t} / {@code uk_t_c} by design (readable, the same on every engine; keys are matched by columns, never by
     * name, so an existing key keeps its name). Both become a placeholder.
     */
    private static String keyNames(String text) {
        String out = PRIMARY_KEY_NAME.matcher(text).replaceAll("CONSTRAINT <pk> PRIMARY KEY");
        return UNIQUE_NAME.matcher(out).replaceAll("$1$2<unique>$2 $4");
    }

    static String migrations(Path project) throws Exception {
        Path versions = project.resolve("migrations/versions");
        if (!Files.isDirectory(versions)) return "(none)";
        try (Stream<Path> files = Files.list(versions)) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
            return b.toString();
        }
    }
}
