package dev.schemactl.diff;

import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.CompositeType;
import dev.schemactl.schema.Domain;
import dev.schemactl.schema.DomainCheck;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SequenceOwner;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;
import java.util.Objects;

/**
 * One structural step of a {@link Plan}. Every change names the table it acts on <em>by the name the
 * table has when the step runs</em>: steps ordered before the renames of a plan use the old name, steps
 * after them the new one. Changes carry whole model objects (a dropped column, a dropped table with all
 * its constraints) so that rollback SQL and risk rules can be derived from the change alone; risk rules
 * read changes, never SQL.
 *
 * <p>Column alterations ({@link AlterColumnType}, {@link SetNullable}, {@link SetDefault},
 * {@link SetColumnComment}, {@link SetIdentity}) carry the full column before and after the step. When one
 * column changes in several ways the Differ chains them: the {@code after} of one step is the
 * {@code before} of the next, so every step holds the exact intermediate definition (MariaDB needs the
 * full definition for MODIFY COLUMN).
 *
 * <p>Foreign keys are always separate steps: {@link CreateTable} creates a table without its foreign keys
 * (the Differ emits an {@link AddForeignKey} for each), and {@link DropTable} is preceded by a
 * {@link DropForeignKey} for each of the table's foreign keys, whose rollbacks restore them. This keeps
 * every plan and every rollback applicable when foreign keys form cycles.
 */
public sealed interface Change {

    /**
     * The table the step acts on, by its key ({@link TableName#key()}: its name in the default schema, schema.name
     * outside it); for sequence steps the sequence name.
     */
    String table();

    /** A short, stable, human-readable description, e.g. {@code "add column users.email"}. */
    String describe();

    /** A sequence's or enum type's name for a description: qualified outside the default schema (null). */
    private static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** ", p WITHOUT OVERLAPS" of a key unique without overlaps of period p, "" for a plain key. */
    private static String overlaps(UniqueConstraint u) {
        return u.withoutOverlaps() == null ? "" : "," + u.withoutOverlaps() + " WITHOUT OVERLAPS";
    }

    record CreateTable(Table definition) implements Change {
        public CreateTable {
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public String table() {
            return definition.key();
        }

        @Override
        public String describe() {
            return "create table " + definition.key();
        }
    }

    record DropTable(Table definition) implements Change {
        public DropTable {
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public String table() {
            return definition.key();
        }

        @Override
        public String describe() {
            return "drop table " + definition.key();
        }
    }

    /**
     * A table renamed: {@code table} is its key ({@link TableName#key()}), {@code newName} its new bare name in the same
     * {@code schema} (null: the default schema). {@code sequenceColumns} are its identity/serial columns, whose sequences PostgreSQL names
     * after the table ({@code <table>_<column>_seq}) and which are renamed with it.
     */
    record RenameTable(String table, String newName, List<String> sequenceColumns, String schema) implements Change {
        public RenameTable {
            sequenceColumns = sequenceColumns == null ? List.of() : List.copyOf(sequenceColumns);
        }

        /** A rename in the default schema. */
        public RenameTable(String table, String newName, List<String> sequenceColumns) {
            this(table, newName, sequenceColumns, null);
        }

        public RenameTable(String table, String newName) {
            this(table, newName, List.of());
        }

        /** The renamed table's key ({@link TableName#key()}): a table stays in its schema. */
        public String newKey() {
            return TableName.key(schema, newName);
        }

        @Override
        public String describe() {
            return "rename table " + table + " to " + newName;
        }
    }

    /** Adds a column at {@code position} (see {@link ColumnPosition}; engines that cannot place a column add it last). */
    record AddColumn(String table, Column column, ColumnPosition position) implements Change {
        public AddColumn {
            position = position == null ? ColumnPosition.LAST : position;
        }

        public AddColumn(String table, Column column) {
            this(table, column, ColumnPosition.LAST);
        }

        @Override
        public String describe() {
            return "add column " + table + "." + column.name();
        }
    }

    /** Drops a column; {@code position} is where it stood just before the step, where its rollback puts it back. */
    record DropColumn(String table, Column column, ColumnPosition position) implements Change {
        public DropColumn {
            position = position == null ? ColumnPosition.LAST : position;
        }

        public DropColumn(String table, Column column) {
            this(table, column, ColumnPosition.LAST);
        }

        @Override
        public String describe() {
            return "drop column " + table + "." + column.name();
        }
    }

    /**
     * Moves a column that stays to another place among its table's columns (MariaDB's {@code MODIFY COLUMN ... AFTER x |
     * FIRST}, a table rebuild). {@code column} is its full definition when the step runs, {@code position} where it goes
     * (first, or after a column; never last, which restating a column in place does not mean) and {@code previous} where
     * it stood just before the step, where its rollback puts it back. Only engines whose Differ moves columns
     * ({@code Differ.movingColumns()}) plan it.
     */
    record MoveColumn(String table, Column column, ColumnPosition position, ColumnPosition previous) implements Change {
        public MoveColumn {
            Objects.requireNonNull(column, "column");
            position = position == null ? ColumnPosition.FIRST : position;
            previous = previous == null ? ColumnPosition.FIRST : previous;
        }

        @Override
        public String describe() {
            return "move column " + table + "." + column.name() + " " + where(position);
        }

        private static String where(ColumnPosition p) {
            return p instanceof ColumnPosition.After a ? "after " + a.column() : "first";
        }
    }

    /** Renames a column; {@code column} is the full definition under its old name. */
    record RenameColumn(String table, Column column, String newName) implements Change {
        @Override
        public String describe() {
            return "rename column " + table + "." + column.name() + " to " + newName;
        }
    }

    record AlterColumnType(String table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            return "change type of " + table + "." + after.name() + " from " + before.type() + " to " + after.type();
        }
    }

    record SetNullable(String table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            return (after.nullable() ? "drop not null on " : "set not null on ") + table + "." + after.name();
        }

        /**
         * The column becomes NOT NULL and has a default (set before this step): every engine's SQL fills its NULLs with
         * that default first, as Rails' change_column_null with a default does, so the NOT NULL cannot fail over them,
         * and the rollback makes the column nullable again without bringing the NULLs back.
         */
        public boolean fillsNulls() {
            return before.nullable() && !after.nullable() && after.defaultExpression() != null
                    && after.generatedExpression() == null && !after.isIdentity();
        }
    }

    record SetDefault(String table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            return after.defaultExpression() == null ? "drop default of " + table + "." + after.name()
                    : "set default of " + table + "." + after.name() + " to " + after.defaultExpression();
        }
    }

    /**
     * Adds or removes identity generation (IDENTITY / AUTO_INCREMENT) on an existing column, keeping its
     * data. When adding, renderers move the generator past the column's current maximum.
     */
    record SetIdentity(String table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            return (after.isIdentity() ? "make identity " : "drop identity of ") + table + "." + after.name();
        }
    }

    /**
     * A STORED generated column made plain, keeping its values ({@code before} generated, {@code after} the same column
     * without its expression; PostgreSQL 13+ {@code DROP EXPRESSION}, MariaDB {@code MODIFY}). Named as the table and
     * column are before the plan's renames. {@code dependents} are what stands on the column when the step runs, which
     * an engine that can only undo the step by dropping and re-adding the column (PostgreSQL) recreates.
     */
    record DropGeneration(String table, Column before, Column after, ColumnDependents dependents) implements Change {
        public DropGeneration {
            dependents = dependents == null ? ColumnDependents.NONE : dependents;
        }

        public DropGeneration(String table, Column before, Column after) {
            this(table, before, after, ColumnDependents.NONE);
        }

        @Override
        public String describe() {
            return "drop generation expression of " + table + "." + before.name() + " (keeps its values)";
        }
    }

    record SetColumnComment(String table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            return "set comment of " + table + "." + after.name();
        }
    }

    /**
     * Column options no other step covers: MariaDB's {@code INVISIBLE} and column-level {@code CHECK} (both belong to
     * the column's definition, so they are set, and rolled back, by restating it) and the engine's physical
     * {@link Column#options} (PostgreSQL: compression, storage, statistics target).
     */
    record SetColumnOptions(String table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            List<String> what = new java.util.ArrayList<>();
            if (before.invisible() != after.invisible()) what.add(after.invisible() ? "make invisible" : "make visible");
            if (!Objects.equals(before.check(), after.check())) {
                what.add(after.check() == null ? "drop column check of" : "set column check (" + after.check() + ") on");
            }
            if (!Objects.equals(before.options(), after.options())) {
                what.add("set options " + (after.options() == null ? "to the defaults" : after.options()) + " of");
            }
            return String.join(", ", what) + " " + table + "." + after.name();
        }
    }

    /**
     * Table options (MariaDB: engine, row format, system versioning, ...; PostgreSQL: {@code UNLOGGED}); null for the
     * server's defaults.
     */
    record SetTableOptions(String table, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set options of table " + table + " to " + (after == null ? "the defaults" : after);
        }
    }

    record SetTableComment(String table, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of table " + table;
        }
    }

    /**
     * A change of the table's default collation (MariaDB; null = the database's). {@code columns} are the table's
     * columns that follow it (no collation or charset of their own on either side), as defined when the step runs:
     * an engine re-applies them so that they take the new default too. {@code restoredColumns} are the ones the
     * rollback re-applies: every column that follows the table before the step (also one that gets a collation of
     * its own later in the plan: that one's own rollback leaves it on the new default, which is not its old one).
     */
    record SetTableCollation(String table, String before, String after, List<Column> columns, List<Column> restoredColumns)
            implements Change {
        public SetTableCollation {
            columns = List.copyOf(columns);
            restoredColumns = List.copyOf(restoredColumns);
        }

        /** A step whose rollback re-applies the same columns. */
        public SetTableCollation(String table, String before, String after, List<Column> columns) {
            this(table, before, after, columns, columns);
        }

        @Override
        public String describe() {
            return "set collation of table " + table + " to " + (after == null ? "the database's" : after);
        }
    }

    record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Change {
        @Override
        public String describe() {
            return "add primary key " + table + "(" + String.join(",", primaryKey.columns()) + ")";
        }
    }

    record DropPrimaryKey(String table, PrimaryKey primaryKey) implements Change {
        @Override
        public String describe() {
            return "drop primary key " + table + "(" + String.join(",", primaryKey.columns()) + ")";
        }
    }

    record AddUnique(String table, UniqueConstraint unique) implements Change {
        @Override
        public String describe() {
            return "add unique " + table + "(" + String.join(",", unique.columns()) + overlaps(unique) + ")";
        }
    }

    record DropUnique(String table, UniqueConstraint unique) implements Change {
        @Override
        public String describe() {
            return "drop unique " + table + "(" + String.join(",", unique.columns()) + overlaps(unique) + ")";
        }
    }

    /** An application-time period added to a table whose two columns exist (MariaDB; see {@link dev.schemactl.schema.Period}). */
    record AddPeriod(String table, dev.schemactl.schema.Period period) implements Change {
        @Override
        public String describe() {
            return "add period " + period.name() + " on " + table + "(" + period.start() + "," + period.end() + ")";
        }
    }

    /** An application-time period dropped (its WITHOUT OVERLAPS keys are dropped before it; its columns stay). */
    record DropPeriod(String table, dev.schemactl.schema.Period period) implements Change {
        @Override
        public String describe() {
            return "drop period " + period.name() + " on " + table + "(" + period.start() + "," + period.end() + ")";
        }
    }

    record CreateIndex(String table, Index index) implements Change {
        @Override
        public String describe() {
            return "create " + (index.unique() ? "unique " : "") + "index on " + table + "(" + String.join(",", index.columnNames()) + ")";
        }
    }

    record DropIndex(String table, Index index) implements Change {
        @Override
        public String describe() {
            return "drop " + (index.unique() ? "unique " : "") + "index on " + table + "(" + String.join(",", index.columnNames()) + ")";
        }
    }

    /**
     * MariaDB's IGNORED flag of an index that otherwise stays as it is ({@code index} as it is before the step): the
     * optimizer stops or starts using it, in place, without rebuilding it.
     */
    record SetIndexIgnored(String table, Index index, boolean ignored) implements Change {
        @Override
        public String describe() {
            return "set index " + (index.name() == null ? "" : index.name() + " ") + "on " + table + "("
                    + String.join(",", index.columnNames()) + ") " + (ignored ? "ignored" : "not ignored");
        }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements Change {
        @Override
        public String describe() {
            return "add foreign key " + table + "(" + String.join(",", foreignKey.columns()) + ") -> "
                    + foreignKey.referencedTable() + "(" + String.join(",", foreignKey.referencedColumns()) + ")";
        }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements Change {
        @Override
        public String describe() {
            return "drop foreign key " + table + "(" + String.join(",", foreignKey.columns()) + ") -> "
                    + foreignKey.referencedTable() + "(" + String.join(",", foreignKey.referencedColumns()) + ")";
        }
    }

    record AddCheck(String table, CheckConstraint check) implements Change {
        @Override
        public String describe() {
            return "add check on " + table + ": " + check.expression();
        }
    }

    record DropCheck(String table, CheckConstraint check) implements Change {
        @Override
        public String describe() {
            return "drop check on " + table + ": " + check.expression();
        }
    }

    /**
     * A check that stays but is validated ({@code before} NOT VALID, {@code after} not: {@code VALIDATE CONSTRAINT}) or
     * made NOT VALID again (dropped and added NOT VALID, which checks no row). PostgreSQL.
     */
    record SetCheckValidation(String table, CheckConstraint before, CheckConstraint after) implements Change {
        @Override
        public String describe() {
            return (after.notValid() ? "make NOT VALID check on " : "validate check on ") + table + ": " + after.expression();
        }
    }

    /** A foreign key that stays but is validated or made NOT VALID again, as {@link SetCheckValidation}. PostgreSQL. */
    record SetForeignKeyValidation(String table, ForeignKey before, ForeignKey after) implements Change {
        @Override
        public String describe() {
            return (after.notValid() ? "make NOT VALID foreign key " : "validate foreign key ") + table + "("
                    + String.join(",", after.columns()) + ") -> " + after.referencedTable();
        }
    }

    /** {@code COMMENT ON INDEX} of an index that stays ({@code index}: as it is named when the step runs). PostgreSQL. */
    record SetIndexComment(String table, Index index, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of index on " + table + "(" + String.join(",", index.columnNames()) + ")";
        }
    }

    /**
     * {@code ALTER INDEX ... ALTER COLUMN n SET STATISTICS} of an index that stays, for each key whose statistics target
     * differs between {@code before} and {@code after} (both named as the index is when the step runs). PostgreSQL.
     */
    record SetIndexStatistics(String table, Index before, Index after) implements Change {
        @Override
        public String describe() {
            return "set statistics of index on " + table + "(" + String.join(",", after.columnNames()) + ")";
        }
    }

    /** {@code COMMENT ON CONSTRAINT} of a check that stays ({@code check}: as it is named when the step runs). PostgreSQL. */
    record SetCheckComment(String table, CheckConstraint check, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of check on " + table + ": " + check.expression();
        }
    }

    /** {@code COMMENT ON CONSTRAINT} of a foreign key that stays (as it is named when the step runs). PostgreSQL. */
    record SetForeignKeyComment(String table, ForeignKey foreignKey, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of foreign key " + table + "(" + String.join(",", foreignKey.columns()) + ") -> "
                    + foreignKey.referencedTable();
        }
    }

    /** {@code COMMENT ON CONSTRAINT} of a primary key that stays (as it is named when the step runs). PostgreSQL. */
    record SetPrimaryKeyComment(String table, PrimaryKey primaryKey, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of primary key " + table + "(" + String.join(",", primaryKey.columns()) + ")";
        }
    }

    /** {@code COMMENT ON CONSTRAINT} of a unique constraint that stays (as it is named when the step runs). PostgreSQL. */
    record SetUniqueComment(String table, UniqueConstraint unique, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of unique " + table + "(" + String.join(",", unique.columns()) + ")";
        }
    }

    /** {@code COMMENT ON INDEX} of the index behind a primary key that stays (named as the key when the step runs). PostgreSQL. */
    record SetPrimaryKeyIndexComment(String table, PrimaryKey primaryKey, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of the index of primary key " + table + "(" + String.join(",", primaryKey.columns()) + ")";
        }
    }

    /** {@code COMMENT ON INDEX} of the index behind a unique constraint that stays (named as the constraint when the step runs). PostgreSQL. */
    record SetUniqueIndexComment(String table, UniqueConstraint unique, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set comment of the index of unique " + table + "(" + String.join(",", unique.columns()) + ")";
        }
    }

    /**
     * Storage parameters ({@code WITH (...)}) of the index behind a primary key that stays (named as the key when the step
     * runs), changed in place by {@code ALTER INDEX ... SET / RESET}. PostgreSQL.
     */
    record SetPrimaryKeyStorage(String table, PrimaryKey primaryKey, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set storage parameters of the index of primary key " + table + "(" + String.join(",", primaryKey.columns()) + ")";
        }
    }

    /**
     * Storage parameters ({@code WITH (...)}) of the index behind a unique constraint that stays (named as the constraint
     * when the step runs), changed in place by {@code ALTER INDEX ... SET / RESET}. PostgreSQL.
     */
    record SetUniqueStorage(String table, UniqueConstraint unique, String before, String after) implements Change {
        @Override
        public String describe() {
            return "set storage parameters of the index of unique " + table + "(" + String.join(",", unique.columns()) + ")";
        }
    }

    record CreateSequence(Sequence sequence) implements Change {
        @Override
        public String table() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "create sequence " + qualified(sequence.schema(), sequence.name());
        }
    }

    record DropSequence(Sequence sequence) implements Change {
        @Override
        public String table() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "drop sequence " + qualified(sequence.schema(), sequence.name());
        }
    }

    /**
     * A sequence renamed by a rename hint (MariaDB {@code RENAME TABLE}, PostgreSQL {@code ALTER SEQUENCE ... RENAME TO}):
     * it keeps its counter, which dropping it and creating the new one would start again. {@code defaults} are the
     * column defaults that call it by name (MariaDB keeps {@code nextval(`db`.`old`)} as written and refuses a default
     * naming a sequence that is not there), rewritten to the new name by this step and back by its rollback, right
     * after the sequence's own rename each way. The Differ puts it first in its plan, so those columns have the names
     * the live database has.
     */
    record RenameSequence(Sequence before, Sequence after, List<SetDefault> defaults) implements Change {
        public RenameSequence {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            defaults = List.copyOf(defaults);
        }

        @Override
        public String table() {
            return before.name();
        }

        @Override
        public String describe() {
            return "rename sequence " + qualified(before.schema(), before.name()) + " to " + after.name();
        }
    }

    record AlterSequence(Sequence before, Sequence after) implements Change {
        @Override
        public String table() {
            return after.name();
        }

        @Override
        public String describe() {
            return "alter sequence " + qualified(after.schema(), after.name());
        }
    }

    /**
     * {@code ALTER SEQUENCE ... OWNED BY} of a sequence that stays or is created ({@code sequence} as it is when the step
     * runs): from {@code before} to {@code after}, either null for {@code OWNED BY NONE}. The Differ sets an owner once its
     * column exists and clears one before its column or table is dropped (which would drop the sequence). PostgreSQL.
     */
    record SetSequenceOwner(Sequence sequence, SequenceOwner before, SequenceOwner after) implements Change {
        public SetSequenceOwner {
            Objects.requireNonNull(sequence, "sequence");
        }

        @Override
        public String table() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "set owner of sequence " + qualified(sequence.schema(), sequence.name()) + " to " + (after == null ? "none" : after);
        }
    }

    /** {@code COMMENT ON SEQUENCE} of a sequence that stays ({@code sequence} as it is when the step runs). PostgreSQL. */
    record SetSequenceComment(Sequence sequence, String before, String after) implements Change {
        public SetSequenceComment {
            Objects.requireNonNull(sequence, "sequence");
        }

        @Override
        public String table() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "set comment of sequence " + qualified(sequence.schema(), sequence.name());
        }
    }

    /** {@code COMMENT ON TYPE} of an enum type that stays ({@code type} as it is when the step runs). PostgreSQL. */
    record SetEnumTypeComment(EnumType type, String before, String after) implements Change {
        public SetEnumTypeComment {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "set comment of enum type " + qualified(type.schema(), type.name());
        }
    }

    /**
     * A column that uses an enum type (or an array of it), with what a rebuild of the type must take off and put back
     * around the column's conversion: its default, and the unchanged indexes and checks that name the column
     * (PostgreSQL keeps their expressions bound to the old type: {@code st = 'live'::state_old}).
     */
    record EnumUsage(String table, String column, String defaultExpression, boolean array, List<dev.schemactl.schema.Index> indexes,
                     List<dev.schemactl.schema.CheckConstraint> checks) {
        public EnumUsage {
            indexes = List.copyOf(indexes);
            checks = List.copyOf(checks);
        }

        public EnumUsage(String table, String column, String defaultExpression) {
            this(table, column, defaultExpression, false, List.of(), List.of());
        }
    }

    record CreateEnumType(EnumType type) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "create enum type " + qualified(type.schema(), type.name()) + " " + type.values();
        }
    }

    record DropEnumType(EnumType type) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "drop enum type " + qualified(type.schema(), type.name());
        }
    }

    /**
     * Values added to an enum type (after keeps every value of before, in the same relative order). Its rollback
     * rebuilds the type without them, converting the {@code usages}.
     */
    record AddEnumValues(EnumType before, EnumType after, List<EnumUsage> usages) implements Change {
        public AddEnumValues {
            usages = List.copyOf(usages);
        }

        @Override
        public String table() {
            return after.name();
        }

        @Override
        public String describe() {
            List<String> added = after.values().stream().filter(v -> !before.values().contains(v)).toList();
            return "add values " + added + " to enum type " + qualified(after.schema(), after.name());
        }
    }

    /** An enum type rebuilt with other values (removed or reordered): the columns in {@code usages} are converted. */
    /** {@code valueRenames}: old value → new value, from a hint ({@code --rename type.old=new}); the rows keep their value. */
    record ReplaceEnumType(EnumType before, EnumType after, List<EnumUsage> usages, java.util.Map<String, String> valueRenames) implements Change {
        public ReplaceEnumType {
            usages = List.copyOf(usages);
            valueRenames = valueRenames == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(valueRenames));
        }

        public ReplaceEnumType(EnumType before, EnumType after, List<EnumUsage> usages) {
            this(before, after, usages, java.util.Map.of());
        }

        /** new value → old value, for the rollback. */
        public java.util.Map<String, String> valueRenamesBack() {
            java.util.Map<String, String> back = new java.util.TreeMap<>();
            valueRenames.forEach((o, n) -> back.put(n, o));
            return back;
        }

        @Override
        public String table() {
            return after.name();
        }

        @Override
        public String describe() {
            return "change enum type " + qualified(after.schema(), after.name()) + " from " + before.values() + " to " + after.values();
        }
    }

    /**
     * A primary key, unique, foreign key or check constraint that stays as it is under another name (e.g. PostgreSQL's
     * {@code <table>_pkey} after the table is renamed).
     */
    record RenameConstraint(String table, String name, String newName) implements Change {
        @Override
        public String describe() {
            return "rename constraint " + name + " on " + table + " to " + newName;
        }
    }

    /**
     * {@code ALTER TABLE ... CLUSTER ON index} ({@code index} null: {@code SET WITHOUT CLUSTER}), the rollback to
     * {@code rollbackIndex} likewise. The model does not carry the mark, and PostgreSQL loses it with a rebuilt index: the
     * differ sets it again at the end of a plan (rollback: none) and, when the table had one, at its start (forward: the
     * same again; rollback: the old one, once its index is back). PostgreSQL.
     */
    record SetClusterIndex(String table, String index, String rollbackIndex) implements Change {
        @Override
        public String describe() {
            return (index == null ? "set table " + table + " without cluster" : "cluster table " + table + " on " + index);
        }
    }

    /** An index that stays as it is under another name. */
    record RenameIndex(String table, String name, String newName) implements Change {
        @Override
        public String describe() {
            return "rename index " + name + " on " + table + " to " + newName;
        }
    }

    /** A domain's name for a description: qualified outside the default schema (null). */
    private static String domainLabel(Domain domain) {
        return "domain " + qualified(domain.schema(), domain.name());
    }

    /** A new domain, created before the tables that use it. PostgreSQL. */
    record CreateDomain(Domain domain) implements Change {
        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "create " + domainLabel(domain) + " as " + domain.baseType();
        }
    }

    /** A domain no column uses any more, dropped after the columns and tables that used it. PostgreSQL. */
    record DropDomain(Domain domain) implements Change {
        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "drop " + domainLabel(domain);
        }
    }

    /** ALTER DOMAIN ... SET / DROP DEFAULT ({@code after} null: none). */
    record SetDomainDefault(Domain domain, String before, String after) implements Change {
        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return after == null ? "drop default of " + domainLabel(domain) : "set default of " + domainLabel(domain) + " to " + after;
        }
    }

    /**
     * ALTER DOMAIN ... SET / DROP NOT NULL. {@code usedBy}: the tables whose existing columns are of the domain
     * (SET NOT NULL checks their rows).
     */
    record SetDomainNotNull(Domain domain, boolean notNull, List<String> usedBy) implements Change {
        public SetDomainNotNull {
            usedBy = List.copyOf(usedBy);
        }

        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return (notNull ? "set" : "drop") + " not null of " + domainLabel(domain);
        }
    }

    /** ALTER DOMAIN ... ADD CONSTRAINT name CHECK (...) [NOT VALID]; {@code usedBy} as in {@link SetDomainNotNull}. */
    record AddDomainCheck(Domain domain, DomainCheck check, List<String> usedBy) implements Change {
        public AddDomainCheck {
            usedBy = List.copyOf(usedBy);
        }

        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "add check " + check.name() + " " + check.definition() + (check.notValid() ? " NOT VALID" : "") + " to " + domainLabel(domain);
        }
    }

    record DropDomainCheck(Domain domain, DomainCheck check) implements Change {
        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "drop check " + check.name() + " of " + domainLabel(domain);
        }
    }

    /** A domain check that stays as it is under another name. */
    record RenameDomainCheck(Domain domain, String name, String newName) implements Change {
        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "rename check " + name + " of " + domainLabel(domain) + " to " + newName;
        }
    }

    /** VALIDATE CONSTRAINT of a domain check that was NOT VALID ({@code check} as it is after); {@code usedBy} as above. */
    record ValidateDomainCheck(Domain domain, DomainCheck check, List<String> usedBy) implements Change {
        public ValidateDomainCheck {
            usedBy = List.copyOf(usedBy);
        }

        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "validate check " + check.name() + " of " + domainLabel(domain);
        }
    }

    /** {@code COMMENT ON DOMAIN} of a domain that stays. */
    record SetDomainComment(Domain domain, String before, String after) implements Change {
        @Override
        public String table() {
            return domain.name();
        }

        @Override
        public String describe() {
            return "set comment of " + domainLabel(domain);
        }
    }

    /** A composite type's name for a description: qualified outside the default schema (null). */
    private static String compositeLabel(CompositeType type) {
        return "composite type " + qualified(type.schema(), type.name());
    }

    /** A new composite type, created before the tables that use it. PostgreSQL. */
    record CreateCompositeType(CompositeType type) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "create " + compositeLabel(type);
        }
    }

    /** A composite type no column uses any more, dropped after the columns and tables that used it. PostgreSQL. */
    record DropCompositeType(CompositeType type) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "drop " + compositeLabel(type);
        }
    }

    /** ALTER TYPE ... ADD ATTRIBUTE (appended last); {@code type} as it is after the step. */
    record AddCompositeAttribute(CompositeType type, CompositeType.Attribute attribute) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "add attribute " + attribute.name() + " " + attribute.declared() + " to " + compositeLabel(type);
        }
    }

    /**
     * ALTER TYPE ... DROP ATTRIBUTE of the type's last attribute (so that its rollback, which appends it, puts it back
     * in place); {@code type} as it is after the step; {@code usedBy} the tables whose columns of the type lose the values.
     */
    record DropCompositeAttribute(CompositeType type, CompositeType.Attribute attribute, List<String> usedBy) implements Change {
        public DropCompositeAttribute {
            usedBy = List.copyOf(usedBy);
        }

        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "drop attribute " + attribute.name() + " of " + compositeLabel(type);
        }
    }

    /** ALTER TYPE ... ALTER ATTRIBUTE ... TYPE ... [COLLATE ...] of a type no column uses; {@code type} as it is after. */
    record AlterCompositeAttribute(CompositeType type, CompositeType.Attribute before, CompositeType.Attribute after) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "alter attribute " + after.name() + " of " + compositeLabel(type) + " to " + after.declared();
        }
    }

    /** {@code COMMENT ON TYPE} of a composite type that stays. */
    record SetCompositeTypeComment(CompositeType type, String before, String after) implements Change {
        @Override
        public String table() {
            return type.name();
        }

        @Override
        public String describe() {
            return "set comment of " + compositeLabel(type);
        }
    }
}
