package dev.schemactl.engine.sqlite;

import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Fixtures;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.examples.shop.Customer;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationWriter;
import dev.schemactl.migration.Migrator;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.source.HibernateModelSource;
import dev.schemactl.source.model.Author;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip on SQLite, through migration files and Liquibase as `schemactl up` and `rollback` run them:
 * for pairs of schemas A → B, create A, apply the migration schemactl writes for diff(A → B) and inspect (no
 * changes left against B), roll it back and inspect again (no changes left against A). The pairs cover every
 * change kind SQLite has (the shared fixtures both ways), the test model with every mapping and the shop
 * example (from and to nothing, and with per-table edits that rebuild tables or alter them in place).
 */
class SqliteRoundTripTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final SqliteEngine ENGINE = SqliteEngine.INSTANCE;
    private static final Differ DIFFER = new Differ(ENGINE.foreignKeysNeedIndex());

    @TempDir
    Path dir;

    static Stream<Arguments> pairs() {
        Schema a = SqliteRendererTest.sqlite(Fixtures.schemaA());
        Schema b = SqliteRendererTest.sqlite(Fixtures.schemaB());
        Schema model = model(Author.class, "dev.schemactl.source.model");
        Schema shop = model(Customer.class, "dev.schemactl.examples.shop");
        return Stream.of(
                Arguments.of("fixtures A -> B", a, b, Fixtures.renamesAB()),
                Arguments.of("fixtures B -> A", b, a, Renames.parse(List.of("order_lines=order_items", "customers.full_name=name"))),
                Arguments.of("fixtures A -> B without renames", a, b, Renames.NONE),
                Arguments.of("nothing -> every mapping", Schema.EMPTY, model, Renames.NONE),
                Arguments.of("every mapping -> edited", model, edited(model), Renames.NONE),
                Arguments.of("edited -> every mapping", edited(model), model, Renames.NONE),
                Arguments.of("shop -> edited shop", shop, edited(shop), Renames.NONE),
                Arguments.of("every mapping -> shop", model, shop, Renames.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void appliesAndRollsBackToExactlyTheSchemas(String name, Schema a, Schema b, Renames renames) throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.SQLITE);
             DatabaseHandle handle = DatabaseHandle.open(db.url(), TIMEOUT)) {
            Path migrations = dir.resolve("migrations");
            if (!a.tables().isEmpty()) migrate(handle, migrations, "20260101000000", DIFFER.diff(Schema.EMPTY, a));
            assertNoChanges(handle, a, "after creating A");

            Plan ab = DIFFER.diff(a, b, renames);
            assertThat(ab.changes()).isNotEmpty();
            String file = migrate(handle, migrations, "20260102000000", ab);
            if (!ENGINE.renderer().rebuilds(ab).isEmpty()) {
                // foreign keys off and on again outside the transaction, the rebuilds inside it
                assertThat(file).contains("runInTransaction:false\nPRAGMA foreign_keys=OFF;\n--rollback PRAGMA foreign_keys=ON;")
                        .contains("runInTransaction:false\nPRAGMA foreign_keys=ON;\n--rollback PRAGMA foreign_keys=OFF;");
            }
            assertNoChanges(handle, b, "after A -> B");

            List<String> rolledBack = new Migrator(handle, MigrationDirectory.load(migrations), TIMEOUT).rollback(1, null);
            assertThat(rolledBack).containsExactly("20260102000000");
            assertNoChanges(handle, a, "after rolling A -> B back");
            try (Connection c = handle.connection()) {
                assertThat(SqliteRendererTest.rows(c, "PRAGMA foreign_keys")).containsExactly("1");
            }
        }
    }

    private static String migrate(DatabaseHandle handle, Path migrations, String version, Plan plan) throws Exception {
        SqliteRenderer renderer = ENGINE.renderer();
        String content = MigrationWriter.render(EngineKind.SQLITE, ENGINE.transactionalDdl(), version, Map.of(),
                MigrationWriter.steps(renderer.render(plan), renderer.envelope(plan)));
        Path file = MigrationWriter.write(migrations, version, "step", content);
        List<String> applied = new Migrator(handle, MigrationDirectory.load(migrations), TIMEOUT).migrate(null);
        assertThat(applied).containsExactly(version);
        return Files.readString(file);
    }

    private static void assertNoChanges(DatabaseHandle handle, Schema expected, String when) throws SQLException {
        Schema live;
        try (Connection c = handle.connection()) {
            live = ENGINE.inspector().inspect(c);
        }
        Plan left = DIFFER.diff(live, expected);
        assertThat(left.changes()).as("changes left " + when).isEmpty();
    }

    /**
     * A model as SQLite gets it (comments dropped, SQLite's type spellings), without its sequences: SQLite has none
     * (the test model's sequence generators make `schemactl new` fail on SQLite with a clear error instead).
     */
    static Schema model(Class<?> anchor, String pkg) {
        Path classes;
        try {
            classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Schema read = ENGINE.normalizeDesired(HibernateModelSource.read(List.of(classes), List.of(pkg), EngineKind.SQLITE, null));
        // the test model's @Check uses char_length(), which SQLite calls length(): schemactl passes check
        // expressions through as written, and SQLite refuses unknown functions in CREATE TABLE
        List<Table> tables = read.tables().stream().map(t -> new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                t.indexes(), t.foreignKeys(), t.checks().stream().map(k -> new CheckConstraint(k.name(),
                k.expression().replace("char_length(", "length("))).toList(), t.comment())).toList();
        return new Schema(tables, List.of());
    }

    /**
     * Per table, by position: add a column with an index (in place), widen a varchar and flip its nullability
     * (rebuild), add a NOT NULL column with a default (in place) and a check (rebuild), drop a unique constraint
     * or set a default (rebuild), drop an unused column (in place).
     */
    static Schema edited(Schema s) {
        List<Table> out = new ArrayList<>();
        int i = 0;
        for (Table t : s.tables()) {
            List<Column> columns = new ArrayList<>(t.columns());
            List<Index> indexes = new ArrayList<>(t.indexes());
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            List<CheckConstraint> checks = new ArrayList<>(t.checks());
            switch (i++ % 5) {
                case 0 -> {
                    columns.add(Column.of("extra_note", ColumnType.sized(TypeKind.VARCHAR, 30), true));
                    indexes.add(new Index("idx_" + t.name() + "_extra", List.of(IndexColumn.asc("extra_note")), false));
                }
                case 1 -> {
                    for (int k = 0; k < columns.size(); k++) {
                        Column c = columns.get(k);
                        if (c.type().kind() == TypeKind.VARCHAR && c.type().length() != null && !keyColumn(t, c.name())) {
                            columns.set(k, c.withType(ColumnType.sized(TypeKind.VARCHAR, c.type().length() + 10)).withNullable(!c.nullable()));
                            break;
                        }
                    }
                }
                case 2 -> {
                    columns.add(Column.of("flag", ColumnType.of(TypeKind.BOOLEAN), false).withDefault("false"));
                    checks.add(new CheckConstraint(t.name() + "_flag_check", "flag in (0, 1)"));
                }
                case 3 -> {
                    if (!uniques.isEmpty()) {
                        uniques.remove(0);
                    } else {
                        for (int k = 0; k < columns.size(); k++) {
                            Column c = columns.get(k);
                            if (c.nullable() && c.generatedExpression() == null && c.type().kind() == TypeKind.VARCHAR) {
                                columns.set(k, c.withDefault("'n/a'"));
                                break;
                            }
                        }
                    }
                }
                default -> {
                    for (int k = columns.size() - 1; k >= 0; k--) {
                        Column c = columns.get(k);
                        if (c.nullable() && !keyColumn(t, c.name()) && columns.size() > 2) {
                            columns.remove(k);
                            break;
                        }
                    }
                }
            }
            out.add(new Table(t.name(), columns, t.primaryKey(), uniques, indexes, t.foreignKeys(), checks, t.comment()));
        }
        return new Schema(out, s.sequences());
    }

    /** Used by a key, index, foreign key or check (so not dropped or retyped by the edits). */
    private static boolean keyColumn(Table t, String column) {
        return (t.primaryKey() != null && t.primaryKey().columns().contains(column))
                || t.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || t.indexes().stream().anyMatch(x -> x.columnNames().contains(column))
                || t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))
                || t.checks().stream().anyMatch(k -> k.expression().contains(column));
    }
}
