package dev.schemactl.diff;

import dev.schemactl.engine.Engines;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.LobSize;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * jqwik generators of schema pairs (A, B) for one engine, B derived from A by random edits.
 *
 * <p>What is generated is a <em>spec</em> made of small integers, lists and booleans (which jqwik shrinks
 * well: shorter lists, smaller numbers); {@link Builder} interprets it deterministically — indexes are taken
 * modulo the sizes they pick from — and then repairs the result into a valid schema ({@link Builder#sanitize}):
 * keys only over existing, indexable columns, primary-key columns NOT NULL, foreign keys only onto a primary
 * key or unique constraint of the referenced table with equal column types. So every spec, and every shrunk
 * spec, is a valid pair.
 */
final class SchemaPairs {
    private SchemaPairs() {
    }

    // ------------------------------------------------------------------ specs

    record ColumnSpec(int name, int type, int size, int scale, boolean nullable, int dflt) {
    }

    record IndexColumnSpec(int column, boolean descending) {
    }

    record IndexSpec(List<IndexColumnSpec> columns, boolean unique) {
    }

    record FkSpec(int table, int key, int onDelete, int onUpdate) {
    }

    record TableSpec(int name, List<ColumnSpec> columns, List<Integer> pk, List<List<Integer>> uniques,
                     List<IndexSpec> indexes, List<FkSpec> fks, List<Integer> checks) {
    }

    sealed interface Edit {
    }

    record AddTable(TableSpec table) implements Edit {
    }

    record DropTable(int table) implements Edit {
    }

    record AddColumn(int table, ColumnSpec column) implements Edit {
    }

    record DropColumn(int table, int column) implements Edit {
    }

    record ChangeType(int table, int column, int type, int size, int scale) implements Edit {
    }

    record ToggleNullable(int table, int column) implements Edit {
    }

    record ChangeDefault(int table, int column, int dflt) implements Edit {
    }

    record AddIndex(int table, IndexSpec index) implements Edit {
    }

    record DropIndex(int table, int index) implements Edit {
    }

    record AddUnique(int table, List<Integer> columns) implements Edit {
    }

    record DropUnique(int table, int unique) implements Edit {
    }

    record ChangePrimaryKey(int table, List<Integer> columns) implements Edit {
    }

    record AddForeignKey(int table, FkSpec fk) implements Edit {
    }

    record DropForeignKey(int table, int fk) implements Edit {
    }

    record AddCheck(int table, int column) implements Edit {
    }

    record DropCheck(int table, int check) implements Edit {
    }

    record PairSpec(List<TableSpec> tables, List<Edit> edits) {
    }

    /** A generated pair; its toString is Java code (see {@link SchemaCode}) to paste into a regression test. */
    record SchemaPair(Schema a, Schema b) {
        @Override
        public String toString() {
            return "\nSchema a = " + SchemaCode.of(a) + ";\nSchema b = " + SchemaCode.of(b) + ";\n";
        }
    }

    // ------------------------------------------------------------------ arbitraries

    private static Arbitrary<Integer> pick() {
        return Arbitraries.integers().between(0, 40);
    }

    private static Arbitrary<Integer> few() {
        return Arbitraries.integers().between(0, 5);
    }

    static Arbitrary<ColumnSpec> columns() {
        return Combinators.combine(pick(), pick(), few(), few(), Arbitraries.of(true, false), few()).as(ColumnSpec::new);
    }

    static Arbitrary<IndexSpec> indexes() {
        Arbitrary<IndexColumnSpec> column = Combinators.combine(pick(), Arbitraries.of(false, true)).as(IndexColumnSpec::new);
        return Combinators.combine(column.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(false, true)).as(IndexSpec::new);
    }

    static Arbitrary<FkSpec> foreignKeys() {
        return Combinators.combine(pick(), few(), pick(), pick()).as(FkSpec::new);
    }

    static Arbitrary<TableSpec> tables() {
        return Combinators.combine(pick(), columns().list().ofMinSize(1).ofMaxSize(6).withSizeDistribution(UNIFORM), pick().list().ofMaxSize(2),
                pick().list().ofMinSize(1).ofMaxSize(2).list().ofMaxSize(2), indexes().list().ofMaxSize(2),
                foreignKeys().list().ofMaxSize(2), pick().list().ofMaxSize(2)).as(TableSpec::new);
    }

    static Arbitrary<Edit> edits() {
        return Arbitraries.oneOf(List.of(
                Combinators.combine(pick(), pick()).as(DropColumn::new),
                Combinators.combine(pick(), columns()).as(AddColumn::new),
                Combinators.combine(pick(), pick(), pick(), few(), few()).as(ChangeType::new),
                Combinators.combine(pick(), pick()).as(ToggleNullable::new),
                Combinators.combine(pick(), pick(), few()).as(ChangeDefault::new),
                Combinators.combine(pick(), indexes()).as(AddIndex::new),
                Combinators.combine(pick(), pick()).as(DropIndex::new),
                Combinators.combine(pick(), pick().list().ofMinSize(1).ofMaxSize(2)).as(AddUnique::new),
                Combinators.combine(pick(), pick()).as(DropUnique::new),
                Combinators.combine(pick(), pick().list().ofMaxSize(2)).as(ChangePrimaryKey::new),
                Combinators.combine(pick(), foreignKeys()).as(AddForeignKey::new),
                Combinators.combine(pick(), pick()).as(DropForeignKey::new),
                Combinators.combine(pick(), pick()).as(AddCheck::new),
                Combinators.combine(pick(), pick()).as(DropCheck::new),
                pick().map(DropTable::new),
                tables().map(AddTable::new)));
    }

    /** List sizes spread evenly (jqwik's default favours the smallest), so multi-table schemas are common. */
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    /** Pairs (A, B) for an engine: 1–4 tables, 1–8 edits. */
    static Arbitrary<SchemaPair> pairs(EngineProfile profile) {
        return Combinators.combine(tables().list().ofMinSize(1).ofMaxSize(4).withSizeDistribution(UNIFORM),
                        edits().list().ofMinSize(1).ofMaxSize(8).withSizeDistribution(UNIFORM))
                .as(PairSpec::new).map(spec -> new Builder(profile).pair(spec));
    }

    /** Single schemas for an engine: 1–5 tables. */
    static Arbitrary<SingleSchema> schemas(EngineProfile profile) {
        return tables().list().ofMinSize(1).ofMaxSize(5).withSizeDistribution(UNIFORM)
                .map(specs -> new SingleSchema(new Builder(profile).pair(new PairSpec(specs, List.of())).a()));
    }

    /** A generated schema; its toString is Java code, like {@link SchemaPair}'s. */
    record SingleSchema(Schema a) {
        @Override
        public String toString() {
            return "\nSchema a = " + SchemaCode.of(a) + ";\n";
        }
    }

    // ------------------------------------------------------------------ the mutable model the spec builds

    static final class MCol {
        String name;
        ColumnType type;
        boolean nullable;
        int dflt;
        /** MariaDB: a column collation other than the table's (null: the table's). */
        String collation;
        /** MariaDB: ON UPDATE current_timestamp of a datetime/timestamp column (null: none). */
        String onUpdate;

        MCol(String name, ColumnType type, boolean nullable, int dflt) {
            this.name = name;
            this.type = type;
            this.nullable = nullable;
            this.dflt = dflt;
        }

        MCol copy() {
            MCol c = new MCol(name, type, nullable, dflt);
            c.collation = collation;
            c.onUpdate = onUpdate;
            return c;
        }
    }

    record MIndex(List<IndexColumn> columns, boolean unique) {
        List<String> names() {
            return columns.stream().map(IndexColumn::name).toList();
        }
    }

    static final class MFk {
        final List<String> columns;
        final String refTable;
        final List<String> refColumns;
        ReferentialAction onDelete;
        ReferentialAction onUpdate;

        MFk(List<String> columns, String refTable, List<String> refColumns, ReferentialAction onDelete,
            ReferentialAction onUpdate) {
            this.columns = columns;
            this.refTable = refTable;
            this.refColumns = refColumns;
            this.onDelete = onDelete;
            this.onUpdate = onUpdate;
        }

        /** True when an action of this key writes its columns (SET NULL / SET DEFAULT, ON UPDATE CASCADE). */
        boolean writesColumns() {
            return onDelete == ReferentialAction.SET_NULL || onDelete == ReferentialAction.SET_DEFAULT
                    || onUpdate == ReferentialAction.SET_NULL || onUpdate == ReferentialAction.SET_DEFAULT
                    || onUpdate == ReferentialAction.CASCADE;
        }
    }

    static final class MTable {
        final String name;
        final List<MCol> columns = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<MIndex> indexes = new ArrayList<>();
        final List<MFk> fks = new ArrayList<>();
        final List<String> checks = new ArrayList<>();
        /** Names of columns dropped by the edits: a new column never takes one (the Differ would see a type change). */
        final Set<String> retired = new LinkedHashSet<>();

        MTable(String name) {
            this.name = name;
        }

        MCol column(String columnName) {
            return columns.stream().filter(c -> c.name.equals(columnName)).findFirst().orElse(null);
        }

        MTable copy() {
            MTable t = new MTable(name);
            columns.forEach(c -> t.columns.add(c.copy()));
            t.pk = new ArrayList<>(pk);
            t.uniques.addAll(uniques);
            t.indexes.addAll(indexes);
            fks.forEach(f -> t.fks.add(new MFk(f.columns, f.refTable, f.refColumns, f.onDelete, f.onUpdate)));
            t.checks.addAll(checks);
            return t;
        }
    }

    // ------------------------------------------------------------------ spec → schemas

    static final class Builder {
        /** Reserved words on purpose: order, user, key, group, value. No underscores, so generated names cannot collide. */
        private static final List<String> TABLE_NAMES = List.of("t", "order", "user", "key", "items", "group", "accounts");
        private static final List<String> COLUMN_NAMES = List.of("id", "name", "key", "value", "user", "order", "amount",
                "code", "created", "flag", "data", "ref");
        private static final int[] LENGTHS = {10, 1, 20, 50, 100};
        private static final int[] PRECISIONS = {10, 5, 12, 18, 38};
        private static final int[] SCALES = {0, 2, 4};
        private static final int[] FRACTIONS = {6, 0, 3};

        private final EngineProfile profile;
        private final SqlRenderer renderer;
        /** Names of tables dropped by the edits: a new table never takes one. */
        private final Set<String> retiredTables = new LinkedHashSet<>();

        Builder(EngineProfile profile) {
            this.profile = profile;
            this.renderer = Engines.of(profile.kind).renderer();
        }

        SchemaPair pair(PairSpec spec) {
            List<MTable> a = new ArrayList<>();
            List<TableSpec> specs = new ArrayList<>();
            for (TableSpec t : spec.tables()) {
                a.add(table(a, t));
                specs.add(t);
            }
            for (int i = 0; i < a.size(); i++) {
                for (FkSpec f : specs.get(i).fks()) addForeignKey(a, a.get(i), f);
            }
            sanitize(a);
            List<MTable> b = new ArrayList<>();
            a.forEach(t -> b.add(t.copy()));
            for (Edit e : spec.edits()) apply(b, e);
            sanitize(b);
            return new SchemaPair(schema(a), schema(b));
        }

        // -------------------------------------------------------------- types and defaults

        ColumnType type(int choice, int size, int scale) {
            return type(profile.types.get(choice % profile.types.size()), size, scale);
        }

        ColumnType type(TypeKind kind, int size, int scale) {
            int length = LENGTHS[size % LENGTHS.length];
            int fraction = FRACTIONS[size % FRACTIONS.length];
            ColumnType base = switch (kind) {
                case DECIMAL -> {
                    int p = PRECISIONS[size % PRECISIONS.length];
                    yield ColumnType.decimal(p, Math.min(p, SCALES[scale % SCALES.length]));
                }
                case CHAR -> ColumnType.sized(kind, length);
                case VARCHAR -> profile.unsizedVarchar && scale % 3 == 2 ? ColumnType.of(kind) : ColumnType.sized(kind, length);
                case BINARY -> ColumnType.sized(kind, length);
                case VARBINARY -> profile.unsizedBinary ? ColumnType.of(kind) : ColumnType.sized(kind, length);
                case TIME, TIMESTAMP, TIMESTAMP_TZ -> ColumnType.temporal(kind, fraction);
                default -> ColumnType.of(kind);
            };
            return profile.mariaDbAttributes ? mariaDb(base, size) : base;
        }

        /**
         * MariaDB's own type attributes (issue 11, item 5), chosen by {@code size}: UNSIGNED numbers, bit(1) next to
         * tinyint(1) booleans, TINY/MEDIUM TEXT and TINY/REGULAR/MEDIUM BLOB next to the plain and LONG ones.
         */
        static ColumnType mariaDb(ColumnType type, int size) {
            return switch (type.kind()) {
                case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE -> type.withUnsigned(size % 2 == 1);
                case BOOLEAN -> size % 2 == 1 ? new ColumnType(TypeKind.BOOLEAN, null, null, null, "bit(1)", List.of()) : type;
                case TEXT -> type.withLobSize(new LobSize[]{null, LobSize.TINY, LobSize.MEDIUM}[size % 3]);
                case BLOB -> type.withLobSize(new LobSize[]{null, LobSize.TINY, LobSize.REGULAR, LobSize.MEDIUM}[size % 4]);
                default -> type;
            };
        }

        /** MariaDB: a collation on some character columns, ON UPDATE on some datetime/timestamp columns (by {@code size}). */
        void attributes(MCol c, int size) {
            c.collation = null;
            c.onUpdate = null;
            if (!profile.mariaDbAttributes) return;
            TypeKind k = c.type.kind();
            if (k == TypeKind.CHAR || k == TypeKind.VARCHAR || k == TypeKind.TEXT) {
                c.collation = new String[]{null, "utf8mb4_bin", "utf8mb4_unicode_ci"}[size % 3];
            }
            if ((k == TypeKind.TIMESTAMP || k == TypeKind.TIMESTAMP_TZ) && size % 2 == 1) c.onUpdate = "current_timestamp";
        }

        /** Families whose members convert into each other (an ALTER TYPE that real migrations make). */
        static int family(TypeKind kind) {
            return switch (kind) {
                case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE -> 1;
                case CHAR, VARCHAR, TEXT, CLOB -> 2;
                case BINARY, VARBINARY, BLOB -> 3;
                case DATE, TIMESTAMP, TIMESTAMP_TZ -> 4;
                case TIME -> 5;
                case JSON, JSONB -> 6;
                default -> 100 + kind.ordinal();
            };
        }

        ColumnType typeInFamily(ColumnType current, int choice, int size, int scale) {
            List<TypeKind> candidates = profile.types.stream().filter(k -> family(k) == family(current.kind())).toList();
            return type(candidates.get(choice % candidates.size()), size, scale);
        }

        static boolean numeric(TypeKind kind) {
            return family(kind) == 1;
        }

        /** The default a choice means for a type (0: none); always a value the type can hold. */
        static String defaultExpression(ColumnType type, int choice) {
            if (choice == 0) return null;
            List<String> options = switch (type.kind()) {
                case BOOLEAN -> List.of("true", "false");
                case TINYINT, SMALLINT, INTEGER, BIGINT -> List.of("0", "1", "-1", "42");
                case REAL, DOUBLE -> List.of("0", "1.5", "-2.25", "42");
                case DECIMAL -> decimalDefaults(type.precision(), type.scale());
                case CHAR, VARCHAR, TEXT, CLOB -> stringDefaults(type.length());
                case DATE -> List.of("'2020-01-01'");
                case TIMESTAMP -> List.of("current_timestamp", "'2020-01-01 10:00:00'");
                // a literal for a zoned type is read back in the session's zone, so only current_timestamp
                case TIMESTAMP_TZ -> List.of("current_timestamp");
                case TIME -> List.of("'10:00:00'");
                default -> List.of();
            };
            if (type.unsigned()) options = options.stream().filter(o -> !o.startsWith("-")).toList();
            return options.isEmpty() ? null : options.get((choice - 1) % options.size());
        }

        private static List<String> decimalDefaults(int precision, int scale) {
            int whole = precision - scale;
            List<String> out = new ArrayList<>(List.of("0"));
            if (whole >= 1) out.addAll(List.of("1", "-1"));
            if (whole >= 2) out.add("42");
            if (whole >= 1 && scale >= 1) out.add("1.5");
            if (whole >= 2 && scale >= 2) out.add("-12.25");
            return out;
        }

        private static List<String> stringDefaults(Integer length) {
            List<String> out = new ArrayList<>();
            for (String s : List.of("abc", "", "a", "it's", "x y")) {
                String cut = length == null || s.length() <= length ? s : s.substring(0, length);
                out.add("'" + cut.replace("'", "''") + "'");
            }
            return out;
        }

        // -------------------------------------------------------------- building

        private static String unique(String base, Set<String> taken) {
            String name = base;
            for (int i = 2; taken.contains(name); i++) name = base + i;
            return name;
        }

        MTable table(List<MTable> schema, TableSpec spec) {
            Set<String> taken = new LinkedHashSet<>(retiredTables);
            schema.forEach(t -> taken.add(t.name));
            MTable t = new MTable(unique(TABLE_NAMES.get(spec.name() % TABLE_NAMES.size()), taken));
            for (ColumnSpec c : spec.columns()) addColumn(t, c);
            t.pk = columnsOf(t, spec.pk());
            for (List<Integer> u : spec.uniques()) t.uniques.add(columnsOf(t, u));
            for (IndexSpec i : spec.indexes()) t.indexes.add(index(t, i));
            for (int c : spec.checks()) t.checks.add(t.columns.get(c % t.columns.size()).name);
            return t;
        }

        void addColumn(MTable t, ColumnSpec c) {
            Set<String> taken = new LinkedHashSet<>(t.retired);
            t.columns.forEach(x -> taken.add(x.name));
            String name = unique(COLUMN_NAMES.get(c.name() % COLUMN_NAMES.size()), taken);
            MCol column = new MCol(name, type(c.type(), c.size(), c.scale()), c.nullable(), c.dflt());
            attributes(column, c.size());
            t.columns.add(column);
        }

        static List<String> columnsOf(MTable t, List<Integer> picks) {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (int p : picks) out.add(t.columns.get(p % t.columns.size()).name);
            return new ArrayList<>(out);
        }

        static MIndex index(MTable t, IndexSpec spec) {
            List<IndexColumn> columns = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (IndexColumnSpec c : spec.columns()) {
                String name = t.columns.get(c.column() % t.columns.size()).name;
                if (seen.add(name)) columns.add(new IndexColumn(name, c.descending()));
            }
            return new MIndex(columns, spec.unique());
        }

        /** Resolves a foreign key onto a key of the picked table, reusing columns of equal type or adding some. */
        void addForeignKey(List<MTable> schema, MTable t, FkSpec spec) {
            if (schema.isEmpty()) return;
            MTable target = schema.get(spec.table() % schema.size());
            List<List<String>> keys = keys(target).stream().filter(k -> columnsExist(target, k)).toList();
            if (keys.isEmpty()) return;
            List<String> refColumns = keys.get(spec.key() % keys.size());
            List<String> columns = new ArrayList<>();
            for (String rc : refColumns) {
                ColumnType type = target.column(rc).type;
                MCol reuse = null;
                for (MCol c : t.columns) {
                    boolean same = t == target && refColumns.contains(c.name);
                    if (!same && !columns.contains(c.name) && c.type.equals(type)) {
                        reuse = c;
                        break;
                    }
                }
                if (reuse == null) {
                    Set<String> taken = new LinkedHashSet<>();
                    t.columns.forEach(x -> taken.add(x.name));
                    reuse = new MCol(unique(rc + "ref", taken), type, true, 0);
                    t.columns.add(reuse);
                }
                columns.add(reuse.name);
            }
            List<ReferentialAction> actions = profile.onDeleteActions;
            ReferentialAction onDelete = actions.get(spec.onDelete() % actions.size());
            // ON UPDATE mostly left out (NO ACTION), as in most schemas
            int update = spec.onUpdate() % (3 * actions.size());
            ReferentialAction onUpdate = update < actions.size() ? actions.get(update) : ReferentialAction.NO_ACTION;
            t.fks.add(new MFk(columns, target.name, refColumns, onDelete, onUpdate));
        }

        static List<List<String>> keys(MTable t) {
            List<List<String>> keys = new ArrayList<>();
            if (!t.pk.isEmpty()) keys.add(t.pk);
            keys.addAll(t.uniques);
            return keys;
        }

        void apply(List<MTable> schema, Edit edit) {
            if (edit instanceof AddTable e) {
                MTable t = table(schema, e.table());
                schema.add(t);
                for (FkSpec f : e.table().fks()) addForeignKey(schema, t, f);
                return;
            }
            if (schema.isEmpty()) return;
            MTable t = schema.get(tableOf(edit) % schema.size());
            if (edit instanceof DropTable) {
                schema.remove(t);
                retiredTables.add(t.name);
            } else if (edit instanceof AddColumn e) {
                addColumn(t, e.column());
                if (profile.kind == dev.schemactl.engine.EngineKind.MARIADB) {
                    // MariaDB places an added column (AFTER x / FIRST): B has some in the middle (elsewhere they go last)
                    MCol added = t.columns.remove(t.columns.size() - 1);
                    t.columns.add(Math.floorMod(e.column().name() * 31 + e.column().type(), t.columns.size() + 1), added);
                }
            } else if (edit instanceof DropColumn e) {
                if (t.columns.size() > 1) t.retired.add(t.columns.remove(e.column() % t.columns.size()).name);
            } else if (edit instanceof ChangeType e) {
                MCol c = t.columns.get(e.column() % t.columns.size());
                ColumnType before = c.type;
                c.type = typeInFamily(c.type, e.type(), e.size(), e.scale());
                // bit(1) and tinyint(1) are one BOOLEAN to the Differ (raw is only the spelling): no change between them
                if (before.kind() == TypeKind.BOOLEAN && c.type.kind() == TypeKind.BOOLEAN) c.type = before;
                attributes(c, e.size());
            } else if (edit instanceof ToggleNullable e) {
                MCol c = t.columns.get(e.column() % t.columns.size());
                c.nullable = !c.nullable;
            } else if (edit instanceof ChangeDefault e) {
                t.columns.get(e.column() % t.columns.size()).dflt = e.dflt();
            } else if (edit instanceof AddIndex e) {
                t.indexes.add(index(t, e.index()));
            } else if (edit instanceof DropIndex e) {
                if (!t.indexes.isEmpty()) t.indexes.remove(e.index() % t.indexes.size());
            } else if (edit instanceof AddUnique e) {
                t.uniques.add(columnsOf(t, e.columns()));
            } else if (edit instanceof DropUnique e) {
                if (!t.uniques.isEmpty()) t.uniques.remove(e.unique() % t.uniques.size());
            } else if (edit instanceof ChangePrimaryKey e) {
                t.pk = columnsOf(t, e.columns());
            } else if (edit instanceof AddForeignKey e) {
                addForeignKey(schema, t, e.fk());
            } else if (edit instanceof DropForeignKey e) {
                if (!t.fks.isEmpty()) t.fks.remove(e.fk() % t.fks.size());
            } else if (edit instanceof AddCheck e) {
                t.checks.add(t.columns.get(e.column() % t.columns.size()).name);
            } else if (edit instanceof DropCheck e) {
                if (!t.checks.isEmpty()) t.checks.remove(e.check() % t.checks.size());
            }
        }

        private static int tableOf(Edit edit) {
            if (edit instanceof DropTable e) return e.table();
            if (edit instanceof AddColumn e) return e.table();
            if (edit instanceof DropColumn e) return e.table();
            if (edit instanceof ChangeType e) return e.table();
            if (edit instanceof ToggleNullable e) return e.table();
            if (edit instanceof ChangeDefault e) return e.table();
            if (edit instanceof AddIndex e) return e.table();
            if (edit instanceof DropIndex e) return e.table();
            if (edit instanceof AddUnique e) return e.table();
            if (edit instanceof DropUnique e) return e.table();
            if (edit instanceof ChangePrimaryKey e) return e.table();
            if (edit instanceof AddForeignKey e) return e.table();
            if (edit instanceof DropForeignKey e) return e.table();
            if (edit instanceof AddCheck e) return e.table();
            if (edit instanceof DropCheck e) return e.table();
            return 0;
        }

        // -------------------------------------------------------------- repair

        /** Makes the model a schema every engine of the profile accepts (see the class comment). */
        void sanitize(List<MTable> schema) {
            for (MTable t : schema) {
                if (!keyable(t, t.pk)) t.pk = new ArrayList<>();
                List<List<String>> uniques = new ArrayList<>(new LinkedHashSet<>(t.uniques));
                uniques.removeIf(u -> !keyable(t, u));
                t.uniques.clear();
                t.uniques.addAll(uniques);
                // generated index names are idx_<table>_<columns>: two indexes over the same column names would
                // get the same name, so keep the first (equal column lists with other directions are rare by design)
                List<MIndex> indexes = new ArrayList<>();
                Set<List<String>> indexNames = new LinkedHashSet<>();
                for (MIndex i : t.indexes) {
                    if (!keyable(t, i.names()) || !indexNames.add(i.names())) continue;
                    boolean plain = profile.uniqueIndexIsUniqueConstraint
                            || (profile.keyAdoptsUniqueIndex && keys(t).stream().anyMatch(k -> Set.copyOf(k).equals(Set.copyOf(i.names()))));
                    indexes.add(plain && i.unique() ? new MIndex(i.columns(), false) : i);
                }
                t.indexes.clear();
                t.indexes.addAll(indexes);
                List<String> checks = new ArrayList<>(new LinkedHashSet<>(t.checks));
                checks.removeIf(c -> t.column(c) == null);
                t.checks.clear();
                t.checks.addAll(checks);
                for (String c : t.pk) t.column(c).nullable = false; // every engine makes primary-key columns NOT NULL
            }
            // a referenced key whose column types changed carries its foreign keys' columns along
            for (int round = 0; round < 3; round++) {
                for (MTable t : schema) {
                    for (MFk f : t.fks) {
                        MTable target = table(schema, f.refTable);
                        if (target == null || !keys(target).contains(f.refColumns) || !columnsExist(t, f.columns)) continue;
                        for (int i = 0; i < f.columns.size(); i++) {
                            MCol c = t.column(f.columns.get(i));
                            ColumnType referenced = target.column(f.refColumns.get(i)).type;
                            // within a family only: other type changes need a hand-written USING conversion
                            // bit(1) and tinyint(1) are one BOOLEAN to the Differ (see ChangeType above): no carrying
                            // from one to the other, so validForeignKey drops a key between the two spellings
                            boolean otherBooleanSpelling = c.type.kind() == TypeKind.BOOLEAN && referenced.kind() == TypeKind.BOOLEAN
                                    && !java.util.Objects.equals(c.type.raw(), referenced.raw());
                            if (family(c.type.kind()) == family(referenced.kind()) && !otherBooleanSpelling) {
                                c.type = referenced;
                                c.collation = target.column(f.refColumns.get(i)).collation;
                                // MariaDB: ON UPDATE current_timestamp is only valid on datetime/timestamp columns
                                if (c.type.kind() != TypeKind.TIMESTAMP && c.type.kind() != TypeKind.TIMESTAMP_TZ) c.onUpdate = null;
                            }
                        }
                    }
                }
            }
            for (MTable t : schema) {
                // generated foreign-key names are fk_<table>_<columns>: keep one foreign key per column list
                Set<List<String>> fkNames = new LinkedHashSet<>();
                t.fks.removeIf(f -> !validForeignKey(schema, t, f) || !fkNames.add(f.columns));
                for (MFk f : t.fks) {
                    // a primary-key column cannot be set to NULL (nor, sensibly, to a default)
                    if (f.columns.stream().anyMatch(t.pk::contains)) {
                        if (f.onDelete == ReferentialAction.SET_NULL || f.onDelete == ReferentialAction.SET_DEFAULT) f.onDelete = ReferentialAction.NO_ACTION;
                        if (f.onUpdate == ReferentialAction.SET_NULL || f.onUpdate == ReferentialAction.SET_DEFAULT) f.onUpdate = ReferentialAction.NO_ACTION;
                    }
                    if (f.onDelete == ReferentialAction.SET_NULL || f.onUpdate == ReferentialAction.SET_NULL) {
                        f.columns.forEach(c -> t.column(c).nullable = true);
                    }
                }
            }
            // a separate pass: a SET NULL key of a later table may have just made a column nullable that an earlier
            // table's ON UPDATE CASCADE key references (MariaDB then refuses to create the earlier table)
            for (MTable t : schema) {
                for (MFk f : t.fks) {
                    // MariaDB: ON UPDATE CASCADE cannot copy a nullable referenced column into a NOT NULL one
                    if (f.onUpdate == ReferentialAction.CASCADE && profile.noCheckOnWrittenColumns) {
                        MTable target = table(schema, f.refTable);
                        for (int i = 0; i < f.columns.size(); i++) {
                            if (!t.column(f.columns.get(i)).nullable && target.column(f.refColumns.get(i)).nullable) {
                                f.onUpdate = ReferentialAction.NO_ACTION;
                            }
                        }
                    }
                    // MariaDB: a column that a foreign key's action writes cannot be in a CHECK constraint
                    if (f.writesColumns() && profile.noCheckOnWrittenColumns) t.checks.removeAll(f.columns);
                }
            }
        }

        private boolean keyable(MTable t, List<String> columns) {
            return !columns.isEmpty() && columns.stream().allMatch(c -> t.column(c) != null && profile.keyable(t.column(c).type.kind()));
        }

        private static boolean columnsExist(MTable t, List<String> columns) {
            return columns.stream().allMatch(c -> t.column(c) != null);
        }

        private static MTable table(List<MTable> schema, String name) {
            return schema.stream().filter(t -> t.name.equals(name)).findFirst().orElse(null);
        }

        private static boolean validForeignKey(List<MTable> schema, MTable t, MFk f) {
            MTable target = table(schema, f.refTable);
            if (target == null || !keys(target).contains(f.refColumns) || !columnsExist(t, f.columns)) return false;
            if (new LinkedHashSet<>(f.columns).size() != f.columns.size()) return false;
            for (int i = 0; i < f.columns.size(); i++) {
                MCol c = t.column(f.columns.get(i));
                MCol r = target.column(f.refColumns.get(i));
                // MariaDB: also the same spelling of a boolean (bit(1) / tinyint(1)) and the same collation
                if (!c.type.equals(r.type) || !java.util.Objects.equals(c.type.raw(), r.type.raw())
                        || !java.util.Objects.equals(c.collation, r.collation)) return false;
            }
            return true;
        }

        // -------------------------------------------------------------- model → Schema

        Schema schema(List<MTable> tables) {
            List<Table> out = new ArrayList<>();
            for (MTable t : tables) {
                List<Column> columns = t.columns.stream()
                        .map(c -> new Column(c.name, c.type, c.nullable, defaultExpression(c.type, c.dflt), null, null, null, null,
                                c.collation, null, onUpdate(c)))
                        .toList();
                List<CheckConstraint> checks = t.checks.stream()
                        .filter(c -> numeric(t.column(c).type.kind()))
                        .map(c -> new CheckConstraint(null, renderer.quote(c) + " > 0"))
                        .toList();
                out.add(new Table(t.name, columns, t.pk.isEmpty() ? null : new PrimaryKey(null, t.pk),
                        t.uniques.stream().map(u -> new UniqueConstraint(null, u)).toList(),
                        t.indexes.stream().map(i -> new Index(null, i.columns(), i.unique())).toList(),
                        t.fks.stream().map(f -> new ForeignKey(null, f.columns, f.refTable, f.refColumns, f.onDelete,
                                f.onUpdate)).toList(),
                        checks, null));
            }
            return new Schema(out, List.of());
        }
    }

    /**
     * ON UPDATE only where the column also has a default or takes NULL, as it is written in practice: MariaDB gives a
     * NOT NULL ON UPDATE column without a default the zero date as its default.
     */
    static String onUpdate(MCol c) {
        return c.onUpdate != null && (c.nullable || Builder.defaultExpression(c.type, c.dflt) != null) ? c.onUpdate : null;
    }

    /**
     * "table[col type null, ...]" per table, columns sorted by name: the direct comparison next to the
     * Differ's. Column order is left out, as the Differ leaves it out: a rolled-back DROP COLUMN re-adds
     * the column last.
     */
    static List<String> columnSets(Schema s) {
        return s.tables().stream().map(t -> t.name() + t.columns().stream()
                .map(c -> c.name() + " " + c.type() + (c.nullable() ? " null" : " not null"))
                .sorted().toList()).toList();
    }
}
