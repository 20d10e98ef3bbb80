package dev.schemactl.testing.oracle;

import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One corpus pair on two databases of one engine, judged by that engine's oracle (catalog queries written apart from
 * schemactl): with A and its data loaded in {@code work} and B in {@code reference}, {@code schemactl new --to-url B}
 * (with the pair's rename hints), {@code migrate}, the oracle equal to B's and the data expectations true,
 * {@code rollback}, the oracle equal to A's and the rows kept.
 *
 * @param columnOrder the tables' column order, or null where the engine's rollback cannot keep it anyway
 * @param keyOrder each table's keys in the order the engine lists them (MariaDB: SHOW CREATE TABLE's creation order,
 *                 which the oracle sorts), or null where it is not judged: a table the migration creates must list its
 *                 keys as B does, and one its rollback creates again as A does (a table that is only altered may
 *                 list added keys after the others: the engine adds them last)
 */
public record CorpusRoundTrip(TestDatabase work, TestDatabase reference, Read<String> oracle,
                              Read<Map<String, Long>> rows, Read<String> columnOrder, Read<Map<String, String>> keyOrder) {

    public CorpusRoundTrip(TestDatabase work, TestDatabase reference, Read<String> oracle, Read<Map<String, Long>> rows,
                           Read<String> columnOrder) {
        this(work, reference, oracle, rows, columnOrder, null);
    }

    @FunctionalInterface
    public interface Read<T> {
        T from(Connection c) throws SQLException;
    }

    /** Runs the pair on the loaded databases; returns a note on column order (empty when it holds too). */
    public String run(CorpusPair pair) throws Exception {
        String oracleA;
        String orderA;
        Map<String, Long> rowsA;
        String oracleB;
        Map<String, String> keysA;
        Map<String, String> keysB;
        try (Connection c = work.connect()) {
            oracleA = oracle.from(c);
            orderA = columnOrder == null ? "" : columnOrder.from(c);
            rowsA = rows.from(c);
            keysA = keyOrder == null ? Map.of() : keyOrder.from(c);
        }
        try (Connection c = reference.connect()) {
            oracleB = oracle.from(c);
            keysB = keyOrder == null ? Map.of() : keyOrder.from(c);
        }
        java.util.Set<String> renamedFrom = new java.util.HashSet<>();
        java.util.Set<String> renamedTo = new java.util.HashSet<>();
        for (String r : pair.tableRenames()) {
            renamedFrom.add(r.substring(0, r.indexOf('=')).strip());
            renamedTo.add(r.substring(r.indexOf('=') + 1).strip());
        }
        assertThat(oracleA).as("A and B must differ").isNotEqualTo(oracleB);

        Path project = Files.createTempDirectory("schemactl-corpus-");
        Files.createDirectories(project.resolve("migrations/versions"));
        Path policy = project.resolve("allow.yaml");
        Files.writeString(policy, "version: 1\nrules:\n  - match: {}\n    action: allow\n    reason: corpus\ndefault: allow\n");
        if (!pair.schemas().isEmpty()) {
            Files.writeString(project.resolve("schemactl.yaml"), "schemas: [" + String.join(", ", pair.schemas().stream()
                    .map(s -> "'" + s.replace("'", "''") + "'").toList()) + "]\n");
        }
        Cli cli = new Cli(project).env("DATABASE_URL", work.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");

        List<String> generate = new ArrayList<>(List.of("new", "-m", "corpus", "--to-url", reference.urlText(), "--no-verify", "--drop-extra"));
        for (String r : pair.columnRenames()) generate.addAll(List.of("--rename", r));
        for (String r : pair.tableRenames()) generate.addAll(List.of("--rename-table", r));
        Cli.Run made = cli.run(generate.toArray(String[]::new));
        assertThat(made.exit()).as("new: " + made.all()).isZero();
        String migration = readMigration(project);

        Cli.Run up = cli.run("migrate", "--policy", policy.toString());
        assertThat(up.exit()).as("migrate: " + up.all() + "\n" + migration).isZero();
        try (Connection c = work.connect()) {
            assertThat(oracle.from(c)).as("after A -> B (oracle)\n" + migration).isEqualTo(oracleB);
            if (keyOrder != null) sameKeyOrder(keyOrder.from(c), keysB, keysA, renamedTo, "after A -> B, a created table's key order\n" + migration);
            for (String query : pair.expectations()) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                    assertThat(rs.next() && rs.getBoolean(1)).as("after A -> B, data expectation: " + query + "\n" + migration).isTrue();
                }
            }
        }

        Cli.Run down = cli.run("rollback", "--policy", policy.toString());
        assertThat(down.exit()).as("rollback: " + down.all() + "\n" + migration).isZero();
        try (Connection c = work.connect()) {
            assertThat(oracle.from(c)).as("after rolling back to A (oracle)\n" + migration).isEqualTo(oracleA);
            if (keyOrder != null) sameKeyOrder(keyOrder.from(c), keysA, keysB, renamedFrom, "after rolling back to A, a re-created table's key order\n" + migration);
            assertThat(rows.from(c)).as("rows after the rollback").isEqualTo(rowsA);
            return columnOrder == null || columnOrder.from(c).equals(orderA) ? "" : " (column order differs after the rollback)";
        }
    }

    /** The key order of each table of {@code expected} that {@code before} lacks (created), but for renamed ones. */
    private static void sameKeyOrder(Map<String, String> actual, Map<String, String> expected, Map<String, String> before,
                                     java.util.Set<String> renamed, String what) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (before.containsKey(e.getKey()) || renamed.contains(e.getKey())) continue;
            assertThat(actual.get(e.getKey())).as(what + "\n(table " + e.getKey() + ")").isEqualTo(e.getValue());
        }
    }

    /** Runs {@code statements} one by one on {@code db}; a failure names the file and the statement. */
    public static void execute(TestDatabase db, List<String> statements, String what) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(what + ": " + sql + " -> " + e.getMessage(), e);
                }
            }
        }
    }

    private static String readMigration(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
            return b.toString();
        }
    }
}
