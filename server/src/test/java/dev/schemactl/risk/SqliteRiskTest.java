package dev.schemactl.risk;

import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.TransactionEnvelope;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk scorer on a real SQLite file: the table rebuild SqliteRenderer writes (and the hand-written new_X
 * idiom) is one LK-SQLITE-REBUILD scaled by the rows, not a DS-DROP-TABLE; a plain DROP TABLE still is one;
 * schemactl's pragmas and guards are not UNKNOWN-STATEMENT.
 */
class SqliteRiskTest {
    private TestDatabase db;
    private DatabaseHandle handle;

    @AfterEach
    void close() {
        if (handle != null) handle.close();
        if (db != null) db.close();
    }

    private void open(int rows) throws Exception {
        db = TestDatabase.create(EngineKind.SQLITE);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(20) NOT NULL, note TEXT, qty INTEGER)");
            st.execute("CREATE UNIQUE INDEX items_name ON items (name)");
            st.execute("CREATE TABLE other (id INTEGER PRIMARY KEY)");
            for (int i = 0; i < rows; i++) st.execute("INSERT INTO items (name, note, qty) VALUES ('n" + i + "', 'x', " + i + ")");
            st.execute("INSERT INTO other (id) VALUES (1)");
        }
        handle = DatabaseHandle.open(db.url(), Duration.ofSeconds(10));
    }

    /** The migration SQL SqliteRenderer writes to change table items as {@code edit} says, envelope included. */
    private List<String> rebuildSql(UnaryOperator<Table> edit) {
        Schema live = RiskFacts.read(handle).schema();
        List<Table> tables = new ArrayList<>();
        for (Table t : live.tables()) tables.add(t.name().equals("items") ? edit.apply(t) : t);
        Plan plan = new Differ().diff(live, new Schema(tables, live.sequences()));
        SqlRenderer renderer = handle.engine().renderer();
        TransactionEnvelope envelope = renderer.envelope(plan);
        List<String> sql = new ArrayList<>(envelope.before());
        for (RenderedChange r : renderer.render(plan)) sql.addAll(r.forward());
        sql.addAll(envelope.after());
        return sql;
    }

    private static Table withColumns(Table t, UnaryOperator<List<Column>> edit) {
        return new Table(t.name(), edit.apply(t.columns()), t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(),
                t.checks(), t.comment());
    }

    private static Table widenName(Table t) {
        return withColumns(t, cols -> cols.stream().map(c -> c.name().equals("name")
                ? c.withType(ColumnType.sized(TypeKind.VARCHAR, 50)).withNullable(true) : c).toList());
    }

    private RiskReport score(String sql) {
        RiskFacts facts = RiskFacts.read(handle);
        List<Step> steps = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.changeset("versions/x.sql", sql, true, false)),
                new SqlChangeParser(EngineKind.SQLITE, facts.schema()));
        facts = facts.withRowCounts(handle, RiskScorer.tables(steps));
        return new RiskScorer().score(steps, facts);
    }

    private static List<String> ids(RiskReport report) {
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    private static Finding only(RiskReport report, String ruleId) {
        List<Finding> f = report.findings().stream().filter(x -> x.ruleId().equals(ruleId)).toList();
        assertThat(f).as(report.findings().toString()).hasSize(1);
        return f.get(0);
    }

    @Test
    void theRenderersRebuildOfATableWithRowsIsOneRebuildNotADrop() throws Exception {
        open(3);
        List<String> sql = rebuildSql(SqliteRiskTest::widenName);
        String script = String.join(";\n", sql) + ";\n";
        assertThat(script).contains("PRAGMA foreign_keys=OFF").contains("CREATE TABLE new_items").contains("DROP TABLE items")
                .contains("RENAME TO items").contains("json_extract('{}', 'schemactl:");

        RiskReport report = score(script);
        assertThat(ids(report)).containsExactly("LK-SQLITE-REBUILD");
        Finding f = only(report, "LK-SQLITE-REBUILD");
        assertThat(f.category()).isEqualTo(Category.L);
        assertThat(f.table()).isEqualTo("items");
        assertThat(f.baseSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.severity()).isEqualTo(Severity.LOW); // 3 rows (< 10k): one down
        assertThat(f.message()).isEqualTo("rebuilds items: copies every row into a new table inside the migration's "
                + "transaction; writers wait");
        assertThat(f.safeAlternative()).startsWith("keep the change to ALTER TABLE forms SQLite does in place");
        assertThat(report.rollbackability()).startsWith("full");
    }

    @Test
    void aRebuildOfAnEmptyTableIsInfo() throws Exception {
        open(0);
        RiskReport report = score(String.join(";\n", rebuildSql(SqliteRiskTest::widenName)) + ";\n");
        assertThat(ids(report)).containsExactly("LK-SQLITE-REBUILD");
        assertThat(only(report, "LK-SQLITE-REBUILD").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void theHandWrittenIdiomIsARebuildAndColumnsItLeavesOutAreStillDropped() throws Exception {
        open(3);
        RiskReport report = score("""
                PRAGMA foreign_keys=OFF;
                CREATE TABLE new_items (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(20) NOT NULL, note TEXT NOT NULL);
                INSERT INTO new_items (id, name, note) SELECT id, name, note FROM items;
                DROP TABLE items;
                ALTER TABLE new_items RENAME TO items;
                CREATE UNIQUE INDEX items_name ON items (name);
                PRAGMA foreign_keys=ON;
                """);
        assertThat(ids(report)).containsExactlyInAnyOrder("LK-SQLITE-REBUILD", "DS-DROP-COLUMN", "DD-NOT-NULL-EXISTING");
        assertThat(only(report, "DS-DROP-COLUMN").column()).isEqualTo("qty");
        assertThat(only(report, "DD-NOT-NULL-EXISTING").column()).isEqualTo("note");
        assertThat(report.rollbackability()).startsWith("none").contains("drops column items.qty");
    }

    @Test
    void aPlainDropTableWithRowsIsStillADrop() throws Exception {
        open(3);
        RiskReport report = score("DROP TABLE items;\n");
        Finding f = only(report, "DS-DROP-TABLE");
        assertThat(f.table()).isEqualTo("items");
        assertThat(ids(report)).doesNotContain("LK-SQLITE-REBUILD");

        // a drop next to an unrelated create and rename is no rebuild either: nothing copies the rows
        RiskReport swap = score("""
                CREATE TABLE new_items (id INTEGER PRIMARY KEY, name TEXT);
                DROP TABLE items;
                ALTER TABLE new_items RENAME TO items;
                """);
        assertThat(ids(swap)).contains("DS-DROP-TABLE").doesNotContain("LK-SQLITE-REBUILD");
    }

    @Test
    void otherPragmasStayUnknown() throws Exception {
        open(0);
        assertThat(ids(score("PRAGMA writable_schema=ON;\n"))).containsExactly("UNKNOWN-STATEMENT");
        assertThat(ids(score("PRAGMA legacy_alter_table=ON;\nPRAGMA foreign_keys = off;\n"))).isEmpty();
    }
}
