package dev.schemactl.engine;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Fixtures;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every engine's renderer must do, checked on a real database of that engine: plans apply, their
 * rollbacks restore the previous schema exactly (compared structurally through JDBC metadata), and a
 * schema reached by migration equals the same schema built from scratch.
 */
public abstract class RendererContract {

    /**
     * Change kinds only PostgreSQL plans contain (named enum types, sequence options, renamed constraints and indexes,
     * NOT VALID checks and foreign keys validated or not, comments on indexes and constraints, index statistics targets;
     * and a STORED generated column made plain in place, which MariaDB's Differ plans too; domains and composite types);
     * its fidelity corpus, CompositeTypesTest and
     * PostgresConstraintStatesTest cover them.
     */
    public static final Set<Class<?>> POSTGRES_ONLY = Set.of(Change.CreateEnumType.class, Change.DropEnumType.class,
            Change.AddEnumValues.class, Change.ReplaceEnumType.class, Change.AlterSequence.class,
            Change.RenameConstraint.class, Change.RenameIndex.class, Change.SetCheckValidation.class,
            Change.SetForeignKeyValidation.class, Change.SetIndexComment.class, Change.SetIndexStatistics.class, Change.SetClusterIndex.class, Change.SetCheckComment.class,
            Change.SetForeignKeyComment.class, Change.SetPrimaryKeyComment.class, Change.SetUniqueComment.class,
            Change.SetPrimaryKeyIndexComment.class, Change.SetUniqueIndexComment.class, Change.SetPrimaryKeyStorage.class,
            Change.SetUniqueStorage.class, Change.SetSequenceOwner.class, Change.SetSequenceComment.class,
            Change.SetEnumTypeComment.class, Change.CreateDomain.class, Change.DropDomain.class, Change.SetDomainDefault.class,
            Change.SetDomainNotNull.class, Change.AddDomainCheck.class, Change.DropDomainCheck.class, Change.RenameDomainCheck.class,
            Change.ValidateDomainCheck.class, Change.SetDomainComment.class, Change.DropGeneration.class,
            Change.CreateCompositeType.class, Change.DropCompositeType.class, Change.AddCompositeAttribute.class,
            Change.DropCompositeAttribute.class, Change.AlterCompositeAttribute.class, Change.SetCompositeTypeComment.class);

    /**
     * Change kinds only MariaDB's inspector produces (table default collations and options, invisible columns and
     * column-level checks, ignored indexes, application-time periods; PostgreSQL's reads one table option too, UNLOGGED) or only MariaDB's Differ
     * plans (column moves); its fidelity corpus covers them.
     */
    public static final Set<Class<?>> MARIADB_ONLY = Set.of(Change.SetTableCollation.class, Change.SetTableOptions.class,
            Change.SetColumnOptions.class, Change.SetIndexIgnored.class, Change.MoveColumn.class, Change.AddPeriod.class,
            Change.DropPeriod.class);

    /**
     * Change kinds only a rename hint naming a sequence makes (never a plan without one, such as the fixture's A -> B):
     * the corpora cover them (mariadb 834, postgres 1347) and DifferTest.
     */
    public static final Set<Class<?>> HINTED_ONLY = Set.of(Change.RenameSequence.class);

    protected abstract EngineKind kind();

    protected final SqlRenderer renderer() {
        return Engines.of(kind()).renderer();
    }

    protected final Differ differ = Engines.of(kind()).differ();

    protected static void execute(Connection c, List<String> statements) {
        for (String sql : statements) {
            assertThat(sql).doesNotEndWith(";");
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new AssertionError("statement failed: " + sql + "\n  -> " + e.getMessage(), e);
            }
        }
    }

    protected static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    private static Set<String> names(Schema s) {
        return s.tables().stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyChangeKindAppliesAndRollsBackOnARealDatabase() throws Exception {
        SqlRenderer r = renderer();
        Schema a = Fixtures.schemaA();
        Schema b = Fixtures.schemaB();
        Plan up = differ.diff(Schema.EMPTY, a);
        Plan ab = differ.diff(a, b, Fixtures.renamesAB());
        Set<Class<?>> kinds = ab.changes().stream().map(Object::getClass).collect(Collectors.toSet());
        // every portable change kind; enum types and sequence options are PostgreSQL's, table collations MariaDB's
        // (their corpora cover them)
        assertThat(kinds).containsExactlyInAnyOrder(Arrays.stream(Change.class.getPermittedSubclasses())
                .filter(k -> !POSTGRES_ONLY.contains(k) && !MARIADB_ONLY.contains(k) && !HINTED_ONLY.contains(k)).toArray(Class<?>[]::new));

        try (TestDatabase db = TestDatabase.create(kind()); Connection c = db.connect()) {
            SchemaFacts facts = new SchemaFacts(c, kind());

            // empty -> A
            execute(c, r.forward(up));
            assertThat(facts.tables()).isEqualTo(names(a));
            assertThat(facts.sequences()).containsExactly("invoice_seq");
            assertThat(facts.primaryKey("order_items")).containsExactly("order_id", "line_no");
            assertThat(facts.foreignKeys("departments")).hasSize(1);
            assertThat(facts.foreignKeys("categories")).hasSize(1);
            assertThat(facts.columns("order")).containsOnlyKeys("key", "value", "user");
            assertThat(facts.columns("customers").get("note")).contains("comment=free text");
            assertThat(facts.tableComment("customers")).isEqualTo("people who buy");
            assertThat(facts.checks()).hasSize(1);
            assertThat(facts.indexes("orders")).anyMatch(i -> i.startsWith("(customer_id,created_at"));
            assertThat(facts.indexes("employees")).contains("unique (email)");
            assertThat(facts.columns("departments").get("id")).doesNotContain("identity");
            assertThat(facts.columns("order_items").get("line_total")).contains("generated");
            List<String> fingerprintA = facts.fingerprint();
            assertThat(fingerprintA).hasSizeGreaterThan(60);
            execute(c, List.of("INSERT INTO departments (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')"));

            // A -> B
            execute(c, r.forward(ab));
            assertThat(facts.tables()).isEqualTo(names(b));
            assertThat(facts.sequences()).containsExactly("shipment_seq");
            assertThat(facts.columns("customers")).containsOnlyKeys("id", "email", "full_name", "status", "created_at", "phone");
            assertThat(facts.columns("customers").get("email")).contains(" null").contains("comment=login");
            assertThat(facts.columns("customers").get("full_name")).contains("size=200");
            assertThat(facts.columns("departments").get("id")).contains("identity");
            assertThat(facts.columns("tags").get("id")).doesNotContain("identity");
            assertThat(facts.primaryKey("order")).isEmpty();
            assertThat(facts.primaryKey("audit_log")).containsExactly("id");
            assertThat(facts.foreignKeys("categories")).isEmpty();
            assertThat(facts.foreignKeys("shipments")).hasSize(1);
            assertThat(facts.foreignKeys("employees")).hasSize(1);
            assertThat(facts.tableComment("customers")).isEqualTo("customers");
            assertThat(facts.checks()).hasSize(1).allMatch(s -> s.startsWith("customers"));
            assertThat(facts.indexes("orders")).noneMatch(i -> i.startsWith("(customer_id,created_at")).contains("(created_at)");
            assertThat(facts.indexes("employees")).contains("(email)").doesNotContain("unique (email)");
            assertThat(facts.indexes("tags")).contains("unique (label)");
            // identity added to a column holding data continues after its maximum
            execute(c, List.of("INSERT INTO departments (name) VALUES ('d')"));
            assertThat(queryLong(c, "SELECT MAX(id) FROM departments")).isEqualTo(4);
            List<String> fingerprintB = facts.fingerprint();

            // B -> A by rollback
            execute(c, r.rollback(ab));
            assertThat(facts.fingerprint()).isEqualTo(fingerprintA);
            assertThat(queryLong(c, "SELECT COUNT(*) FROM departments")).isEqualTo(4);

            // A -> empty by rollback
            execute(c, r.rollback(up));
            assertThat(facts.tables()).isEmpty();
            assertThat(facts.sequences()).isEmpty();

            // B from scratch equals B reached by migration
            Plan direct = differ.diff(Schema.EMPTY, b);
            execute(c, r.forward(direct));
            assertThat(facts.fingerprint()).isEqualTo(fingerprintB);
            execute(c, r.rollback(direct));
            assertThat(facts.tables()).isEmpty();
        }
    }

    @Test
    void renamesWithoutHintsAndTheirReverseApply() throws Exception {
        SqlRenderer r = renderer();
        Schema a = Fixtures.schemaA();
        Schema b = Fixtures.schemaB();
        // B -> A: the reverse direction exercises the opposite of every change
        Plan ba = differ.diff(b, a, Renames.parse(List.of("order_lines=order_items", "customers.full_name=name")));
        // without the renames, the renamed table/column become drops and creates; name and full_name differ
        // in type, so no hint is offered either
        Plan noHints = differ.diff(a, b);
        assertThat(noHints.changes()).contains(new Change.DropTable(a.table("order_items").orElseThrow()),
                new Change.CreateTable(b.table("order_lines").orElseThrow()));
        assertThat(noHints.changes()).filteredOn(ch -> ch instanceof Change.RenameTable || ch instanceof Change.RenameColumn).isEmpty();
        assertThat(noHints.renameHints()).isEmpty();

        try (TestDatabase db = TestDatabase.create(kind()); Connection c = db.connect()) {
            SchemaFacts facts = new SchemaFacts(c, kind());
            execute(c, r.createSchema(b));
            List<String> fingerprintB = facts.fingerprint();
            execute(c, r.forward(ba));
            assertThat(facts.tables()).isEqualTo(names(a));
            execute(c, r.rollback(ba));
            assertThat(facts.fingerprint()).isEqualTo(fingerprintB);

            execute(c, r.rollback(differ.diff(Schema.EMPTY, b)));
            execute(c, r.createSchema(a));
            List<String> fingerprintA = facts.fingerprint();
            execute(c, r.forward(noHints));
            assertThat(facts.tables()).isEqualTo(names(b));
            execute(c, r.rollback(noHints));
            assertThat(facts.fingerprint()).isEqualTo(fingerprintA);
        }
    }

    @Test
    void aColumnThatBecomesNotNullWithADefaultTakesItInItsNullRowsAndOneWithoutFails() throws Exception {
        SqlRenderer r = renderer();
        Schema a = Fixtures.schema(List.of(Fixtures.table("t").col(Fixtures.notNull("id", Fixtures.INT),
                Fixtures.col("qty", Fixtures.INT), Fixtures.col("note", Fixtures.varchar(10))).pk("id").build()));
        Schema filled = Fixtures.schema(List.of(Fixtures.table("t").col(Fixtures.notNull("id", Fixtures.INT),
                Fixtures.notNull("qty", Fixtures.INT).withDefault("7"), Fixtures.col("note", Fixtures.varchar(10))).pk("id").build()));
        Schema bare = Fixtures.schema(List.of(Fixtures.table("t").col(Fixtures.notNull("id", Fixtures.INT),
                Fixtures.col("qty", Fixtures.INT), Fixtures.notNull("note", Fixtures.varchar(10))).pk("id").build()));
        try (TestDatabase db = TestDatabase.create(kind()); Connection c = db.connect()) {
            execute(c, r.createSchema(a));
            execute(c, List.of("INSERT INTO t (id, qty, note) VALUES (1, NULL, NULL), (2, 3, 'x')"));
            SchemaFacts facts = new SchemaFacts(c, kind());
            List<String> fingerprintA = facts.fingerprint();

            Plan fill = differ.diff(a, filled);
            assertThat(r.render(fill)).filteredOn(x -> x.change() instanceof Change.SetNullable)
                    .singleElement().satisfies(x -> assertThat(x.rollbackLosesData()).as("the NULLs do not come back").isTrue());
            execute(c, r.forward(fill));
            assertThat(queryLong(c, "SELECT COUNT(*) FROM t WHERE qty = 7")).isEqualTo(1);
            assertThat(queryLong(c, "SELECT qty FROM t WHERE id = 2")).isEqualTo(3);
            execute(c, r.rollback(fill));
            assertThat(facts.fingerprint()).isEqualTo(fingerprintA);

            // without a default nothing is made up for the NULLs: the engine refuses
            Plan refused = differ.diff(a, bare);
            assertThat(String.join("\n", r.forward(refused))).doesNotContain("UPDATE");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(c, r.forward(refused)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("note");
        }
    }

    @Test
    void renderingIsDeterministic() {
        Plan ab = differ.diff(Fixtures.schemaA(), Fixtures.schemaB(), Fixtures.renamesAB());
        assertThat(renderer().render(ab)).isEqualTo(Engines.of(kind()).renderer().render(ab));
        assertThat(String.join("\n", renderer().forward(ab))).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void rollbackLosesDataIsFlaggedForDestructiveSteps() {
        Plan ab = differ.diff(Fixtures.schemaA(), Fixtures.schemaB(), Fixtures.renamesAB());
        for (RenderedChange rc : renderer().render(ab)) {
            Change ch = rc.change();
            boolean destructive = ch instanceof Change.DropTable || ch instanceof Change.DropColumn || ch instanceof Change.DropSequence;
            if (ch instanceof Change.AlterColumnType t) destructive = !BaseSqlRenderer.widening(t.before().type(), t.after().type());
            // the NULLs a NOT NULL with a default filled do not come back
            if (ch instanceof Change.SetNullable n) destructive = n.fillsNulls();
            assertThat(rc.rollbackLosesData()).as(ch.describe()).isEqualTo(destructive);
            assertThat(rc.forward()).as(ch.describe()).isNotEmpty();
            assertThat(rc.rollback()).as(ch.describe()).isNotEmpty();
        }
        // all type changes in A -> B widen, so their rollback is lossless
        assertThat(renderer().render(ab).stream().filter(rc -> rc.change() instanceof Change.AlterColumnType))
                .isNotEmpty().noneMatch(RenderedChange::rollbackLosesData);
    }

    @Test
    void generatedNamesFitTheEngine() {
        Plan up = differ.diff(Schema.EMPTY, Fixtures.schemaA());
        String fk = renderer().render(up).stream()
                .filter(rc -> rc.change() instanceof Change.AddForeignKey f && f.table().equals(Fixtures.LONG_TABLE))
                .findFirst().orElseThrow().forward().get(0);
        String name = fk.replaceAll("(?s).*ADD CONSTRAINT (\\S+) FOREIGN KEY.*", "$1").replace("\"", "").replace("`", "");
        assertThat(name).hasSizeLessThanOrEqualTo(kind() == EngineKind.MARIADB ? 64 : 63).matches("fk_customer_preferences_with_a_deliberately_long_name_[0-9a-f_]+");
        assertThat(name).isEqualTo(renderer().render(up).stream()
                .filter(rc -> rc.change() instanceof Change.AddForeignKey f && f.table().equals(Fixtures.LONG_TABLE))
                .findFirst().orElseThrow().rollback().get(0).replaceAll("(?s).*DROP (?:CONSTRAINT|FOREIGN KEY) (\\S+?)(?:,.*)?$", "$1")
                .replace("\"", "").replace("`", ""));
    }
}
