package dev.schemactl.engine.sqlite;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Fixtures;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.TransactionEnvelope;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.schemactl.diff.Fixtures.BIGINT;
import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SQLite renderer on real SQLite files: every change kind applies and rolls back, table rebuilds keep the
 * rows (and the rows of tables referencing the rebuilt one), the foreign key guard and check, and which
 * changes are done in place.
 */
class SqliteRendererTest {
    private final SqliteEngine engine = SqliteEngine.INSTANCE;
    private final SqliteRenderer renderer = engine.renderer();
    private final Differ differ = new Differ(engine.foreignKeysNeedIndex());

    /** The shared fixtures as SQLite holds them: no sequences, no comments, its own type spellings. */
    static Schema sqlite(Schema s) {
        Schema normalized = SqliteEngine.INSTANCE.normalizeDesired(s);
        return new Schema(normalized.tables(), List.<Sequence>of());
    }

    static Schema inspect(Connection c) throws SQLException {
        return Engines.of(EngineKind.SQLITE).inspector().inspect(c);
    }

    static void execute(Connection c, List<String> statements) {
        for (String sql : statements) {
            assertThat(sql).doesNotEndWith(";");
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new AssertionError("statement failed: " + sql + "\n  -> " + e.getMessage(), e);
            }
        }
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
        }
        return out;
    }

    private void assertMatches(Connection c, Schema expected) throws SQLException {
        Plan left = differ.diff(inspect(c), expected);
        assertThat(left.changes()).as("changes left between the database and the expected schema").isEmpty();
    }

    @Test
    void everyChangeKindAppliesAndRollsBackKeepingTheRows() throws Exception {
        Schema a = sqlite(Fixtures.schemaA());
        Schema b = sqlite(Fixtures.schemaB());
        Plan up = differ.diff(Schema.EMPTY, a);
        Plan ab = differ.diff(a, b, Fixtures.renamesAB());
        Set<Class<?>> kinds = ab.changes().stream().map(Object::getClass).collect(Collectors.toSet());
        // every kind but sequences and comments, which SQLite does not have, and PostgreSQL's own kinds
        Set<Class<?>> expected = Set.of(Change.class.getPermittedSubclasses()).stream()
                .filter(k -> k != Change.CreateSequence.class && k != Change.DropSequence.class && k != Change.RenameSequence.class
                        && k != Change.SetColumnComment.class && k != Change.SetTableComment.class
                        && !dev.schemactl.engine.RendererContract.POSTGRES_ONLY.contains(k)
                        && !dev.schemactl.engine.RendererContract.MARIADB_ONLY.contains(k))
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(expected);

        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            execute(c, List.of("PRAGMA foreign_keys=ON")); // as schemactl's own connections run
            execute(c, renderer.forward(up));
            assertMatches(c, a);
            execute(c, List.of(
                    "INSERT INTO departments (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')",
                    "INSERT INTO employees (id, dept_id, email) VALUES (10, 1, 'e@x'), (11, 2, 'f@x')",
                    "INSERT INTO customers (id, email, name, status, created_at) VALUES (5, 'c@x', 'Ada', 'active', '2026-01-01 09:00:00')",
                    "INSERT INTO orders (id, customer_id, total, created_at) VALUES (7, 5, 12.5, '2026-01-01 10:00:00')",
                    "INSERT INTO order_items (order_id, line_no, quantity, unit_price) VALUES (7, 1, 2, 3.25)",
                    "INSERT INTO tags (label) VALUES ('x'), ('y')",
                    "INSERT INTO audit_log (id, message) VALUES (1, 'hello')",
                    "INSERT INTO categories (id, parent_id) VALUES (1, NULL), (2, 1)"));

            execute(c, renderer.forward(ab));
            assertMatches(c, b);
            // rebuilt tables kept their rows, and so did the tables referencing them
            assertThat(rows(c, "SELECT id, name FROM departments ORDER BY id")).containsExactly("1|a", "2|b", "3|c");
            assertThat(rows(c, "SELECT id, dept_id, email FROM employees ORDER BY id")).containsExactly("10|1|e@x", "11|2|f@x");
            assertThat(rows(c, "SELECT id, full_name, status FROM customers")).containsExactly("5|Ada|active");
            assertThat(rows(c, "SELECT order_id, line_no, line_total FROM order_lines")).containsExactly("7|1|6.5");
            assertThat(rows(c, "SELECT id, label FROM tags ORDER BY id")).containsExactly("1|x", "2|y");
            assertThat(rows(c, "SELECT id, parent_id FROM categories ORDER BY id")).containsExactly("1|null", "2|1");
            // identity added to a column holding data continues after its maximum
            execute(c, List.of("INSERT INTO departments (name) VALUES ('d')"));
            assertThat(rows(c, "SELECT max(id) FROM departments")).containsExactly("4");
            assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(rows(c, "PRAGMA foreign_keys")).containsExactly("1"); // the envelope turned them back on

            execute(c, renderer.rollback(ab));
            assertMatches(c, a);
            assertThat(rows(c, "SELECT count(*) FROM departments")).containsExactly("4");
            assertThat(rows(c, "SELECT id, name FROM customers")).containsExactly("5|Ada");
            assertThat(rows(c, "SELECT order_id, line_no, line_total FROM order_items")).containsExactly("7|1|6.5");
            assertThat(rows(c, "SELECT id, message FROM audit_log")).containsExactly("1|hello");
            assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();

            execute(c, renderer.rollback(up));
            assertThat(inspect(c).tables()).isEmpty();

            // B from scratch equals B reached by migration
            Plan direct = differ.diff(Schema.EMPTY, b);
            execute(c, renderer.forward(direct));
            assertMatches(c, b);
            execute(c, renderer.rollback(direct));
            assertThat(inspect(c).tables()).isEmpty();
        }
    }

    @Test
    void rebuildsAreWrappedInForeignKeysOffAndOn() {
        Schema a = sqlite(Fixtures.schemaA());
        Plan ab = differ.diff(a, sqlite(Fixtures.schemaB()), Fixtures.renamesAB());
        assertThat(renderer.envelope(ab)).isEqualTo(new TransactionEnvelope(List.of("PRAGMA foreign_keys=OFF"), List.of("PRAGMA foreign_keys=ON")));
        assertThat(renderer.forward(ab)).startsWith("PRAGMA foreign_keys=OFF").endsWith("PRAGMA foreign_keys=ON");
        assertThat(renderer.rollback(ab)).startsWith("PRAGMA foreign_keys=OFF").endsWith("PRAGMA foreign_keys=ON");
        // creating tables rebuilds nothing: their foreign keys go inline
        Plan up = differ.diff(Schema.EMPTY, a);
        assertThat(renderer.rebuilds(up)).isEmpty();
        assertThat(renderer.render(up)).filteredOn(r -> r.change() instanceof Change.AddForeignKey)
                .isNotEmpty().allSatisfy(r -> assertThat(r.forward()).isEmpty());
        // but A's departments and employees reference each other: its rollback drops a table still referenced
        assertThat(renderer.envelope(up)).isNotEqualTo(TransactionEnvelope.NONE);
        assertThat(renderer.envelope(differ.diff(Schema.EMPTY, family()))).isEqualTo(TransactionEnvelope.NONE);
    }

    /** a_parents, referenced by b_children: dropped in name order, the parent goes first. */
    private static Schema family() {
        return new Schema(List.of(
                table("a_parents").col(notNull("id", INT)).pk("id").build(),
                table("b_children").col(notNull("id", INT), col("parent_id", INT)).pk("id").fk("parent_id", "a_parents", "id").build()),
                List.of());
    }

    @Test
    void droppingAReferencedTableTurnsForeignKeysOff() throws Exception {
        Plan drop = differ.diff(family(), Schema.EMPTY);
        assertThat(drop.changes()).map(Change::describe).containsExactly("drop foreign key b_children(parent_id) -> a_parents(id)",
                "drop table a_parents", "drop table b_children");
        assertThat(renderer.envelope(drop)).isNotEqualTo(TransactionEnvelope.NONE);
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            execute(c, List.of("PRAGMA foreign_keys=ON"));
            execute(c, renderer.forward(differ.diff(Schema.EMPTY, family())));
            execute(c, List.of("INSERT INTO a_parents VALUES (1)", "INSERT INTO b_children VALUES (1, 1)"));
            // with foreign keys on, dropping the parent first would fail: SQLite deletes its rows first
            List<String> withoutEnvelope = renderer.render(drop).stream().flatMap(r -> r.forward().stream()).toList();
            assertThatThrownBy(() -> execute(c, withoutEnvelope)).hasMessageContaining("FOREIGN KEY constraint failed");
            execute(c, renderer.forward(drop));
            assertThat(inspect(c).tables()).isEmpty();
            execute(c, renderer.rollback(drop));
            assertMatches(c, family());
        }
    }

    @Test
    void spellsInPlaceAlterationsAndTheRebuild() {
        Schema s = new Schema(List.of(table("t").col(notNull("id", INT), col("a", varchar(10)), col("b", INT)).pk("id").index("b").build()), List.of());
        Schema added = new Schema(List.of(table("t").col(notNull("id", INT), col("a", varchar(10)), col("b", INT),
                col("c", varchar(5))).pk("id").index("b").build()), List.of());
        assertThat(renderer.forward(differ.diff(s, added))).containsExactly("ALTER TABLE t ADD COLUMN c varchar(5)");
        assertThat(renderer.rollback(differ.diff(s, added))).containsExactly("ALTER TABLE t DROP COLUMN c");
        // a NOT NULL column without a default cannot be added in place
        Schema addedNotNull = new Schema(List.of(table("t").col(notNull("id", INT), col("a", varchar(10)), col("b", INT),
                notNull("c", varchar(5))).pk("id").index("b").build()), List.of());
        Plan rebuild = differ.diff(s, addedNotNull);
        assertThat(renderer.rebuilds(rebuild.changes().get(0))).isTrue();
        assertThat(renderer.forward(rebuild)).containsExactly(
                "PRAGMA foreign_keys=OFF",
                "SELECT CASE WHEN (SELECT foreign_keys FROM pragma_foreign_keys) THEN json_extract('{}', 'schemactl: PRAGMA "
                        + "foreign_keys must be OFF to rebuild table t (run the whole migration; after a partial failure roll it back first)')"
                        + " WHEN EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 't') THEN json_extract('{}', "
                        + "'schemactl: rebuilding table t would drop triggers created after this migration was generated; generate it again')"
                        + " WHEN EXISTS (SELECT 1 FROM pragma_table_list WHERE schema = 'main' AND name = 't' AND (strict <> 0 OR wr <> 0)) THEN "
                        + "json_extract('{}', 'schemactl: rebuilding table t would change its WITHOUT ROWID or STRICT option, which is not "
                        + "what it was when this migration was generated; generate it again') END",
                "CREATE TABLE new_t (\n    id integer NOT NULL,\n    a varchar(10),\n    b integer,\n    c varchar(5) NOT NULL,\n"
                        + "    CONSTRAINT pk_t PRIMARY KEY (id)\n)",
                "INSERT INTO new_t (id, a, b) SELECT id, a, b FROM t",
                "DROP TABLE t",
                "PRAGMA legacy_alter_table=ON",
                "ALTER TABLE new_t RENAME TO t",
                "PRAGMA legacy_alter_table=OFF",
                "CREATE INDEX idx_t_b ON t (b)",
                "PRAGMA foreign_keys=ON");
        // dropping an indexed column rebuilds; an unused one is dropped in place
        Schema withoutB = new Schema(List.of(table("t").col(notNull("id", INT), col("a", varchar(10))).pk("id").build()), List.of());
        Plan dropB = differ.diff(s, withoutB);
        assertThat(dropB.changes()).hasSize(2); // drop index, drop column
        assertThat(renderer.forward(dropB)).containsExactly("DROP INDEX idx_t_b", "ALTER TABLE t DROP COLUMN b");
        assertThat(renderer.rollback(dropB)).containsExactly("ALTER TABLE t ADD COLUMN b integer", "CREATE INDEX idx_t_b ON t (b)");
        assertThat(renderer.rebuilds(dropB)).isEmpty();
        // renames are in place
        assertThat(renderer.forward(differ.diff(s, new Schema(List.of(table("u").col(notNull("id", INT), col("a", varchar(10)),
                col("b", INT)).pk("id").index("b").build()), List.of()), Renames.parse(List.of("t=u")))))
                .contains("ALTER TABLE t RENAME TO u");
    }

    @Test
    void consecutiveRebuildsOfOneTableAreOneCopy() {
        Schema s = new Schema(List.of(table("t").col(notNull("id", INT), col("a", INT), col("b", INT)).pk("id").build()), List.of());
        Schema changed = new Schema(List.of(table("t").col(notNull("id", INT), notNull("a", INT), col("b", varchar(9)))
                .pk("id").check("a > 0").build()), List.of());
        Plan plan = differ.diff(s, changed);
        List<RenderedChange> rendered = renderer.render(plan);
        assertThat(rendered).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rendered.get(0).forward()).filteredOn(sql -> sql.startsWith("INSERT INTO new_t")).hasSize(1);
        assertThat(rendered.subList(1, rendered.size())).allSatisfy(r -> assertThat(r.forward()).isEmpty());
        assertThat(renderer.rebuilds(plan)).hasSize(rendered.size());
    }

    @Test
    void rebuildsWithTheRealForeignKeyStateKeepChildRowsAndCheckViolations() throws Exception {
        Schema parent = new Schema(List.of(
                table("parents").col(notNull("id", INT), col("name", varchar(20))).pk("id").build(),
                table("children").col(notNull("id", INT), col("parent_id", INT)).pk("id")
                        .fk(null, List.of("parent_id"), "parents", List.of("id"), dev.schemactl.schema.ReferentialAction.CASCADE).build()),
                List.of());
        Schema widened = new Schema(List.of(
                table("parents").col(notNull("id", INT), notNull("name", varchar(40))).pk("id").build(),
                parent.table("children").orElseThrow()), List.of());
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            execute(c, List.of("PRAGMA foreign_keys=ON"));
            execute(c, renderer.forward(differ.diff(Schema.EMPTY, parent)));
            execute(c, List.of("INSERT INTO parents VALUES (1, 'p')", "INSERT INTO children VALUES (1, 1), (2, 1)",
                    "CREATE VIEW parent_names AS SELECT name FROM parents"));
            Plan plan = differ.diff(parent, widened);
            // the guard refuses to rebuild while foreign keys are enforced (ON DELETE CASCADE would empty children)
            List<String> withoutEnvelope = renderer.render(plan).get(0).forward();
            assertThatThrownBy(() -> execute(c, withoutEnvelope)).hasMessageContaining("foreign_keys must be OFF");
            assertThat(rows(c, "SELECT count(*) FROM children")).containsExactly("2");
            // with the envelope: rebuilt, children kept, the view still works
            execute(c, renderer.forward(plan));
            assertThat(rows(c, "SELECT count(*) FROM children")).containsExactly("2");
            assertThat(rows(c, "SELECT name FROM parent_names")).containsExactly("p");
            assertMatches(c, widened);
            execute(c, renderer.rollback(plan));
            assertMatches(c, parent);
            assertThat(rows(c, "SELECT count(*) FROM children")).containsExactly("2");

            // adding a foreign key over rows that violate it fails, and the transaction keeps the table as it was
            Schema loose = new Schema(List.of(parent.table("parents").orElseThrow(),
                    table("orphans").col(notNull("id", INT), col("parent_id", INT)).pk("id").build()), List.of());
            Schema strict = new Schema(List.of(parent.table("parents").orElseThrow(),
                    table("orphans").col(notNull("id", INT), col("parent_id", INT)).pk("id").fk("parent_id", "parents", "id").build()), List.of());
            execute(c, List.of("CREATE TABLE orphans (id integer NOT NULL PRIMARY KEY, parent_id integer)",
                    "INSERT INTO orphans VALUES (1, 99)"));
            Plan addFk = differ.diff(loose, strict);
            execute(c, List.of("PRAGMA foreign_keys=OFF", "BEGIN"));
            List<String> inTransaction = renderer.render(addFk).get(0).forward();
            assertThatThrownBy(() -> execute(c, inTransaction)).hasMessageContaining("violate a foreign key of orphans");
            execute(c, List.of("ROLLBACK", "PRAGMA foreign_keys=ON"));
            assertThat(inspect(c).table("orphans").orElseThrow().foreignKeys()).isEmpty();
            assertThat(rows(c, "SELECT id, parent_id FROM orphans")).containsExactly("1|99");
        }
    }

    @Test
    void aRebuildKeepsTheAutoincrementHighWaterMark() throws Exception {
        Schema before = new Schema(List.of(table("t").col(Fixtures.identity("id", INT), col("a", INT)).pk("id").build()), List.of());
        Schema after = new Schema(List.of(table("t").col(Fixtures.identity("id", INT), notNull("a", INT).withDefault("0")).pk("id").build()), List.of());
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            execute(c, renderer.forward(differ.diff(Schema.EMPTY, before)));
            execute(c, List.of("INSERT INTO t (a) VALUES (1), (2), (3)", "DELETE FROM t WHERE id = 3"));
            Plan plan = differ.diff(before, after);
            assertThat(renderer.rebuilds(plan)).hasSize(2); // nullability and default: one copy
            execute(c, renderer.forward(plan));
            execute(c, List.of("INSERT INTO t (a) VALUES (4)"));
            // AUTOINCREMENT never reuses an id, not even one deleted before the copy
            assertThat(rows(c, "SELECT id, a FROM t ORDER BY id")).containsExactly("1|1", "2|2", "4|4");
            assertThat(rows(c, "SELECT name, seq FROM sqlite_sequence")).containsExactly("t|4");
        }
    }

    @Test
    void aColumnThatBecomesNotNullWithADefaultTakesItInItsNullRowsThroughTheRebuild() throws Exception {
        Schema before = new Schema(List.of(table("t").col(notNull("id", INT), col("a", INT), col("b", INT)).pk("id").build()), List.of());
        Schema after = new Schema(List.of(table("t").col(notNull("id", INT), notNull("a", INT).withDefault("7"),
                col("b", INT)).pk("id").build()), List.of());
        Schema withoutDefault = new Schema(List.of(table("t").col(notNull("id", INT), col("a", INT), notNull("b", INT)).pk("id").build()), List.of());
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            execute(c, renderer.forward(differ.diff(Schema.EMPTY, before)));
            execute(c, List.of("INSERT INTO t (id, a, b) VALUES (1, NULL, NULL), (2, 3, 2)"));
            Plan plan = differ.diff(before, withoutDefault);
            // no default: the copy keeps the NULL, and SQLite refuses it (in the migration's transaction)
            c.setAutoCommit(false);
            assertThatThrownBy(() -> execute(c, renderer.forward(plan))).hasMessageContaining("NOT NULL");
            c.rollback();
            c.setAutoCommit(true);
            assertThat(rows(c, "SELECT id, a, b FROM t ORDER BY id")).containsExactly("1|null|null", "2|3|2");
            Plan filling = differ.diff(before, after);
            assertThat(renderer.render(filling)).filteredOn(r -> r.change() instanceof Change.SetNullable n && n.fillsNulls())
                    .allSatisfy(r -> assertThat(r.rollbackLosesData()).isTrue());
            execute(c, renderer.forward(filling));
            assertThat(rows(c, "SELECT id, a, b FROM t ORDER BY id")).containsExactly("1|7|null", "2|3|2");
            execute(c, renderer.rollback(filling));
            assertThat(inspect(c).table("t").orElseThrow().column("a").orElseThrow().nullable()).isTrue();
        }
    }

    @Test
    void aRebuildRefusesWhatItWouldLose() throws Exception {
        Schema before = new Schema(List.of(table("t").col(notNull("id", INT), col("a", INT)).pk("id").build()), List.of());
        Schema after = new Schema(List.of(table("t").col(notNull("id", INT), notNull("a", INT)).pk("id").build()), List.of());
        Plan plan = differ.diff(before, after);
        for (String ddl : List.of(
                "CREATE TABLE t (id integer NOT NULL PRIMARY KEY, a integer) STRICT",
                "CREATE TABLE t (id integer NOT NULL PRIMARY KEY, a integer) WITHOUT ROWID")) {
            try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
                execute(c, List.of(ddl, "INSERT INTO t VALUES (1, 2)"));
                // the plan's schema says the table has neither option (STRICT and WITHOUT ROWID are in the model now)
                assertThatThrownBy(() -> execute(c, renderer.forward(plan))).hasMessageContaining("WITHOUT ROWID or STRICT");
                assertThat(rows(c, "SELECT sql FROM sqlite_schema WHERE name = 't'")).containsExactly(ddl);
            }
        }
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE); Connection c = db.connect()) {
            execute(c, List.of("CREATE TABLE t (id integer NOT NULL PRIMARY KEY, a integer)",
                    "CREATE TRIGGER t_touch AFTER UPDATE ON t BEGIN SELECT 1; END"));
            // the plan's schema has no triggers: one on the live table was made after it
            assertThatThrownBy(() -> execute(c, renderer.forward(plan))).hasMessageContaining("would drop triggers created after");
            execute(c, List.of("PRAGMA foreign_keys=ON"));
            assertThat(rows(c, "SELECT name FROM sqlite_schema WHERE type = 'trigger'")).containsExactly("t_touch");
        }
    }

    @Test
    void whatSqliteLacksIsATypedError() {
        Schema withSequence = new Schema(List.of(), List.of(new Sequence("ids", 1, 1)));
        assertThatThrownBy(() -> renderer.render(differ.diff(Schema.EMPTY, withSequence)))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
                .hasMessageContaining("SQLite has no sequences");
        Schema identityOffKey = new Schema(List.of(table("t").col(notNull("id", INT), Fixtures.identity("n", BIGINT)).pk("id").build()), List.of());
        assertThatThrownBy(() -> renderer.render(differ.diff(Schema.EMPTY, identityOffKey)))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
                .hasMessageContaining("AUTOINCREMENT");
    }

    @Test
    void renderingIsDeterministic() {
        Plan ab = differ.diff(sqlite(Fixtures.schemaA()), sqlite(Fixtures.schemaB()), Fixtures.renamesAB());
        assertThat(renderer.render(ab)).isEqualTo(engine.renderer().render(ab));
        assertThat(String.join("\n", renderer.forward(ab))).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
}
