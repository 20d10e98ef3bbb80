package dev.schemactl.bench;

import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, seeded schema of N tables, spelled in the neutral model the way the PostgreSQL
 * inspector reads it back (so inspecting the created database and diffing against this model gives an
 * empty plan). Every table has 8 columns of mixed types: a bigint {@code id} primary key (every 4th an
 * identity column), 0–2 foreign-key columns to earlier tables, and the rest drawn from varchar, text,
 * numeric, boolean, timestamp, timestamptz, date, integer, uuid, jsonb, smallint and double precision,
 * some with defaults and comments. Each table has 1–2 indexes (some composite with a DESC column),
 * every 3rd a unique constraint, integer columns sometimes a check; one table in five has a comment.
 * There is one standalone sequence per 100 tables.
 */
final class SchemaGenerator {
    static final int COLUMNS_PER_TABLE = 8;

    private SchemaGenerator() {
    }

    static String tableName(int index) {
        return String.format("t_%05d", index + 1);
    }

    static Schema generate(int tableCount, long seed) {
        Random random = new Random(seed * 1_000_003L + tableCount);
        List<Table> tables = new ArrayList<>(tableCount);
        for (int i = 0; i < tableCount; i++) tables.add(table(i, random));
        List<Sequence> sequences = new ArrayList<>();
        for (int s = 0; s < Math.max(1, tableCount / 100); s++) {
            sequences.add(new Sequence(String.format("seq_%05d", s + 1), 1000L * (s + 1), random.nextBoolean() ? 1 : 10));
        }
        return new Schema(tables, sequences);
    }

    private static Table table(int i, Random random) {
        String name = tableName(i);
        List<Column> columns = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<Column> indexable = new ArrayList<>();

        columns.add(new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, i % 4 == 0, null, null));

        // foreign keys to earlier tables: none (25%), one (45%) or two (30%)
        int roll = random.nextInt(100);
        int fkCount = Math.min(i, roll < 25 ? 0 : roll < 70 ? 1 : 2);
        List<Integer> referenced = new ArrayList<>();
        while (referenced.size() < fkCount) {
            int ref = random.nextInt(i);
            if (!referenced.contains(ref)) referenced.add(ref);
        }
        for (int ref : referenced) {
            String refTable = tableName(ref);
            boolean nullable = random.nextBoolean();
            Column c = new Column(refTable + "_id", ColumnType.of(TypeKind.BIGINT), nullable, null, false, null, null);
            columns.add(c);
            indexable.add(c);
            int action = random.nextInt(10);
            ReferentialAction onDelete = action < 2 ? ReferentialAction.CASCADE
                    : action < 3 && nullable ? ReferentialAction.SET_NULL : ReferentialAction.NO_ACTION;
            foreignKeys.add(new ForeignKey("fk_" + name + "_" + columns.size(), List.of(c.name()), refTable,
                    List.of("id"), onDelete, ReferentialAction.NO_ACTION));
        }

        while (columns.size() < COLUMNS_PER_TABLE) {
            int k = columns.size() + 1;
            Column c = dataColumn(k, random);
            if (c.name().startsWith("qty_") && random.nextInt(3) == 0) {
                checks.add(new CheckConstraint("ck_" + name + "_" + k, c.name() + " >= 0"));
            }
            if (random.nextInt(10) == 0) c = c.withComment("column " + k + " of " + name);
            columns.add(c);
            TypeKind kind = c.type().kind();
            if (kind != TypeKind.TEXT && kind != TypeKind.JSONB && kind != TypeKind.BOOLEAN) indexable.add(c);
        }

        List<UniqueConstraint> uniques = new ArrayList<>();
        if (i % 3 == 1 && !indexable.isEmpty()) {
            Column u = indexable.get(random.nextInt(indexable.size()));
            uniques.add(new UniqueConstraint("uq_" + name + "_1", List.of(u.name())));
        }

        List<Index> indexes = new ArrayList<>();
        Column first = !foreignKeys.isEmpty() ? columns.get(1) : indexable.isEmpty() ? columns.get(1)
                : indexable.get(random.nextInt(indexable.size()));
        indexes.add(new Index("ix_" + name + "_1", List.of(IndexColumn.asc(first.name())), false));
        if (random.nextBoolean() && indexable.size() >= 2) {
            Column a = indexable.get(random.nextInt(indexable.size()));
            Column b = indexable.get(random.nextInt(indexable.size()));
            if (a != b) {
                indexes.add(new Index("ix_" + name + "_2", List.of(IndexColumn.asc(a.name()),
                        new IndexColumn(b.name(), random.nextBoolean())), false));
            }
        }

        String comment = i % 5 == 0 ? "generated table " + (i + 1) : null;
        return new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), uniques, indexes,
                foreignKeys, checks, comment);
    }

    private static Column dataColumn(int k, Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> new Column("name_" + k, ColumnType.sized(TypeKind.VARCHAR, new int[]{32, 64, 255}[random.nextInt(3)]),
                    random.nextBoolean(), random.nextInt(4) == 0 ? "'n/a'" : null, false, null, null);
            case 1 -> Column.of("note_" + k, ColumnType.of(TypeKind.TEXT), true);
            case 2 -> new Column("amount_" + k, ColumnType.decimal(12, 2), false, "0", false, null, null);
            case 3 -> new Column("active_" + k, ColumnType.of(TypeKind.BOOLEAN), false, "true", false, null, null);
            case 4 -> new Column("created_" + k, ColumnType.temporal(TypeKind.TIMESTAMP, 6), false, "current_timestamp",
                    false, null, null);
            case 5 -> Column.of("updated_" + k, ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 3), true);
            case 6 -> Column.of("day_" + k, ColumnType.of(TypeKind.DATE), true);
            case 7 -> new Column("qty_" + k, ColumnType.of(TypeKind.INTEGER), false, "1", false, null, null);
            case 8 -> Column.of("uid_" + k, ColumnType.of(TypeKind.UUID), true);
            case 9 -> new Column("data_" + k, ColumnType.of(TypeKind.JSONB), false, "'{}'", false, null, null);
            case 10 -> Column.of("rank_" + k, ColumnType.of(TypeKind.SMALLINT), true);
            default -> Column.of("score_" + k, ColumnType.of(TypeKind.DOUBLE), true);
        };
    }
}
