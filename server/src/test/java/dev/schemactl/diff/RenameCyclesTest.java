package dev.schemactl.diff;

import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 7: swapping two column names (or tables), and a cycle of three, used to be refused ("rename through
 * a temporary name in two migrations"). The Differ now goes through a temporary name ({@link Differ#TEMPORARY_PREFIX})
 * in one plan; engines with transactional DDL run the plan in one transaction, and MariaDB renders the whole cycle
 * as one atomic statement. Checked on every engine with a row: the data follows the names forward and back, and the
 * inspected schema is B, then A again.
 */
class RenameCyclesTest {

    @org.junit.jupiter.api.Test
    void theDifferBreaksASwapThroughATemporaryNameThatCollidesWithNothing() {
        var a = Fixtures.schema(List.of(Fixtures.table("t").col(Fixtures.col("a", Fixtures.INT), Fixtures.col("b", Fixtures.TEXT),
                Fixtures.col("schemactl_swap_a", Fixtures.INT)).build()));
        var b = Fixtures.schema(List.of(Fixtures.table("t").col(Fixtures.col("b", Fixtures.INT), Fixtures.col("a", Fixtures.TEXT),
                Fixtures.col("schemactl_swap_a", Fixtures.INT)).build()));
        Plan plan = new Differ().diff(a, b, Renames.parse(List.of("t.a=b", "t.b=a")));
        assertThat(plan.changes()).extracting(Change::describe).containsExactly(
                new Change.RenameColumn("t", Fixtures.col("a", Fixtures.INT), "schemactl_swap_a_2").describe(),
                new Change.RenameColumn("t", Fixtures.col("b", Fixtures.TEXT), "a").describe(),
                new Change.RenameColumn("t", Fixtures.col("schemactl_swap_a_2", Fixtures.INT), "b").describe());
    }

    private static final String A = "CREATE TABLE names (id INT NOT NULL PRIMARY KEY, first VARCHAR(20), last VARCHAR(30) NOT NULL, born DATE)";
    private static final String B_SWAP = "CREATE TABLE names (id INT NOT NULL PRIMARY KEY, last VARCHAR(20), first VARCHAR(30) NOT NULL, born DATE)";
    private static final String B_CYCLE = "CREATE TABLE names (id INT NOT NULL PRIMARY KEY, last VARCHAR(20), born VARCHAR(30) NOT NULL, first DATE)";
    private static final String ROW = "INSERT INTO names VALUES (1, 'Ada', 'Lovelace', '1815-12-10')";

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void twoColumnsSwapNamesWithTheirData(EngineKind kind) throws Exception {
        List<String> forward = roundTrip(kind, B_SWAP, List.of("names.first=last", "names.last=first"),
                "SELECT last, first FROM names", "Ada|Lovelace");
        if (kind == EngineKind.MARIADB) {
            assertThat(forward).containsExactly("ALTER TABLE names RENAME COLUMN first TO last, RENAME COLUMN last TO first");
        } else {
            assertThat(forward).hasSize(3);
            assertThat(forward.get(0)).contains("first").contains("schemactl_swap_first");
            assertThat(forward.get(2)).contains("schemactl_swap_first").containsPattern("TO \"?last\"?$");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aCycleOfThreeColumnsKeepsTheData(EngineKind kind) throws Exception {
        List<String> forward = roundTrip(kind, B_CYCLE, List.of("names.first=last", "names.last=born", "names.born=first"),
                "SELECT last, born FROM names", "Ada|Lovelace");
        assertThat(forward).hasSize(kind == EngineKind.MARIADB ? 1 : 4);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void twoTablesSwapNames(EngineKind kind) throws Exception {
        Engine engine = Engines.of(kind);
        try (TestDatabase a = TestDatabase.create(kind); TestDatabase b = TestDatabase.create(kind);
             Connection ca = connect(engine, a); Connection cb = connect(engine, b)) {
            run(ca, List.of("CREATE TABLE x (id INT NOT NULL PRIMARY KEY, xn VARCHAR(5))", "CREATE TABLE y (id INT NOT NULL PRIMARY KEY, yn INT)",
                    "INSERT INTO x VALUES (1, 'x1')", "INSERT INTO y VALUES (2, 22)"));
            run(cb, List.of("CREATE TABLE y (id INT NOT NULL PRIMARY KEY, xn VARCHAR(5))", "CREATE TABLE x (id INT NOT NULL PRIMARY KEY, yn INT)"));
            Schema from = engine.inspector().inspect(ca);
            Schema to = engine.inspector().inspect(cb);
            Plan plan = engine.differ().diff(from, to, Renames.parse(List.of("x=y", "y=x")));
            List<String> forward = engine.renderer().forward(plan);
            apply(engine, ca, forward);
            assertThat(value(ca, "SELECT xn FROM y")).isEqualTo("x1");
            assertThat(value(ca, "SELECT yn FROM x")).isEqualTo("22");
            assertThat(engine.differ().diff(engine.inspector().inspect(ca), to).isEmpty()).isTrue();
            apply(engine, ca, engine.renderer().rollback(plan));
            assertThat(value(ca, "SELECT xn FROM x")).isEqualTo("x1");
            assertThat(engine.differ().diff(engine.inspector().inspect(ca), from).isEmpty()).isTrue();
            if (kind == EngineKind.MARIADB) assertThat(forward).containsExactly("RENAME TABLE x TO schemactl_swap_x, y TO x, schemactl_swap_x TO y");
        }
    }

    /** A → B with the renames, checks the row under its new names, rolls back, checks it again; returns the forward SQL. */
    private static List<String> roundTrip(EngineKind kind, String b, List<String> renames, String query, String expected) throws Exception {
        Engine engine = Engines.of(kind);
        try (TestDatabase dbA = TestDatabase.create(kind); TestDatabase dbB = TestDatabase.create(kind);
             Connection ca = connect(engine, dbA); Connection cb = connect(engine, dbB)) {
            run(ca, List.of(A, ROW));
            run(cb, List.of(b));
            Schema from = engine.inspector().inspect(ca);
            Schema to = engine.inspector().inspect(cb);
            Plan plan = engine.differ().diff(from, to, Renames.parse(renames));
            assertThat(plan.changes()).allMatch(c -> c instanceof Change.RenameColumn);
            List<String> forward = engine.renderer().forward(plan);
            apply(engine, ca, forward);
            assertThat(row(ca, query)).isEqualTo(expected);
            assertThat(engine.differ().diff(engine.inspector().inspect(ca), to).isEmpty()).as("after A -> B").isTrue();
            apply(engine, ca, engine.renderer().rollback(plan));
            assertThat(row(ca, "SELECT first, last FROM names")).isEqualTo("Ada|Lovelace");
            assertThat(engine.differ().diff(engine.inspector().inspect(ca), from).isEmpty()).as("after the rollback").isTrue();
            return forward;
        }
    }

    private static Connection connect(Engine engine, TestDatabase db) throws SQLException {
        return db.engine() == EngineKind.SQLITE ? DriverManager.getConnection(engine.connectUrl(db.url())) : db.connect();
    }

    /** Runs a plan's SQL as its migration would: in one transaction where DDL is transactional. */
    private static void apply(Engine engine, Connection c, List<String> sql) throws SQLException {
        c.setAutoCommit(!engine.transactionalDdl());
        run(c, sql);
        if (engine.transactionalDdl()) c.commit();
        c.setAutoCommit(true);
    }

    private static void run(Connection c, List<String> sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) st.execute(s);
        }
    }

    private static String value(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String row(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) out.add(rs.getString(i));
            return String.join("|", out);
        }
    }
}
