package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import dev.schemactl.service.UnmanagedObjects;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL fidelity corpus (src/test/resources/fidelity/postgres/NNN-name/): for each pair, A and B are
 * loaded from SQL into two databases; schemactl inspects both, diffs A→B (with the hints in {@code renames},
 * one {@code old=new} or {@code table.old=new} per line), the forward SQL is applied to A in one transaction
 * (as a PostgreSQL migration runs), and {@link PostgresCatalogOracle} (pg_dump) must equal B's; then the
 * rollback SQL is applied and the oracle must equal A's as loaded. Optional {@code data.sql} runs on A after
 * loading it, and {@code verify.sql} (one boolean) after the forward SQL: hinted renames keep the data.
 * As the service writes them, the unmanaged objects B's tables need and A lacks (a domain, an extension, a sequence
 * of another schema) are created before the plan and dropped after its rollback ({@link UnmanagedObjects#prerequisites});
 * the views, routines and triggers only B has are created after it and dropped first by the rollback
 * ({@link dev.schemactl.service.CreatedUnmanaged}).
 * Also checked: after the forward SQL schemactl sees no remaining difference (what {@code diff --check} says).
 * An optional {@code schemas} file names the schemas to inspect, one a line (config {@code schemas:}; default public).
 * A plan that would break an unmanaged object (a view over a dropped column) fails the pair, as `new` refuses it,
 * unless the pair expects that: its {@code refused} file holds a piece of the typed refusal's message, and nothing
 * is applied. An {@code apply-fails} file (a piece of the error) marks a pair whose data cannot take B's form: the
 * forward SQL must fail with it and leave A as it was. A {@code known-gap.txt} marks a pair that does not hold yet and says why (like {@link #KNOWN_GAPS}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCorpusTest {

    private final Engine engine = Engines.of(EngineKind.POSTGRESQL);
    private final SqlRenderer renderer = engine.renderer();
    private TestDatabase dbA;
    private TestDatabase dbB;
    private Connection a;
    private Connection b;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    @BeforeAll
    void open() throws SQLException {
        dbA = TestDatabase.create(EngineKind.POSTGRESQL);
        dbB = TestDatabase.create(EngineKind.POSTGRESQL);
        a = dbA.connect();
        b = dbB.connect();
    }

    @AfterAll
    void close() throws SQLException {
        System.err.println("PostgreSQL fidelity corpus: " + passed.get() + " of " + total.get() + " pairs hold");
        a.close();
        b.close();
        dbA.close();
        dbB.close();
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/fidelity/postgres").toURI());
        List<Path> pairs;
        try (Stream<Path> dirs = Files.list(root)) {
            String only = System.getProperty("corpus.only"); // a regex found in the pair's name, e.g. ^3
            pairs = dirs.filter(Files::isDirectory).filter(d -> only == null || java.util.regex.Pattern.compile(only).matcher(d.getFileName().toString()).find()).sorted().toList();
        }
        return pairs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            total.incrementAndGet();
            String gap = KNOWN_GAPS.getOrDefault(dir.getFileName().toString(), read(dir, "known-gap.txt"));
            if (gap != null) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(dir))
                        .as("%s holds now: remove it from KNOWN_GAPS (%s)", dir.getFileName(), gap).isNotNull();
                return;
            }
            check(dir);
            passed.incrementAndGet();
        }));
    }

    /**
     * Pairs whose round trip does not hold yet, and why (the model does not carry the property): each must still
     * fail, so that a fix is noticed and the entry removed.
     */
    static final java.util.Map<String, String> KNOWN_GAPS = java.util.Map.of();

    private void check(Path dir) throws Exception {
        reset(a);
        reset(b);
        run(a, read(dir, "a.sql"), "loading a.sql");
        run(b, read(dir, "b.sql"), "loading b.sql");
        String data = read(dir, "data.sql");
        if (data != null) run(a, data, "loading data.sql");
        String scope = read(dir, "schemas");
        List<String> schemas = scope == null ? List.of() : scope.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> oracleA = PostgresCatalogOracle.dumpOfLoaded(dbA.url(), schemas, read(dir, "a.sql"), data);
        List<String> oracleB = PostgresCatalogOracle.dumpOfLoaded(dbB.url(), schemas, read(dir, "b.sql"));

        Schema schemaA = engine.inspector().inspect(a, schemas);
        Schema schemaB = engine.inspector().inspect(b, schemas);
        String hints = read(dir, "renames");
        Renames renames = hints == null ? Renames.NONE
                : Renames.parse(hints.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        String refused = read(dir, "refused");
        if (refused != null) {
            // the plan would break an object schemactl does not manage (a view...), or cannot be made (a domain's base
            // type under columns): `new` refuses it, typed, with a hint
            assertThatThrownBy(() -> UnmanagedObjects.refuseTouching(schemaA, engine.differ().diff(schemaA, schemaB, renames),
                    engine)).as("the plan is refused")
                    .isInstanceOf(SchemactlException.class).hasMessageContaining(refused.strip());
            return;
        }
        Plan plan = engine.differ().diff(schemaA, schemaB, renames);
        UnmanagedObjects.refuseTouching(schemaA, plan, engine); // what `new` refuses is no pass
        SqlRenderer renderer = this.renderer.forSchemas(schemas); // as the service renders for the configured schemas
        // the unmanaged objects B's columns need (a domain, an extension...) come first, as the service writes them
        // (the functions they call that take a type the plan creates follow that type)
        UnmanagedObjects.Staged staged = UnmanagedObjects.staged(schemaA, schemaB,
                engine.unmanagedDdl().forSchemas(schemas), plan.changes());
        UnmanagedObjects.Prerequisites prerequisites = staged.first();
        Plan types = new Plan(plan.changes().subList(0, staged.position()), plan.renameHints(), plan.from());
        // then, as the service writes them, the child tables and exclusion constraints of B that A lacks (after the
        // tables), and the foreign keys to those children after them
        // the differ drops what only A has, as `new --drop-extra` does
        UnmanagedObjects.Prerequisites children = UnmanagedObjects.children(schemaA, schemaB, engine.unmanagedDdl().forSchemas(schemas), plan, true);
        List<dev.schemactl.diff.Change> tail = plan.changes().subList(staged.position(), plan.changes().size());
        java.util.function.Predicate<dev.schemactl.diff.Change> toChild = c -> c instanceof dev.schemactl.diff.Change.AddForeignKey fk
                && children.tables().contains(fk.foreignKey().referencedTable());
        Plan rest = new Plan(tail.stream().filter(toChild.negate()).toList(), plan.renameHints(), plan.from());
        Plan late = new Plan(tail.stream().filter(toChild).toList(), plan.renameHints(), plan.from());
        List<String> forward = new ArrayList<>(prerequisites.forward());
        forward.addAll(renderer.forward(types));
        forward.addAll(staged.afterTypes().forward());
        forward.addAll(renderer.forward(rest));
        forward.addAll(children.forward());
        forward.addAll(renderer.forward(late));
        // the views, routines and triggers only B has, from their definitions after the changes
        UnmanagedObjects.Prerequisites created = dev.schemactl.service.CreatedUnmanaged.of(schemaA, schemaB, plan,
                engine.unmanagedDdl().forSchemas(schemas), UnmanagedObjects.routinesTablesUse(schemaB), children.tables());
        forward.addAll(created.forward());
        List<String> rollback = new ArrayList<>(created.rollback());
        rollback.addAll(renderer.rollback(late));
        rollback.addAll(children.rollback());
        rollback.addAll(renderer.rollback(rest));
        rollback.addAll(staged.afterTypes().rollback());
        rollback.addAll(renderer.rollback(types));
        rollback.addAll(prerequisites.rollback());
        String script = "forward:\n  " + String.join(";\n  ", forward) + "\nrollback:\n  " + String.join(";\n  ", rollback);

        String fails = read(dir, "apply-fails");
        if (fails != null) {
            // A's data cannot take B's form (NULLs under a NOT NULL without a default): the migration fails, naming why,
            // and nothing of it stays
            assertThatThrownBy(() -> inTransaction(a, forward, "forward", script)).as("the forward SQL fails\n" + script)
                    .hasMessageContaining(fails.strip());
            assertThat(PostgresCatalogOracle.dump(dbA.url(), schemas)).as("pg_dump after the failure equals A's\n" + script).isEqualTo(oracleA);
            return;
        }
        inTransaction(a, forward, "forward", script);
        assertThat(PostgresCatalogOracle.dump(dbA.url(), schemas)).as("pg_dump after A→B equals B's\n" + script).isEqualTo(oracleB);
        assertThat(engine.differ().diff(engine.inspector().inspect(a, schemas), schemaB, Renames.NONE).changes())
                .as("schemactl sees no difference left after A→B\n" + script).isEmpty();
        String verify = read(dir, "verify.sql");
        if (verify != null) {
            try (Statement st = a.createStatement(); ResultSet rs = st.executeQuery(verify)) {
                assertThat(rs.next() && rs.getBoolean(1)).as("verify.sql after A→B (data kept)\n" + script).isTrue();
            }
        }
        inTransaction(a, rollback, "rollback", script);
        assertThat(PostgresCatalogOracle.dump(dbA.url(), schemas)).as("pg_dump after the rollback equals A's\n" + script).isEqualTo(oracleA);
    }

    static String read(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file) : null;
    }

    /** Drops every schema a pair made (public and the others its {@code schemas} file names) and makes public again. */
    static void reset(Connection c) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT quote_ident(nspname) FROM pg_namespace"
                + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'")) {
            while (rs.next()) schemas.add(rs.getString(1));
        }
        try (Statement st = c.createStatement()) {
            for (String schema : schemas) st.execute("DROP SCHEMA " + schema + " CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    static void run(Connection c, String sql, String what) {
        if (sql == null || sql.isBlank()) return;
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(what + " failed: " + e.getMessage(), e);
        }
    }

    private static void inTransaction(Connection c, List<String> statements, String what, String script) throws SQLException {
        List<String> done = new ArrayList<>();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
                done.add(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new AssertionError(what + " SQL failed at statement " + (done.size() + 1) + ": " + e.getMessage() + "\n" + script, e);
        } finally {
            c.setAutoCommit(true);
        }
    }
}
