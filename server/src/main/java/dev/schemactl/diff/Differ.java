package dev.schemactl.diff;

import dev.schemactl.diff.Change.AddCheck;
import dev.schemactl.diff.Change.AlterSequence;
import dev.schemactl.diff.Change.CreateEnumType;
import dev.schemactl.diff.Change.DropEnumType;
import dev.schemactl.diff.Change.ReplaceEnumType;
import dev.schemactl.diff.Change.AddColumn;
import dev.schemactl.diff.Change.AddForeignKey;
import dev.schemactl.diff.Change.AddPrimaryKey;
import dev.schemactl.diff.Change.AddUnique;
import dev.schemactl.diff.Change.AlterColumnType;
import dev.schemactl.diff.Change.CreateIndex;
import dev.schemactl.diff.Change.CreateSequence;
import dev.schemactl.diff.Change.CreateTable;
import dev.schemactl.diff.Change.DropCheck;
import dev.schemactl.diff.Change.DropColumn;
import dev.schemactl.diff.Change.DropForeignKey;
import dev.schemactl.diff.Change.DropIndex;
import dev.schemactl.diff.Change.DropPrimaryKey;
import dev.schemactl.diff.Change.DropSequence;
import dev.schemactl.diff.Change.DropTable;
import dev.schemactl.diff.Change.DropUnique;
import dev.schemactl.diff.Change.RenameColumn;
import dev.schemactl.diff.Change.RenameTable;
import dev.schemactl.diff.Change.SetColumnComment;
import dev.schemactl.diff.Change.SetDefault;
import dev.schemactl.diff.Change.SetIdentity;
import dev.schemactl.diff.Change.SetNullable;
import dev.schemactl.diff.Change.SetTableComment;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SequenceOwner;
import dev.schemactl.schema.SpelledNames;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UnmanagedObject;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the {@link Plan} that turns one schema into another. Deterministic: everything is iterated in
 * name (or structural key) order and no hash order reaches the output, so equal inputs give equal plans.
 *
 * <p>Objects are matched by structure, never by names engines or ORMs invent: primary keys by column list,
 * unique constraints by column list, indexes by (columns with sort direction, unique), foreign keys by
 * (columns, referenced table, referenced columns, actions), checks by name when both sides name them and
 * otherwise by normalized expression. Column types compare with {@code ColumnType.equals}; defaults and
 * check expressions with {@link Expressions#normalize}. Renames are never guessed: only explicit
 * {@link Renames} produce rename steps; a dropped and an added column of the same type become a drop, an
 * add and a {@link RenameHint}.
 *
 * <p>Identity (IDENTITY / AUTO_INCREMENT) changes become {@link SetIdentity} steps, which keep the data; a
 * changed generated-column expression or storage (VIRTUAL / STORED) drops and re-adds the column (it holds only
 * derived data).
 * Sequences and enum types are matched by (schema, name); a sequence whose options change is altered in place.
 *
 * <p>Step order, chosen so that every plan and its reverse rollback apply:
 * <ol>
 *   <li>drop foreign keys that go away, that belong to or reference dropped tables, or that touch something
 *       rebuilt (a column of theirs whose type or identity changes, the referenced key when it is dropped,
 *       and with {@code foreignKeysNeedIndex} the index under their columns when it is dropped or added) —
 *       the latter are re-added at the end;</li>
 *   <li>per table: drop identity, then checks, uniques, indexes and primary keys that go away (and checks over
 *       a column whose type changes, and uniques over the columns of a primary key that is dropped or added:
 *       they are re-added after it);</li>
 *   <li>drop columns; then drop tables (a table that loses every column keeps its last one until the new
 *       ones are added: MariaDB and H2 refuse to drop a table's last column);</li>
 *   <li>rename tables, then columns (steps before here use old names, steps after new names); a cycle of renames
 *       (a swap) goes through a temporary name ({@link #TEMPORARY_PREFIX}), in the same migration;</li>
 *   <li>create sequences; create tables (without foreign keys) in foreign-key dependency order;</li>
 *   <li>change table default collations (with the columns that follow them);</li>
 *   <li>add columns (then drop the kept last column); alter columns (type, nullability, default, comment —
 *       chained; a default that changes together with a type that does not just grow is dropped before it; with
 *       {@link #movingColumns()} a column that must move to stand in the desired order is moved right after its last
 *       alteration); table comments; then add generated columns (new, or rebuilt because their expression or a column they use changes type);</li>
 *   <li>add primary keys, uniques, indexes, checks; then add identity;</li>
 *   <li>add foreign keys (all new ones, including those of created tables);</li>
 *   <li>drop sequences.</li>
 * </ol>
 */
public final class Differ {

    /**
     * The prefix of the temporary name a rename cycle (a swap of two names, or a→b→c→a) goes through; renderers
     * of engines that rename several columns or tables in one atomic statement recognise it.
     */
    public static final String TEMPORARY_PREFIX = "schemactl_swap_";

    private final boolean foreignKeysNeedIndex;
    private final boolean restrictIsNoAction;
    private final boolean renamesObjects;
    /** Indexes and unique keys (MariaDB's RENAME INDEX), even where other constraints keep their names. */
    private final boolean renamesIndexes;
    private final boolean columnNamesIgnoreCase;
    private final BiPredicate<ColumnType, ColumnType> sameType;
    private final boolean indexCommentsInDefinition;
    /** Null where foreign keys are renamed in place or keep their names; else kept ones named otherwise are rebuilt. */
    private final ForeignKeyNames foreignKeyNames;
    /** A STORED generated column made plain keeps its values ({@link Change.DropGeneration}) rather than being re-added. */
    private final boolean dropsGenerationInPlace;
    /** Columns that stay are moved into the desired order (see {@link #movingColumns()}). */
    private final boolean movesColumns;
    /** Defaults compare with their number literals as written (see {@link #comparingDefaultsExactly()}). */
    private final boolean exactDefaults;
    /** Foreign keys with ON UPDATE CASCADE are rebuilt around nullability changes (see {@link #rebuildingCascadesOnNullability()}). */
    private final boolean cascadeNullability;

    /** A Differ for engines whose foreign keys need no index of their own on the referencing columns. */
    public Differ() {
        this(false);
    }

    /**
     * @param foreignKeysNeedIndex true for engines (MariaDB/InnoDB) that require an index whose leading
     *                             columns are a foreign key's columns, create one implicitly, drop that one
     *                             silently when another index covers the columns, and refuse to drop the
     *                             last covering index (see {@code Engine.foreignKeysNeedIndex()}). A
     *                             foreign key is then also rebuilt when a covering index, unique or primary
     *                             key of its table is dropped or added and no unchanged one covers it, so
     *                             that the plan and its rollback both apply.
     */
    public Differ(boolean foreignKeysNeedIndex) {
        this(foreignKeysNeedIndex, false);
    }

    /**
     * @param restrictIsNoAction true for engines where ON DELETE/UPDATE RESTRICT and NO ACTION are the same
     *                           rule (MariaDB/InnoDB, H2: no deferred checks) and the catalog reports one for
     *                           the other; foreign keys then match whichever of the two each side names (see
     *                           {@code Engine.restrictIsNoAction()}).
     */
    public Differ(boolean foreignKeysNeedIndex, boolean restrictIsNoAction) {
        this(foreignKeysNeedIndex, restrictIsNoAction, false);
    }

    /**
     * @param renamesObjects true for engines whose constraint and index names are the user's (PostgreSQL): a key,
     *                       index or foreign key that matches by structure but is named differently on both sides
     *                       is renamed ({@link Change.RenameConstraint}, {@link Change.RenameIndex}) rather than
     *                       left under its old name.
     */
    public Differ(boolean foreignKeysNeedIndex, boolean restrictIsNoAction, boolean renamesObjects) {
        this(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesObjects, false, Objects::equals, false, null, false, false, false, false);
    }

    private Differ(boolean foreignKeysNeedIndex, boolean restrictIsNoAction, boolean renamesObjects, boolean renamesIndexes,
                   boolean columnNamesIgnoreCase, BiPredicate<ColumnType, ColumnType> sameType, boolean indexCommentsInDefinition,
                   ForeignKeyNames foreignKeyNames, boolean dropsGenerationInPlace,
                   boolean movesColumns, boolean exactDefaults, boolean cascadeNullability) {
        this.exactDefaults = exactDefaults;
        this.cascadeNullability = cascadeNullability;
        this.foreignKeyNames = foreignKeyNames;
        this.dropsGenerationInPlace = dropsGenerationInPlace;
        this.movesColumns = movesColumns;
        this.renamesIndexes = renamesIndexes;
        this.foreignKeysNeedIndex = foreignKeysNeedIndex;
        this.restrictIsNoAction = restrictIsNoAction;
        this.renamesObjects = renamesObjects;
        this.columnNamesIgnoreCase = columnNamesIgnoreCase;
        this.sameType = sameType;
        this.indexCommentsInDefinition = indexCommentsInDefinition;
    }

    /**
     * The same differ, but two column types are the same when {@code sameType} says so (an engine that tells apart
     * spellings {@code ColumnType.equals} takes as one: MariaDB's {@code bit(1)} and {@code tinyint(1)}).
     */
    public Differ comparingTypesWith(BiPredicate<ColumnType, ColumnType> sameType) {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, movesColumns, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ for engines where an index's comment is part of its definition (MariaDB's {@code KEY ... COMMENT},
     * which no statement changes in place): a changed comment re-creates the index. Elsewhere (PostgreSQL's
     * {@code COMMENT ON INDEX}) it is a {@link Change.SetIndexComment} of its own.
     */
    public Differ indexCommentsInDefinition() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType, true,
                foreignKeyNames, dropsGenerationInPlace, movesColumns, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ for engines whose column names are case-insensitive (MariaDB: {@code Title} and {@code title}
     * are one column): a column whose name differs only in case on the two sides is that column renamed, never
     * dropped and added.
     */
    public Differ columnNamesIgnoringCase() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, true, sameType, indexCommentsInDefinition,
                foreignKeyNames, dropsGenerationInPlace, movesColumns, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ, but keys, indexes and foreign keys that match by structure keep the names the database has:
     * for desired states whose names a tool made up (Hibernate's hashed {@code fk...} names), not the user.
     */
    public Differ keepingNames() {
        return renamesObjects || renamesIndexes || foreignKeyNames != null ? new Differ(foreignKeysNeedIndex, restrictIsNoAction,
                false, false, columnNamesIgnoreCase, sameType, indexCommentsInDefinition, null, dropsGenerationInPlace, movesColumns, exactDefaults, cascadeNullability) : this;
    }

    /**
     * The same differ for engines that can move a column (MariaDB's {@code MODIFY COLUMN ... AFTER x | FIRST}): the
     * columns a table keeps are put in the desired state's order with the fewest {@link Change.MoveColumn} steps (see
     * {@link ColumnMoves}). Elsewhere a column stays where it is (PostgreSQL cannot move one without rebuilding the table).
     */
    public Differ movingColumns() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, true, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ, but columns that stay are never moved: for desired states whose column order is not the user's
     * (Hibernate orders an entity's columns its own way).
     */
    public Differ keepingColumnOrder() {
        return movesColumns ? new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase,
                sameType, indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, false, exactDefaults, cascadeNullability) : this;
    }

    /**
     * The same differ for engines that can rename an index or unique key but no other constraint (MariaDB's
     * {@code ALTER TABLE ... RENAME INDEX}): one that matches by structure but is named differently is renamed.
     */
    public Differ renamingIndexes() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, true, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, movesColumns, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ for engines that cannot rename a foreign key (MariaDB): one that matches by structure but whose
     * name is not the desired one by {@code names} is dropped and added again under that name, as the engine would
     * have it (MariaDB's renderer drops the index InnoDB made under the old name with it, and adding the key makes
     * one under the new name where no index covers its columns).
     */
    public Differ rebuildingRenamedForeignKeys(ForeignKeyNames names) {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, Objects.requireNonNull(names, "names"), dropsGenerationInPlace, movesColumns, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ for engines that can make a STORED generated column plain in place, keeping its values
     * (PostgreSQL 13+ {@code ALTER COLUMN ... DROP EXPRESSION}, MariaDB {@code MODIFY}): such a column becomes a
     * {@link Change.DropGeneration} instead of being dropped and added again empty.
     */
    public Differ droppingGenerationInPlace() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, foreignKeyNames, true, movesColumns, exactDefaults, cascadeNullability);
    }

    /**
     * The same differ for engines that keep a default's number literal as written (PostgreSQL stores {@code DEFAULT 0.00}
     * and {@code DEFAULT 0.0000} apart, and pg_dump shows each): defaults, checks and index expressions and predicates
     * compare with their trailing fractional zeros. Elsewhere (MariaDB reports a DECIMAL default at the column's scale) {@code 1.50} and {@code 1.5} are one default.
     */
    public Differ comparingDefaultsExactly() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, movesColumns, true, cascadeNullability);
    }

    /**
     * The same differ for engines (MariaDB/InnoDB) that refuse to change the nullability of a column on either side of
     * an ON UPDATE CASCADE foreign key while the key exists (one that copies a nullable column into a NOT NULL one:
     * "Cannot change column 'id': used in a foreign key constraint"): such a key is dropped before its columns change
     * and added again after, as it is around a type change.
     */
    public Differ rebuildingCascadesOnNullability() {
        return new Differ(foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes, columnNamesIgnoreCase, sameType,
                indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, movesColumns, exactDefaults, true);
    }

    public Plan diff(Schema from, Schema to) {
        return diff(from, to, Renames.NONE);
    }

    public Plan diff(Schema from, Schema to, Renames renames) {
        SequenceRenames sequences = SequenceRenames.of(from, to, renames == null ? Renames.NONE : renames);
        if (!sequences.renames().isEmpty()) {
            Plan rest = diff(sequences.from(), to, sequences.rest());
            List<Change> all = new ArrayList<>(sequences.renames());
            all.addAll(rest.changes());
            return new Plan(all, rest.renameHints(), from);
        }
        Plan plan = new Run(from, to, renames == null ? Renames.NONE : renames, foreignKeysNeedIndex, restrictIsNoAction, renamesObjects,
                renamesIndexes, columnNamesIgnoreCase, sameType, indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, movesColumns,
                exactDefaults, cascadeNullability).plan();
        refusePartitionKeyChanges(from, to, plan.changes());
        refuseSerialSequenceKeptPastItsColumn(from, plan.changes());
        List<Change> children = childChanges(from, to);
        List<Change> clusters = clusterChanges(from, to, plan.changes());
        if (children.isEmpty() && clusters.isEmpty()) return plan;
        List<Change> all = new ArrayList<>();
        for (Change c : clusters) if (c instanceof Change.SetClusterIndex k && Objects.equals(k.index(), k.rollbackIndex())) all.add(c);
        all.addAll(plan.changes());
        all.addAll(children);
        for (Change c : clusters) if (!(c instanceof Change.SetClusterIndex k && Objects.equals(k.index(), k.rollbackIndex()))) all.add(c);
        return new Plan(all, plan.renameHints(), plan.from());
    }

    /**
     * The steps on the child tables (PostgreSQL INHERITS) both sides have, after the plan's own: their own columns
     * ({@link Schema#children()}: not the inherited ones, which follow the parent's) added, dropped or altered, and their
     * comment. A child only one side has is an unmanaged object (created from its definition, never dropped).
     */
    private List<Change> childChanges(Schema from, Schema to) {
        refuseInheritanceChanges(from, to);
        refusePartitionChanges(from, to);
        if (from.children().isEmpty() || to.children().isEmpty()) return List.of();
        Set<String> both = new HashSet<>();
        from.children().forEach(t -> both.add(t.key()));
        List<Table> fromChildren = from.children().stream().filter(t -> to.children().stream().anyMatch(k -> k.key().equals(t.key()))).toList();
        List<Table> toChildren = to.children().stream().filter(t -> both.contains(t.key())).toList();
        if (toChildren.isEmpty()) return List.of();
        // the same types on both sides: the plan's own steps change those
        Schema a = new Schema(fromChildren, List.of(), from.enumTypes(), List.of(), from.domains());
        Schema b = new Schema(toChildren, List.of(), from.enumTypes(), List.of(), from.domains());
        return new Run(a, b, Renames.NONE, foreignKeysNeedIndex, restrictIsNoAction, renamesObjects, renamesIndexes,
                columnNamesIgnoreCase, sameType, indexCommentsInDefinition, foreignKeyNames, dropsGenerationInPlace, movesColumns,
                exactDefaults, cascadeNullability).plan().changes();
    }

    /** Key of a foreign key in target-schema names. */
    private record FkKey(List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral, String referencedSchema,
                         boolean matchFull, List<String> onDeleteColumns) {
        String sortKey() {
            return String.join(",", columns) + "->" + referencedTable + "(" + String.join(",", referencedColumns) + ")"
                    + onDelete + "/" + onUpdate + (deferral == Deferral.NOT_DEFERRABLE ? "" : "/" + deferral)
                    + (referencedSchema == null ? "" : "@" + referencedSchema) + (matchFull ? "/full" : "")
                    + (onDeleteColumns.isEmpty() ? "" : "/(" + String.join(",", onDeleteColumns) + ")");
        }
    }

    /**
     * What of a unique key is part of its definition beyond its keys: MariaDB's IGNORED and, where it is written in the
     * key's clause, its index comment (MariaDB's keys unique without overlaps); a change of either rebuilds the key.
     */
    private static List<Object> uniqueKeyOptions(UniqueConstraint u, boolean commentInDefinition) {
        return List.of(u.ignored(), commentInDefinition ? Objects.toString(blankToNull(u.indexComment()), "") : "");
    }

    /**
     * An index as matched: keys (expressions normalized), unique, method, predicate, INCLUDE columns and, where the
     * comment is part of the index's definition (MariaDB's {@code KEY ... COMMENT}: no statement changes it in place),
     * its comment. PostgreSQL comments an index with a statement of its own (SetIndexComment). IGNORED and the keys'
     * statistics targets are not part of it: they are switched in place (SetIndexIgnored, SetIndexStatistics).
     */
    private record IndexKey(List<IndexColumn> columns, boolean unique, String method, String predicate, List<String> include,
                            boolean nullsNotDistinct, String storage, String comment) {
        static IndexKey of(Index i, Function<String, String> columnName, Function<String, String> expression, boolean commentInDefinition) {
            List<IndexColumn> keys = i.columns().stream().map(c -> c.isExpression()
                    ? IndexColumn.ofExpression(expression.apply(c.expression()), c.descending(), c.nulls()).withOpclass(c.opclass(), c.collation())
                    : c.withName(columnName.apply(c.name())).withStatistics(null)).toList();
            return new IndexKey(keys, i.unique(), i.method(), expression.apply(i.predicate()),
                    i.include().stream().map(columnName).toList(), i.nullsNotDistinct(), i.storage(),
                    commentInDefinition ? i.comment() : null);
        }
    }

    /** One matched table: the from and to definitions and the column correspondence. */
    /** The type of a PostgreSQL typed table ({@code [UNLOGGED ]OF type} opens its options), null for any other table. */
    static String typedTableOf(String options) {
        if (options == null) return null;
        String rest = options.startsWith("UNLOGGED ") ? options.substring("UNLOGGED ".length()) : options;
        if (!rest.startsWith("OF ")) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^OF ((?:\"(?:[^\"]|\"\")*\"|[^\\s\"])+)").matcher(rest);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Equal table options, the parameters of a {@code WITH (...)} list taken as a set: PostgreSQL keeps storage
     * parameters in the order a table was given them, which changes nothing (and an ALTER TABLE SET cannot reorder).
     */
    static boolean sameTableOptions(String a, String b) {
        return Objects.equals(a, b) || a != null && b != null && withSortedParameters(a).equals(withSortedParameters(b));
    }

    private static final java.util.regex.Pattern WITH_LIST = java.util.regex.Pattern.compile("\\bWITH \\(([^)]*)\\)");

    private static String withSortedParameters(String options) {
        java.util.regex.Matcher m = WITH_LIST.matcher(options);
        if (!m.find()) return options;
        List<String> parameters = new ArrayList<>(List.of(m.group(1).split(",\\s*")));
        java.util.Collections.sort(parameters);
        return options.substring(0, m.start(1)) + String.join(", ", parameters) + options.substring(m.end(1));
    }

    private static final java.util.regex.Pattern QUOTED_NAME = java.util.regex.Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'|`(?:[^`]|``)*`|\"(?:[^\"]|\"\")*\"");

    private static final class Pair {
        final Table from;
        final Table to;
        /** from column name → to column name, for columns that survive (renamed or not). Lookup only, never iterated in order. */
        final Map<String, String> columnMap = new HashMap<>();
        /** to column name → from column. Lookup only. */
        final Map<String, Column> sourceOf = new HashMap<>();
        final List<Column> droppedColumns = new ArrayList<>();
        final List<Column> addedColumns = new ArrayList<>();
        /** from columns dropped and re-added because their generation expression changed. */
        final List<Column> rebuiltFrom = new ArrayList<>();
        final List<Column> rebuiltTo = new ArrayList<>();
        /** to column name → from column, for STORED generated columns made plain in place. Lookup only. */
        final Map<String, Column> generationDropped = new HashMap<>();
        /** from definitions of what the plan keeps (not dropped, not rebuilt), for what stands on such a column. */
        final List<Index> keptFromIndexes = new ArrayList<>();
        final List<UniqueConstraint> keptFromUniques = new ArrayList<>();
        PrimaryKey keptFromPrimaryKey;
        final List<CheckConstraint> keptFromChecks = new ArrayList<>();
        final List<ForeignKey> keptFromForeignKeys = new ArrayList<>();
        /** to names of columns whose type or identity changes (foreign keys over them are rebuilt). */
        final Set<String> altered = new HashSet<>(); // lookup only
        /** to names of columns that become nullable or NOT NULL (see {@link Differ#rebuildingCascadesOnNullability()}). */
        final Set<String> nullabilityChanged = new HashSet<>(); // lookup only
        /** dropped keys/indexes, columns in to names: sets of columns other tables' FKs may reference. */
        final List<List<String>> droppedKeys = new ArrayList<>();
        /** added and unchanged keys/indexes of this table, columns in to names. */
        final List<List<String>> addedKeys = new ArrayList<>();
        final List<List<String>> keptKeys = new ArrayList<>();
        /** indexes and checks the plan leaves as they are (to definitions), in name order. */
        final List<Index> keptIndexes = new ArrayList<>();
        final List<CheckConstraint> keptChecks = new ArrayList<>();

        Pair(Table from, Table to) {
            this.from = from;
            this.to = to;
        }

        String toColumn(String fromColumn) {
            String mapped = columnMap.get(fromColumn);
            return mapped != null ? mapped : "\u0000dropped:" + fromColumn;
        }

        List<String> toColumns(List<String> fromColumns) {
            return fromColumns.stream().map(this::toColumn).toList();
        }

        /** A from-side expression (check, index key or predicate) in comparison form, its renamed columns under their new names. */
        String fromExpression(String expression) {
            Map<String, String> renamed = new HashMap<>();
            columnMap.forEach((old, now) -> {
                if (!old.equals(now)) renamed.put(old, now);
            });
            return Expressions.normalizeRenamed(expression, renamed);
        }

        /**
         * {@code text} with each quoted name of a renamed column ({@code `old`}, {@code "old"}) under its new name;
         * string literals are left as they are.
         */
        String renamedQuotedNames(String text) {
            if (text == null || text.indexOf('`') < 0 && text.indexOf('"') < 0) return text;
            java.util.regex.Matcher m = QUOTED_NAME.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String quote = m.group().substring(0, 1);
                if (quote.equals("'")) { // a string literal: as it is
                    m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group()));
                    continue;
                }
                String name = m.group().substring(1, m.group().length() - 1).replace(quote + quote, quote);
                String now = columnMap.get(name);
                String replacement = now == null || now.equals(name) ? m.group() : quote + now.replace(quote, quote + quote) + quote;
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            return m.appendTail(out).toString();
        }

        /** {@link #fromExpression} with the number literals as written ({@code 0.00} stays {@code 0.00}). */
        String fromExpressionWritten(String expression) {
            Map<String, String> renamed = new HashMap<>();
            columnMap.forEach((old, now) -> {
                if (!old.equals(now)) renamed.put(old, now);
            });
            return Expressions.normalizeRenamedWritten(expression, renamed);
        }

        /** True when a from-side expression says what the to-side one says, once the plan's column renames ran. */
        boolean sameExpression(String fromExpression, String toExpression) {
            return Expressions.same(fromExpression, toExpression)
                    || java.util.Objects.equals(fromExpression(fromExpression), Expressions.normalize(toExpression));
        }

        /**
         * {@link #sameExpression}, with the number literals as written when {@code exactNumbers} (PostgreSQL keeps
         * {@code CHECK (price >= 0.00)} and {@code CHECK (price >= 0.0000)} apart, as pg_dump shows).
         */
        boolean sameExpression(String fromExpression, String toExpression, boolean exactNumbers) {
            if (!exactNumbers) return sameExpression(fromExpression, toExpression);
            Map<String, String> renamed = new HashMap<>();
            columnMap.forEach((old, now) -> {
                if (!old.equals(now)) renamed.put(old, now);
            });
            return Expressions.sameWritten(fromExpression, toExpression)
                    || java.util.Objects.equals(Expressions.normalizeRenamedWritten(fromExpression, renamed),
                    Expressions.normalizeWritten(toExpression));
        }
    }

    private static final class Run {
        final Schema from;
        final Schema to;
        final Renames renames;
        final boolean foreignKeysNeedIndex;
        final boolean restrictIsNoAction;

        /** to table name → pair, for tables in both schemas. */
        final Map<String, Pair> pairs = new TreeMap<>();
        /** from table name → to table name. Lookup only. */
        final Map<String, String> tableMap = new HashMap<>();
        final List<Table> droppedTables = new ArrayList<>();
        final List<Table> createdTables = new ArrayList<>();

        final List<Change> dropForeignKeys = new ArrayList<>();
        final List<Change> dropConstraints = new ArrayList<>();
        final List<Change> dropColumns = new ArrayList<>();
        final List<Change> dropTables = new ArrayList<>();
        final List<Change> renameSteps = new ArrayList<>();
        /** Constraints and indexes kept under another name (after the table and column renames). */
        final List<Change> renameObjects = new ArrayList<>();
        final boolean renamesObjects;
        final boolean renamesIndexes;
        final boolean columnNamesIgnoreCase;
        final BiPredicate<ColumnType, ColumnType> sameType;
        final boolean indexCommentsInDefinition;
        final ForeignKeyNames foreignKeyNames;
        final boolean dropsGenerationInPlace;
        /** STORED generated columns made plain in place: before the renames, once the constraints that go are gone. */
        final List<Change> dropGenerations = new ArrayList<>();
        final boolean movesColumns;
        final boolean exactDefaults;
        final boolean cascadeNullability;
        final List<Change> createSequences = new ArrayList<>();
        /** Enum types created or given new values, before any table or column uses them. */
        final List<Change> createEnumTypes = new ArrayList<>();
        /** Defaults taken off before an enum rebuild (see movingDefaultsOff). */
        final List<Change> enumDefaultDrops = new ArrayList<>();
        final List<Change> dropEnumTypes = new ArrayList<>();
        /** Domains created, rebuilt or altered, after the enum types (a domain may be over one), before the tables. */
        final List<Change> domainChanges = new ArrayList<>();
        final List<Change> dropDomains = new ArrayList<>();
        /** Composite types created, rebuilt or altered, after the domains (an attribute may be of one), before the tables. */
        final List<Change> compositeChanges = new ArrayList<>();
        final List<Change> dropCompositeTypes = new ArrayList<>();
        final List<Change> createTables = new ArrayList<>();
        /** After drops and renames, before columns are added or altered (they then take the new default). */
        final List<Change> tableCollations = new ArrayList<>();
        final List<Change> addColumns = new ArrayList<>();
        /** The last old column of tables whose columns are all replaced, dropped once the new ones exist. */
        final List<Change> lateDropColumns = new ArrayList<>();
        final List<Change> alterColumns = new ArrayList<>();
        final List<Change> addGeneratedColumns = new ArrayList<>();
        final List<Change> addConstraints = new ArrayList<>();
        final List<Change> addIdentity = new ArrayList<>();
        final List<Change> addForeignKeys = new ArrayList<>();
        final List<Change> dropSequences = new ArrayList<>();
        /** Sequences owned by a column the plan makes serial: dropped before it makes the serial's own. */
        final List<Change> dropSequencesBeforeIdentity = new ArrayList<>();
        /** OWNED BY cleared before the owning column or table is dropped, and set once the owning column exists. */
        final List<Change> clearSequenceOwners = new ArrayList<>();
        /** PostgreSQL REPLICA IDENTITY USING INDEX set back to DEFAULT before the plan drops that index. */
        final List<Change> releaseReplicaIdentity = new ArrayList<>();
        final List<Change> setSequenceOwners = new ArrayList<>();
        final List<RenameHint> hints = new ArrayList<>();

        /** Lookup only (never iterated): key ({@link TableName#key()}) → table. */
        final Map<String, Table> fromByName;
        final Map<String, Table> toByName;
        /** Lookup only (never iterated): serials' sequences kept as sequences of the schema, by key ({@link #keptSerialSequence}). */
        final Map<String, Sequence> keptSerialSequences = new HashMap<>();
        /** Lookup only (never iterated): the entries of {@link #pairs} by to name and by from name. */
        final Map<String, Pair> pairByToName = new HashMap<>();
        final Map<String, Pair> pairByFromName = new HashMap<>();

        Run(Schema from, Schema to, Renames renames, boolean foreignKeysNeedIndex, boolean restrictIsNoAction,
            boolean renamesObjects, boolean renamesIndexes, boolean columnNamesIgnoreCase, BiPredicate<ColumnType, ColumnType> sameType,
            boolean indexCommentsInDefinition, ForeignKeyNames foreignKeyNames, boolean dropsGenerationInPlace,
            boolean movesColumns, boolean exactDefaults, boolean cascadeNullability) {
            this.exactDefaults = exactDefaults;
            this.cascadeNullability = cascadeNullability;
            this.foreignKeyNames = foreignKeyNames;
            this.dropsGenerationInPlace = dropsGenerationInPlace;
            this.movesColumns = movesColumns;
            this.renamesIndexes = renamesIndexes;
            this.sameType = sameType;
            this.indexCommentsInDefinition = indexCommentsInDefinition;
            this.renamesObjects = renamesObjects;
            this.columnNamesIgnoreCase = columnNamesIgnoreCase;
            this.from = from;
            this.to = to;
            this.renames = RenameTargets.resolve(renames, from, to);
            this.foreignKeysNeedIndex = foreignKeysNeedIndex;
            this.restrictIsNoAction = restrictIsNoAction;
            this.fromByName = byName(from);
            this.toByName = byName(to);
        }

        boolean sameDefault(String a, String b) {
            return exactDefaults ? Expressions.sameWritten(a, b) : Expressions.same(a, b);
        }

        static Map<String, Table> byName(Schema schema) {
            Map<String, Table> map = new HashMap<>(schema.tables().size() * 2);
            for (Table t : schema.tables()) map.putIfAbsent(t.key(), t);
            return map;
        }

        Plan plan() {
            matchTables();
            for (Pair p : pairs.values()) matchColumns(p);
            for (Pair p : pairs.values()) diffKeysAndIndexes(p);
            diffForeignKeys();
            for (Pair p : sortedByFromName()) diffColumns(p);
            renames();
            sequences();
            enumTypes();
            DomainDiff.Result domains = DomainDiff.diff(from, to, this::tablesUsing, this::arraysUsing);
            domainChanges.addAll(domains.changes());
            dropDomains.addAll(domains.drops());
            CompositeDiff.Result composites = CompositeDiff.diff(from, to, this::tablesUsing);
            compositeChanges.addAll(composites.changes());
            dropCompositeTypes.addAll(composites.drops());
            for (Table t : droppedTables) dropTables.add(new DropTable(t));
            for (Table t : dependencyOrder(createdTables)) createTables.add(new CreateTable(t));

            List<Change> all = new ArrayList<>(clearSequenceOwners);
            all.addAll(releaseReplicaIdentity);
            all.addAll(dropForeignKeys);
            all.addAll(dropConstraints);
            all.addAll(dropGenerations);
            all.addAll(dropColumns);
            all.addAll(dropTables);
            all.addAll(renameSteps);
            all.addAll(orderedObjectRenames());
            all.addAll(createSequences);
            all.addAll(enumDefaultDrops);
            all.addAll(createEnumTypes);
            all.addAll(domainChanges);
            all.addAll(compositeChanges);
            all.addAll(createTables);
            all.addAll(tableCollations);
            all.addAll(addColumns);
            all.addAll(lateDropColumns);
            all.addAll(alterColumns);
            all.addAll(addGeneratedColumns);
            all.addAll(addConstraints);
            all.addAll(dropSequencesBeforeIdentity);
            all.addAll(addIdentity);
            all.addAll(addForeignKeys);
            all.addAll(setSequenceOwners);
            all.addAll(dropSequences);
            all.addAll(dropCompositeTypes);
            all.addAll(dropDomains);
            all.addAll(dropEnumTypes);
            hints.sort(Comparator.comparing(RenameHint::table).thenComparing(RenameHint::droppedColumn)
                    .thenComparing(RenameHint::addedColumn));
            return new Plan(ColumnPlacement.place(all, from, to), hints, from);
        }

        // ---------------------------------------------------------------- tables

        void matchTables() {
            Map<String, String> newToOld = new TreeMap<>();
            for (Map.Entry<String, String> e : renames.tables().entrySet()) {
                String oldName = e.getKey();
                String newName = e.getValue();
                if (!fromByName.containsKey(oldName)) {
                    // a hint naming a sequence is a sequence rename (SequenceRenames), planned before this
                    throw usage("cannot rename table " + oldName + ": there is no such table in the current schema");
                }
                if (!toByName.containsKey(newName)) {
                    throw usage("cannot rename table " + oldName + " to " + newName + ": the target schema has no table " + newName);
                }
                if (!Objects.equals(fromByName.get(oldName).schema(), toByName.get(newName).schema())) {
                    throw usage("cannot rename table " + oldName + " to " + newName + ": a rename keeps a table in its schema");
                }
                if (newToOld.put(newName, oldName) != null) {
                    throw usage("two tables are renamed to " + newName);
                }
            }
            Set<String> claimed = new HashSet<>(); // lookup only
            for (Table t : to.tables()) {
                String source = newToOld.get(t.key());
                if (source == null && fromByName.containsKey(t.key()) && !renames.tables().containsKey(t.key())) {
                    source = t.key();
                }
                if (source == null) {
                    createdTables.add(t);
                } else {
                    claimed.add(source);
                    tableMap.put(source, t.key());
                    Pair pair = new Pair(fromByName.get(source), t);
                    pairs.put(t.key(), pair);
                    pairByToName.put(t.key(), pair);
                    pairByFromName.put(source, pair);
                }
            }
            for (Table t : from.tables()) {
                if (!claimed.contains(t.key())) droppedTables.add(t);
            }
            for (String table : renames.columns().keySet()) {
                boolean known = pairs.containsKey(table) || tableMap.containsKey(table)
                        || !fromByName.containsKey(table) && !toByName.containsKey(table)
                        && from.enumTypes().stream().anyMatch(e -> enumRenameKey(e).equals(table))
                        && to.enumTypes().stream().anyMatch(e -> enumRenameKey(e).equals(table));
                if (!known) throw usage("cannot rename columns of table " + table + ": it is not in both schemas");
            }
        }

        Pair pairOfFromName(String fromName) {
            return pairByFromName.get(fromName);
        }

        List<Pair> sortedByFromName() {
            List<Pair> list = new ArrayList<>(pairs.values());
            list.sort(Comparator.comparing(p -> p.from.key()));
            return list;
        }

        void matchColumns(Pair p) {
            Map<String, String> colRenames = renames.columnsOf(p.from.key(), p.to.key());
            if (columnNamesIgnoreCase) colRenames = withCaseOnlyRenames(p, colRenames);
            Map<String, String> newToOld = new HashMap<>(); // lookup only
            for (Map.Entry<String, String> e : colRenames.entrySet()) {
                if (p.from.column(e.getKey()).isEmpty()) {
                    throw usage("cannot rename column " + p.from.key() + "." + e.getKey() + ": there is no such column");
                }
                if (p.to.column(e.getValue()).isEmpty()) {
                    throw usage("cannot rename column " + p.from.key() + "." + e.getKey() + " to " + e.getValue()
                            + ": the target table " + p.to.key() + " has no column " + e.getValue());
                }
                if (newToOld.put(e.getValue(), e.getKey()) != null) {
                    throw usage("two columns of " + p.to.key() + " are renamed to " + e.getValue());
                }
            }
            // lookup only (never iterated): name → the first column of that name, as Table.column finds it
            Map<String, Column> fromColumns = new HashMap<>();
            for (Column c : p.from.columns()) fromColumns.putIfAbsent(c.name(), c);
            Set<String> claimed = new HashSet<>(); // lookup only
            for (Column c : p.to.columns()) {
                String source = newToOld.get(c.name());
                if (source == null && fromColumns.containsKey(c.name()) && !colRenames.containsKey(c.name())) {
                    source = c.name();
                }
                if (source == null) {
                    p.addedColumns.add(c);
                    continue;
                }
                Column s = fromColumns.get(source);
                claimed.add(source);
                boolean keepsValues = dropsGenerationInPlace && s.generatedKind() == dev.schemactl.schema.GeneratedKind.STORED
                        && c.generatedExpression() == null;
                if (keepsValues) {
                    p.generationDropped.put(c.name(), s);
                } else if (!Expressions.same(s.generatedExpression(), c.generatedExpression()) || s.generatedKind() != c.generatedKind()) {
                    p.rebuiltFrom.add(s);
                    p.rebuiltTo.add(c);
                    continue;
                }
                p.columnMap.put(source, c.name());
                p.sourceOf.put(c.name(), s);
                if (!sameType.test(s.type(), c.type()) || !Objects.equals(s.collation(), c.collation()) || !Objects.equals(s.charset(), c.charset())
                        || !Objects.equals(s.identity(), c.identity())) p.altered.add(c.name());
                if (s.nullable() != c.nullable()) p.nullabilityChanged.add(c.name());
            }
            followingChangedCollation(p);
            rebuildGeneratedOverRetyped(p);
            for (Column c : p.from.columns()) {
                if (!claimed.contains(c.name())) p.droppedColumns.add(c);
            }
            for (Column d : p.droppedColumns) {
                for (Column a : p.addedColumns) {
                    if (sameType.test(d.type(), a.type())) hints.add(RenameHint.of(p.to.tableName(), d.name(), a.name()));
                }
            }
        }

        /**
         * Character columns that follow their table's default collation (none of their own on either side) change with
         * it when it changes (MariaDB re-applies them, {@link Change.SetTableCollation}): as altered as a column given a
         * new collation of its own, so that a foreign key over them is rebuilt around the change (InnoDB: "Cannot change
         * column 'country': used in a foreign key constraint", pair 769).
         */
        static void followingChangedCollation(Pair p) {
            if (Objects.equals(blankToNull(p.from.collation()), blankToNull(p.to.collation()))) return;
            for (Column c : p.to.columns()) {
                Column s = p.sourceOf.get(c.name());
                if (s != null && followsTable(s) && followsTable(c) && isCharacter(c.type())) p.altered.add(c.name());
            }
        }

        private static boolean isCharacter(ColumnType t) {
            return switch (t.kind()) {
                case CHAR, VARCHAR, TEXT, CLOB, ENUM -> true;
                case OTHER -> t.raw() != null && t.raw().toLowerCase(java.util.Locale.ROOT).startsWith("set(");
                default -> false;
            };
        }

        /**
         * A generated column over a column whose type or collation changes is dropped and re-added around it, as when
         * its own expression changes: PostgreSQL refuses to retype a column a generated column uses.
         */
        static void rebuildGeneratedOverRetyped(Pair p) {
            List<String> retyped = new ArrayList<>();
            for (Column c : p.to.columns()) {
                Column s = p.sourceOf.get(c.name());
                if (s != null && (!s.type().equals(c.type()) || !Objects.equals(s.collation(), c.collation()))) retyped.add(c.name());
            }
            if (retyped.isEmpty()) return;
            for (Column c : p.to.columns()) {
                Column s = p.sourceOf.get(c.name());
                if (s == null || c.generatedExpression() == null
                        || retyped.stream().noneMatch(r -> !r.equals(c.name()) && mentions(c.generatedExpression(), r))) continue;
                p.columnMap.remove(s.name());
                p.sourceOf.remove(c.name());
                p.altered.remove(c.name());
                p.rebuiltFrom.add(s);
                p.rebuiltTo.add(c);
            }
        }

        /** The hinted renames plus a rename for each column whose name differs only in case (and is not hinted). */
        static Map<String, String> withCaseOnlyRenames(Pair p, Map<String, String> hinted) {
            Map<String, String> out = new TreeMap<>(hinted);
            Set<String> targets = new HashSet<>(hinted.values()); // lookup only
            for (Column c : p.to.columns()) {
                if (p.from.column(c.name()).isPresent() || targets.contains(c.name())) continue;
                List<Column> sources = p.from.columns().stream().filter(f -> f.name().equalsIgnoreCase(c.name())
                        && p.to.column(f.name()).isEmpty() && !hinted.containsKey(f.name())).toList();
                if (sources.size() == 1) out.put(sources.get(0).name(), c.name());
            }
            return out;
        }

        // ---------------------------------------------------------------- keys, indexes, checks

        void diffKeysAndIndexes(Pair p) {
            String fromName = p.from.key();
            String toName = p.to.key();
            List<Change> drops = new ArrayList<>();
            List<Change> adds = new ArrayList<>();

            // checks: by name when both have one, else by normalized expression
            List<CheckConstraint> fromChecks = sortedChecks(p.from.checks());
            List<CheckConstraint> toChecks = sortedChecks(p.to.checks());
            boolean[] fromUsed = new boolean[fromChecks.size()];
            List<CheckConstraint> addedChecks = new ArrayList<>();
            List<CheckConstraint> unmatched = new ArrayList<>();
            for (CheckConstraint t : toChecks) {
                int found = -1;
                for (int i = 0; i < fromChecks.size() && found < 0; i++) {
                    CheckConstraint f = fromChecks.get(i);
                    if (fromUsed[i]) continue;
                    boolean match = f.name() != null && t.name() != null
                            ? f.name().equals(t.name()) && p.sameExpression(f.expression(), t.expression(), exactDefaults)
                            : p.sameExpression(f.expression(), t.expression(), exactDefaults);
                    if (match) found = i;
                }
                if (found >= 0) matchedCheck(p, fromChecks.get(found), t, drops, adds, addedChecks);
                else unmatched.add(t);
                if (found >= 0) fromUsed[found] = true;
            }
            // a check named differently on both sides but saying the same (its default name follows a renamed
            // column: acct_mail_check -> acct_email_check) is renamed where names are the user's
            for (CheckConstraint t : unmatched) {
                int found = -1;
                for (int i = 0; i < fromChecks.size() && found < 0 && renamesObjects && t.name() != null; i++) {
                    CheckConstraint f = fromChecks.get(i);
                    if (!fromUsed[i] && f.name() != null && p.sameExpression(f.expression(), t.expression(), exactDefaults)) found = i;
                }
                if (found < 0) {
                    addedChecks.add(t);
                    continue;
                }
                fromUsed[found] = true;
                matchedCheck(p, fromChecks.get(found), t, drops, adds, addedChecks);
                if (!addedChecks.contains(t)) renameConstraint(toName, fromChecks.get(found).name(), t.name());
            }
            for (int i = 0; i < fromChecks.size(); i++) {
                if (!fromUsed[i]) drops.add(new DropCheck(fromName, fromChecks.get(i)));
            }
            for (CheckConstraint t : addedChecks) adds.add(new AddCheck(toName, t));

            // application-time periods by name over the same columns (renamed ones under their new names); one whose
            // column changes type is dropped and added again around it (MariaDB retypes no column of a period), and so
            // are the keys unique without overlaps of it (a period is dropped after them and added before them)
            Set<String> replacedPeriods = new TreeSet<>();
            for (dev.schemactl.schema.Period f : p.from.periods()) {
                dev.schemactl.schema.Period t = p.to.period(f.name()).orElse(null);
                boolean kept = t != null && t.start().equals(p.toColumn(f.start())) && t.end().equals(p.toColumn(f.end()))
                        && !p.altered.contains(t.start()) && !p.altered.contains(t.end());
                if (kept) continue;
                replacedPeriods.add(f.name());
                drops.add(new Change.DropPeriod(fromName, f));
            }
            for (dev.schemactl.schema.Period t : p.to.periods()) {
                if (p.from.period(t.name()).isEmpty() || replacedPeriods.contains(t.name())) adds.add(new Change.AddPeriod(toName, t));
            }

            // unique constraints by column list
            Matched<UniqueConstraint, UniqueConstraint> uniques = match(
                    sortedBy(p.from.uniques(), u -> String.join(",", p.toColumns(u.columns())) + "|" + Objects.toString(u.name(), "")),
                    u -> List.of(p.toColumns(u.columns()), u.deferral(), u.nullsNotDistinct(), p.toColumns(u.include()),
                            Objects.toString(u.withoutOverlaps(), ""), uniqueKeyOptions(u, indexCommentsInDefinition)),
                    sortedBy(p.to.uniques(), u -> String.join(",", u.columns()) + "|" + Objects.toString(u.name(), "")),
                    u -> List.of(u.columns(), u.deferral(), u.nullsNotDistinct(), u.include(), Objects.toString(u.withoutOverlaps(), ""),
                            uniqueKeyOptions(u, indexCommentsInDefinition)));
            for (UniqueConstraint u : uniques.onlyFrom) {
                drops.add(new DropUnique(fromName, u));
                p.droppedKeys.add(p.toColumns(u.columns()));
            }
            // added in the desired catalog's key order where it has one (MariaDB lists keys in creation order)
            for (UniqueConstraint u : uniques.onlyTo.stream().sorted(Comparator.comparingInt(UniqueConstraint::keyOrder)).toList()) {
                adds.add(new AddUnique(toName, u));
                p.addedKeys.add(u.columns());
            }
            // a unique over the columns of a primary key that is dropped or added is rebuilt around it: H2 backs
            // both with one index and refuses to drop a primary key whose index a unique constraint uses
            Set<String> fromPkSet = p.from.primaryKey() == null ? Set.of() : new TreeSet<>(p.toColumns(p.from.primaryKey().columns()));
            Set<String> toPkSet = p.to.primaryKey() == null ? Set.of() : new TreeSet<>(p.to.primaryKey().columns());
            boolean pkChanges = !Objects.equals(p.from.primaryKey() == null ? null : p.toColumns(p.from.primaryKey().columns()),
                    p.to.primaryKey() == null ? null : p.to.primaryKey().columns());
            for (int i = 0; i < uniques.bothTo.size(); i++) {
                UniqueConstraint u = uniques.bothTo.get(i);
                Set<String> columns = new TreeSet<>(u.columns());
                if (pkChanges && (columns.equals(fromPkSet) || columns.equals(toPkSet))
                        || u.withoutOverlaps() != null && replacedPeriods.contains(u.withoutOverlaps())) {
                    drops.add(new DropUnique(fromName, uniques.bothFrom.get(i)));
                    adds.add(new AddUnique(toName, u));
                    p.droppedKeys.add(u.columns());
                    p.addedKeys.add(u.columns());
                } else {
                    p.keptKeys.add(u.columns());
                    p.keptFromUniques.add(uniques.bothFrom.get(i));
                    String oldName = uniques.bothFrom.get(i).name();
                    if (!renamesObjects && renamesIndexes && oldName != null && u.name() != null && !oldName.equals(u.name())) {
                        renameObjects.add(new Change.RenameIndex(toName, oldName, u.name())); // MariaDB: a unique key is an index
                    } else {
                        renameConstraint(toName, oldName, u.name());
                    }
                    String before = blankToNull(uniques.bothFrom.get(i).comment());
                    String after = blankToNull(u.comment());
                    if (!Objects.equals(before, after)) {
                        adds.add(new Change.SetUniqueComment(toName, u.withName(nameWhenKept(oldName, u.name())).withComment(before), before, after));
                    }
                    String indexBefore = blankToNull(uniques.bothFrom.get(i).indexComment());
                    String indexAfter = blankToNull(u.indexComment());
                    if (!Objects.equals(indexBefore, indexAfter)) {
                        adds.add(new Change.SetUniqueIndexComment(toName, u.withName(nameWhenKept(oldName, u.name())).withIndexComment(indexBefore),
                                indexBefore, indexAfter));
                    }
                    String storageBefore = blankToNull(uniques.bothFrom.get(i).storage());
                    String storageAfter = blankToNull(u.storage());
                    if (!Objects.equals(storageBefore, storageAfter)) {
                        adds.add(new Change.SetUniqueStorage(toName, u.withName(nameWhenKept(oldName, u.name())).withStorage(storageBefore),
                                storageBefore, storageAfter));
                    }
                }
            }

            // indexes by (columns with direction, unique)
            boolean commentInDefinition = indexCommentsInDefinition;
            // number literals as written where the engine keeps their spelling (PostgreSQL: WHERE price > 0.00 is not > 0.000)
            Function<String, String> fromExpression = exactDefaults ? p::fromExpressionWritten : p::fromExpression;
            Function<String, String> toExpression = exactDefaults ? Expressions::normalizeWritten : Expressions::normalize;
            Function<Index, IndexKey> fromIndexKey = i -> IndexKey.of(i, p::toColumn, fromExpression, commentInDefinition);
            Function<Index, IndexKey> toIndexKey = i -> IndexKey.of(i, Function.identity(), toExpression, commentInDefinition);
            Matched<Index, Index> indexes = match(
                    sortedBy(p.from.indexes(), i -> indexSortKey(fromIndexKey.apply(i), i.name())), fromIndexKey,
                    sortedBy(p.to.indexes(), i -> indexSortKey(toIndexKey.apply(i), i.name())), toIndexKey);
            indexes = rebuildingRetypedStatistics(p, indexes);
            indexes = rebuildingRecollatedFulltext(p, indexes);
            for (Index i : indexes.onlyFrom) {
                drops.add(new DropIndex(fromName, i));
                p.droppedKeys.add(p.toColumns(i.columnNames()));
            }
            // created in the desired catalog's key order where it has one (MariaDB lists keys in creation order)
            for (Index i : indexes.onlyTo.stream().sorted(Comparator.comparingInt(Index::keyOrder)).toList()) {
                adds.add(new CreateIndex(toName, i));
                p.addedKeys.add(i.columnNames());
            }
            for (Index i : indexes.bothTo) p.keptKeys.add(i.columnNames());
            p.keptIndexes.addAll(indexes.bothTo);
            p.keptFromIndexes.addAll(indexes.bothFrom);
            for (int i = 0; i < indexes.bothTo.size(); i++) {
                Index kept = indexes.bothFrom.get(i);
                String oldName = kept.name();
                String newName = indexes.bothTo.get(i).name();
                boolean renamed = (renamesObjects || renamesIndexes) && oldName != null && newName != null && !oldName.equals(newName);
                if (kept.ignored() != indexes.bothTo.get(i).ignored()) {
                    // after the renames: under the name it has then
                    adds.add(new Change.SetIndexIgnored(toName, renamed ? kept.withName(newName) : kept, indexes.bothTo.get(i).ignored()));
                }
                if (renamed) {
                    renameObjects.add(new Change.RenameIndex(toName, oldName, newName));
                }
                String before = blankToNull(indexes.bothFrom.get(i).comment());
                String after = blankToNull(indexes.bothTo.get(i).comment());
                if (!Objects.equals(before, after)) {
                    adds.add(new Change.SetIndexComment(toName, indexes.bothTo.get(i).withName(nameWhenKept(oldName, newName)), before, after));
                }
                List<Integer> statisticsBefore = indexes.bothFrom.get(i).keyStatistics();
                List<Integer> statisticsAfter = indexes.bothTo.get(i).keyStatistics();
                if (!statisticsBefore.equals(statisticsAfter)) {
                    Index now = indexes.bothTo.get(i).withName(nameWhenKept(oldName, newName));
                    adds.add(new Change.SetIndexStatistics(toName, now.withKeyStatistics(statisticsBefore), now));
                }
            }

            // primary key by column list, DESC parts, key prefixes, method and INCLUDE columns
            PrimaryKey fromPk = p.from.primaryKey();
            PrimaryKey toPk = p.to.primaryKey();
            List<String> fromPkCols = fromPk == null ? null : p.toColumns(fromPk.columns());
            List<String> toPkCols = toPk == null ? null : toPk.columns();
            boolean pkOrderChanges = fromPk != null && toPk != null && !p.toColumns(fromPk.descending()).equals(toPk.descending());
            boolean pkMethodChanges = fromPk != null && toPk != null && !Objects.equals(fromPk.method(), toPk.method());
            boolean pkIncludeChanges = fromPk != null && toPk != null && !p.toColumns(fromPk.include()).equals(toPk.include());
            boolean pkPrefixChanges = fromPk != null && toPk != null && !fromPk.prefixes().equals(toPk.prefixes());
            if (!Objects.equals(fromPkCols, toPkCols) || pkOrderChanges || pkMethodChanges || pkIncludeChanges || pkPrefixChanges) {
                if (fromPk != null) {
                    drops.add(new DropPrimaryKey(fromName, fromPk));
                    p.droppedKeys.add(fromPkCols);
                }
                if (toPk != null) {
                    adds.add(0, new AddPrimaryKey(toName, toPk));
                    p.addedKeys.add(toPkCols);
                }
            } else if (toPk != null) {
                p.keptKeys.add(toPkCols);
                p.keptFromPrimaryKey = fromPk;
                renameConstraint(toName, fromPk.name(), toPk.name());
                String before = blankToNull(fromPk.comment());
                String after = blankToNull(toPk.comment());
                if (!Objects.equals(before, after)) {
                    adds.add(new Change.SetPrimaryKeyComment(toName, toPk.withName(nameWhenKept(fromPk.name(), toPk.name())).withComment(before),
                            before, after));
                }
                String indexBefore = blankToNull(fromPk.indexComment());
                String indexAfter = blankToNull(toPk.indexComment());
                if (!Objects.equals(indexBefore, indexAfter)) {
                    adds.add(new Change.SetPrimaryKeyIndexComment(toName, toPk.withName(nameWhenKept(fromPk.name(), toPk.name()))
                            .withIndexComment(indexBefore), indexBefore, indexAfter));
                }
                String storageBefore = blankToNull(fromPk.storage());
                String storageAfter = blankToNull(toPk.storage());
                if (!Objects.equals(storageBefore, storageAfter)) {
                    adds.add(new Change.SetPrimaryKeyStorage(toName, toPk.withName(nameWhenKept(fromPk.name(), toPk.name()))
                            .withStorage(storageBefore), storageBefore, storageAfter));
                }
            }

            // order within the table: drop checks, uniques, indexes, primary key; add primary key, uniques, indexes, checks
            drops.sort(Comparator.comparingInt(Run::dropRank));
            adds.sort(Comparator.comparingInt(Run::addRank));
            dropConstraints.addAll(drops);
            addConstraints.addAll(adds);
        }

        /**
         * Constraint and index renames in an order where no step takes a name still in use: after two tables swap
         * names, their keys swap too ({@code x_pkey} and {@code y_pkey}), through a temporary name like renames of
         * columns and tables. Names of a schema's indexes and keys share one namespace on PostgreSQL.
         */
        List<Change> orderedObjectRenames() {
            renameObjects.sort(Comparator.comparing(Change::table).thenComparing(Change::describe));
            Map<String, String> renames = new TreeMap<>();
            Map<String, Change> byOldName = new TreeMap<>();
            for (Change c : renameObjects) {
                String[] names = objectRename(c);
                if (byOldName.put(names[0], c) != null) return renameObjects; // the same name on two tables: as written
                renames.put(names[0], names[1]);
            }
            Set<String> taken = new TreeSet<>(renames.keySet());
            taken.addAll(renames.values());
            List<Change> out = new ArrayList<>();
            for (String[] step : orderRenames(renames, taken)) {
                Change original = byOldName.get(step[2]);
                out.add(original instanceof Change.RenameIndex i ? new Change.RenameIndex(i.table(), step[0], step[1])
                        : new Change.RenameConstraint(original.table(), step[0], step[1]));
            }
            return out;
        }

        private static String[] objectRename(Change c) {
            if (c instanceof Change.RenameIndex i) return new String[]{i.name(), i.newName()};
            Change.RenameConstraint r = (Change.RenameConstraint) c;
            return new String[]{r.name(), r.newName()};
        }

        /** The name a kept constraint or index has after the renames: the desired one when it is renamed, else its own. */
        String nameWhenKept(String oldName, String newName) {
            if (renamesObjects && oldName != null && newName != null) return newName;
            return oldName != null ? oldName : newName;
        }

        /** A check found on both sides: kept, or rebuilt when a type change of its columns or NO INHERIT asks for it. */
        void matchedCheck(Pair p, CheckConstraint from, CheckConstraint to, List<Change> drops, List<Change> adds,
                          List<CheckConstraint> addedChecks) {
            // rebuilt around a type change of its columns, so the engine stores it for the new type
            // (PostgreSQL otherwise keeps the old type as a cast: (n)::numeric > 0); NO INHERIT has no ALTER; and around
            // a column dropped and re-added, which takes the check with it
            if (mentionsAny(to.expression(), p.altered) || from.noInherit() != to.noInherit()
                    || p.rebuiltTo.stream().anyMatch(c -> mentions(to.expression(), c.name()))) {
                drops.add(new DropCheck(p.from.key(), from));
                addedChecks.add(to);
            } else {
                p.keptChecks.add(to);
                p.keptFromChecks.add(from);
                keptCheck(p.to.key(), from, to, adds);
            }
        }

        /** A check kept as it is: made valid or NOT VALID, and its comment set, when those differ (PostgreSQL). */
        void keptCheck(String table, CheckConstraint from, CheckConstraint to, List<Change> adds) {
            String name = nameWhenKept(from.name(), to.name());
            String before = blankToNull(from.comment());
            String after = blankToNull(to.comment());
            // the definition as the database has it when the step runs: a re-added check keeps the comment it had
            CheckConstraint now = new CheckConstraint(name, to.expression(), from.notValid(), before, to.noInherit(),
                    Objects.equals(from.expression(), to.expression()) ? from.written() : null);
            if (from.notValid() != to.notValid()) {
                adds.add(new Change.SetCheckValidation(table, now, now.withNotValid(to.notValid())));
            }
            if (!Objects.equals(before, after)) adds.add(new Change.SetCheckComment(table, now, before, after));
        }

        /** A foreign key kept as it is: made valid or NOT VALID, and its comment set, when those differ (PostgreSQL). */
        void keptForeignKey(String table, ForeignKey from, ForeignKey to) {
            String name = nameWhenKept(from.name(), to.name());
            String before = blankToNull(from.comment());
            String after = blankToNull(to.comment());
            ForeignKey now = new ForeignKey(name, to.columns(), to.referencedTable(), to.referencedColumns(), to.onDelete(),
                    to.onUpdate(), to.deferral(), to.referencedSchema(), to.matchFull(), to.onDeleteColumns(), from.notValid(), before);
            if (from.notValid() != to.notValid()) {
                addForeignKeys.add(new Change.SetForeignKeyValidation(table, now, now.withNotValid(to.notValid())));
            }
            if (!Objects.equals(before, after)) addForeignKeys.add(new Change.SetForeignKeyComment(table, now, before, after));
        }

        void renameConstraint(String table, String oldName, String newName) {
            if (renamesObjects && oldName != null && newName != null && !oldName.equals(newName)) {
                renameObjects.add(new Change.RenameConstraint(table, oldName, newName));
            }
        }

        /** True when the expression names one of the columns (as an identifier, outside string literals). */
        static boolean mentionsAny(String expression, Set<String> columns) {
            String normalized = Expressions.normalize(expression);
            if (normalized == null || columns.isEmpty()) return false;
            Matcher words = IDENTIFIER.matcher(normalized.replaceAll("'(?:[^']|'')*'", "''"));
            while (words.find()) {
                if (columns.contains(words.group())) return true;
            }
            return false;
        }

        private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

        static int dropRank(Change c) {
            if (c instanceof SetIdentity) return 0;
            if (c instanceof DropCheck) return 1;
            if (c instanceof DropUnique) return 2;
            if (c instanceof DropIndex) return 3;
            if (c instanceof Change.DropPeriod) return 5; // after the keys unique without overlaps of it
            return 4;
        }

        static int addRank(Change c) {
            if (c instanceof Change.AddPeriod) return -1; // before the keys unique without overlaps of it
            if (c instanceof AddPrimaryKey) return 0;
            if (c instanceof AddUnique) return 1;
            if (c instanceof CreateIndex) return 2;
            return 3;
        }

        static String indexSortKey(IndexKey key, String name) {
            StringBuilder b = new StringBuilder();
            for (IndexColumn c : key.columns()) {
                b.append(c.key()).append(c.descending() ? " desc" : "").append(c.nulls() == null ? "," : " nulls " + c.nulls() + ",");
            }
            b.append(key.unique() ? "|u|" : "|n|").append(Objects.toString(key.method(), "")).append('|')
                    .append(Objects.toString(key.predicate(), "")).append('|').append(String.join(",", key.include())).append('|')
                    .append(Objects.toString(key.comment(), "")).append('|');
            return b.append(Objects.toString(name, "")).toString();
        }

        static List<CheckConstraint> sortedChecks(List<CheckConstraint> checks) {
            // named checks first (so name matches win), then by expression
            return sortedBy(checks, c -> (c.name() == null ? "1|" : "0|" + c.name()) + "|" + Objects.toString(Expressions.normalize(c.expression()), ""));
        }

        // ---------------------------------------------------------------- foreign keys

        FkKey fromKey(Pair owner, ForeignKey f) {
            List<String> cols = owner == null ? f.columns() : owner.toColumns(f.columns());
            Pair ref = pairOfFromName(f.referencedKey());
            // a table outside the model (a child table or partition, left alone) keeps its name on both sides
            String refTable = ref != null ? ref.to.name()
                    : fromByName.containsKey(f.referencedKey()) ? "\u0000gone:" + f.referencedTable() : f.referencedTable();
            List<String> refCols = ref == null ? f.referencedColumns() : ref.toColumns(f.referencedColumns());
            return new FkKey(cols, refTable, refCols, action(f.onDelete()), action(f.onUpdate()), f.deferral(), f.referencedSchema(),
                    f.matchFull(), owner == null ? f.onDeleteColumns() : owner.toColumns(f.onDeleteColumns()));
        }

        FkKey toKey(ForeignKey f) {
            return new FkKey(f.columns(), f.referencedTable(), f.referencedColumns(), action(f.onDelete()), action(f.onUpdate()),
                    f.deferral(), f.referencedSchema(), f.matchFull(), f.onDeleteColumns());
        }

        /** The action as compared: RESTRICT counts as NO ACTION where the engine makes no difference. */
        ReferentialAction action(ReferentialAction a) {
            ReferentialAction rule = a.rule();
            return restrictIsNoAction && rule == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : rule;
        }

        void diffForeignKeys() {
            // dropped tables lose all their foreign keys first (their rollback restores them after all tables exist)
            List<Table> fromTables = new ArrayList<>(from.tables());
            for (Table t : fromTables) {
                Pair p = pairOfFromName(t.key());
                if (p == null) {
                    List<ForeignKey> drops = new ArrayList<>(t.foreignKeys());
                    drops.sort(Comparator.comparingInt((ForeignKey f) -> f.columns().size())
                            .thenComparing(f -> fromKey(null, f).sortKey() + "|" + Objects.toString(f.name(), "")));
                    for (ForeignKey f : drops) dropForeignKeys.add(new DropForeignKey(t.key(), f));
                    continue;
                }
                Matched<ForeignKey, ForeignKey> m = match(
                        sortedBy(t.foreignKeys(), f -> fromKey(p, f).sortKey() + "|" + Objects.toString(f.name(), "")),
                        f -> fromKey(p, f),
                        sortedBy(p.to.foreignKeys(), f -> toKey(f).sortKey() + "|" + Objects.toString(f.name(), "")),
                        this::toKey);
                List<ForeignKey> drops = new ArrayList<>(m.onlyFrom);
                List<ForeignKey> adds = new ArrayList<>(m.onlyTo);
                boolean[] rebuilt = new boolean[m.bothFrom.size()];
                for (int i = 0; i < m.bothFrom.size(); i++) {
                    if (needsRebuild(p, toKey(m.bothTo.get(i))) || renamedByRebuild(p, m.bothFrom.get(i), m.bothTo.get(i))) {
                        rebuilt[i] = true;
                        drops.add(m.bothFrom.get(i));
                        adds.add(m.bothTo.get(i));
                    }
                }
                // MariaDB: a kept foreign key may lean on the index InnoDB made for a dropped one (its columns lead
                // that one's); it is rebuilt so that it gets an index of its own
                for (boolean again = foreignKeysNeedIndex; again; ) {
                    again = false;
                    for (int i = 0; i < m.bothFrom.size(); i++) {
                        List<String> columns = toKey(m.bothTo.get(i)).columns();
                        if (rebuilt[i] || covers(p.keptKeys, columns)) continue;
                        boolean leaning = drops.stream().anyMatch(d -> covers(List.of(fromKey(p, d).columns()), columns));
                        if (leaning) {
                            rebuilt[i] = true;
                            again = true;
                            drops.add(m.bothFrom.get(i));
                            adds.add(m.bothTo.get(i));
                        }
                    }
                }
                // MariaDB: the index InnoDB makes for an added foreign key replaces the one it had made for a kept key
                // its columns lead (that one is dropped silently), and the rollback could then not drop the added
                // key's index; the kept key is rebuilt after the added one, so the rollback drops it first
                for (boolean again = foreignKeysNeedIndex; again; ) {
                    again = false;
                    for (int i = 0; i < m.bothFrom.size(); i++) {
                        List<String> columns = toKey(m.bothTo.get(i)).columns();
                        if (rebuilt[i] || covers(p.keptKeys, columns)) continue;
                        if (adds.stream().anyMatch(f -> f.columns().size() > columns.size() && covers(List.of(toKey(f).columns()), columns))) {
                            rebuilt[i] = true;
                            again = true;
                            drops.add(m.bothFrom.get(i));
                            adds.add(m.bothTo.get(i));
                        }
                    }
                }
                // fewer columns first: InnoDB's index of a longer key may serve a shorter one until it is gone
                drops.sort(Comparator.comparingInt((ForeignKey f) -> f.columns().size())
                        .thenComparing(f -> fromKey(p, f).sortKey() + "|" + Objects.toString(f.name(), "")));
                adds.sort(Comparator.comparing(f -> toKey(f).sortKey() + "|" + Objects.toString(f.name(), "")));
                for (ForeignKey f : drops) dropForeignKeys.add(new DropForeignKey(t.key(), f));
                for (ForeignKey f : foreignKeysNeedIndex ? longerFirst(adds) : adds) addForeignKeys.add(new AddForeignKey(p.to.key(), f));
                for (int i = 0; i < m.bothFrom.size(); i++) {
                    if (rebuilt[i]) continue;
                    p.keptFromForeignKeys.add(m.bothFrom.get(i));
                    renameConstraint(p.to.key(), m.bothFrom.get(i).name(), m.bothTo.get(i).name());
                    keptForeignKey(p.to.key(), m.bothFrom.get(i), m.bothTo.get(i));
                }
            }
            for (Table t : createdTables) {
                List<ForeignKey> sorted = sortedBy(t.foreignKeys(), f -> toKey(f).sortKey() + "|" + Objects.toString(f.name(), ""));
                for (ForeignKey f : foreignKeysNeedIndex ? longerFirst(sorted) : sorted) {
                    addForeignKeys.add(new AddForeignKey(t.key(), f));
                }
            }
            addForeignKeys.sort(Comparator.comparing(Change::table)); // stable: keeps per-table key order
        }

        /** The INCLUDE columns of the primary key, uniques and unique indexes of {@code table} over {@code columns}. */
        private static Set<String> referencedKeyIncludes(Table table, List<String> columns) {
            Set<String> key = new TreeSet<>(columns);
            Set<String> out = new TreeSet<>();
            if (table.primaryKey() != null && new TreeSet<>(table.primaryKey().columns()).equals(key)) out.addAll(table.primaryKey().include());
            for (UniqueConstraint u : table.uniques()) if (new TreeSet<>(u.columns()).equals(key)) out.addAll(u.include());
            for (Index i : table.indexes()) if (i.unique() && new TreeSet<>(i.columnNames()).equals(key)) out.addAll(i.include());
            return out;
        }

        /** A kept foreign key named otherwise on an engine that cannot rename one ({@link #rebuildingRenamedForeignKeys}). */
        boolean renamedByRebuild(Pair owner, ForeignKey from, ForeignKey to) {
            return foreignKeyNames != null && from.name() != null && to.name() != null
                    && !foreignKeyNames.same(owner.from.name(), from.name(), owner.to.name(), to.name());
        }

        boolean needsRebuild(Pair owner, FkKey key) {
            for (String c : key.columns()) if (owner.altered.contains(c)) return true;
            Pair ref = pairByToName.get(TableName.key(key.referencedSchema(), key.referencedTable()));
            if (cascadeNullability && key.onUpdate() == ReferentialAction.CASCADE) {
                for (String c : key.columns()) if (owner.nullabilityChanged.contains(c)) return true;
                if (ref != null) for (String c : key.referencedColumns()) if (ref.nullabilityChanged.contains(c)) return true;
            }
            if (ref != null) {
                for (String c : key.referencedColumns()) if (ref.altered.contains(c)) return true;
                // PostgreSQL rebuilds the referenced key's index when a column it INCLUDEs changes type
                for (String c : referencedKeyIncludes(ref.to, key.referencedColumns())) if (ref.altered.contains(c)) return true;
                if (!ref.droppedKeys.isEmpty()) {
                    Set<String> refSet = new TreeSet<>(key.referencedColumns());
                    for (List<String> dropped : ref.droppedKeys) {
                        if (new TreeSet<>(dropped).equals(refSet)) return true;
                    }
                }
            }
            // MariaDB, H2: the index under the foreign key's own columns changes. A dropped one may be the one the
            // key uses unless an unchanged one is smaller (H2 takes the smallest; InnoDB any); an added one may
            // replace InnoDB's own index unless an unchanged one covers the columns already
            if (foreignKeysNeedIndex) {
                int smallestKept = Integer.MAX_VALUE;
                for (List<String> k : owner.keptKeys) {
                    if (covers(List.of(k), key.columns())) smallestKept = Math.min(smallestKept, k.size());
                }
                for (List<String> d : owner.droppedKeys) {
                    if (covers(List.of(d), key.columns()) && d.size() <= smallestKept) return true;
                }
                return smallestKept == Integer.MAX_VALUE && covers(owner.addedKeys, key.columns());
            }
            return false;
        }

        /**
         * {@code adds} with each key whose columns lead another's after that one (the longest first), the rest in their
         * order: InnoDB makes no index of its own for the shorter key then, so the rollback, dropping the shorter key
         * first, can drop the longer one's index.
         */
        private List<ForeignKey> longerFirst(List<ForeignKey> adds) {
            java.util.function.Predicate<ForeignKey> leads = f -> adds.stream().anyMatch(g -> g.columns().size() > f.columns().size()
                    && covers(List.of(toKey(g).columns()), toKey(f).columns()));
            List<ForeignKey> out = new ArrayList<>(adds.stream().filter(leads.negate()).toList());
            out.addAll(adds.stream().filter(leads).sorted(Comparator.comparingInt((ForeignKey f) -> -f.columns().size())).toList());
            return out;
        }

        /** True when one of the column lists starts with the given columns (in any order). */
        static boolean covers(List<List<String>> keys, List<String> columns) {
            Set<String> wanted = new TreeSet<>(columns);
            for (List<String> k : keys) {
                if (k.size() >= wanted.size() && new TreeSet<>(k.subList(0, wanted.size())).equals(wanted)) return true;
            }
            return false;
        }

        // ---------------------------------------------------------------- columns

        /** A column without a collation or charset of its own: it follows its table's default collation. */
        static boolean followsTable(Column c) {
            return blankToNull(c.collation()) == null && blankToNull(c.charset()) == null;
        }

        void diffColumns(Pair p) {
            String fromName = p.from.key();
            String toName = p.to.key();
            List<Change> identityDrops = new ArrayList<>();
            Map<String, Integer> lastAlteration = new HashMap<>(); // lookup only: to column -> index in alterColumns after its chain
            Map<String, Column> chained = new HashMap<>(); // lookup only: to column -> its definition after its chain
            Set<String> alteredAnyway = new HashSet<>(); // lookup only: to columns with a step of their own in alterColumns
            for (Column c : p.to.columns()) {
                Column s = p.sourceOf.get(c.name());
                if (s == null) continue;
                int chainStart = alterColumns.size();
                Column cur = s.withName(c.name());
                // the engine rewrote a default naming a renamed column (MariaDB: DEFAULT (`price` * `qty`)): a step
                // restating the old text would be rolled back while the columns still have their new names
                if (cur.defaultExpression() != null) cur = cur.withDefault(p.renamedQuotedNames(cur.defaultExpression()));
                if (cur.defaultExpression() != null && !sameDefault(cur.defaultExpression(), c.defaultExpression())
                        && p.sameExpression(cur.defaultExpression(), c.defaultExpression(), exactDefaults)) {
                    cur = cur.withDefault(c.defaultExpression());
                }
                if (p.generationDropped.containsKey(c.name())) {
                    // first: the type changes and defaults below need a plain column
                    Column plain = s.withGenerated(null, null);
                    dropGenerations.add(new Change.DropGeneration(fromName, s, plain, dependents(p, s.name())));
                    cur = plain.withName(c.name());
                }
                if (s.isIdentity() && (!c.isIdentity() || !sameIdentityFamily(s.identity(), c.identity()))) {
                    Sequence kept = c.isIdentity() ? null : keptSerialSequence(p, s, c);
                    Column plain = kept == null ? s.withIdentity(null) : s.withIdentity(null).withDefault(c.defaultExpression());
                    if (kept != null) keptSerialSequences.put(key(kept.schema(), kept.name()), kept);
                    identityDrops.add(new SetIdentity(fromName, s, plain));
                    cur = plain.withName(c.name());
                }
                if (cur.invisible() && !c.invisible()) {
                    // visible before anything else: MariaDB refuses an INVISIBLE NOT NULL column without a default, so
                    // one that loses its default must be visible first (and, in the rollback, gets it back before it hides)
                    Column next = cur.withInvisible(false);
                    alterColumns.add(new Change.SetColumnOptions(toName, cur, next));
                    cur = next;
                }
                if (!sameType.test(cur.type(), c.type()) && cur.defaultExpression() != null
                        && !sameDefault(cur.defaultExpression(), c.defaultExpression()) && !grows(cur.type(), c.type())) {
                    // the old default may not fit the new type (PostgreSQL cannot cast it, MariaDB's MODIFY
                    // rejects it): drop it first; the new one is set after the type change
                    Column next = cur.withDefault(null);
                    alterColumns.add(new SetDefault(toName, cur, next));
                    cur = next;
                }
                if (!sameType.test(cur.type(), c.type()) || !Objects.equals(cur.collation(), c.collation())
                        || !Objects.equals(cur.charset(), c.charset())) {
                    // and the target's physical options: a new type resets PostgreSQL's compression and storage
                    Column next = cur.withType(c.type()).withCollation(c.collation()).withCharset(c.charset()).withOptions(c.options());
                    // ON UPDATE (MariaDB/MySQL) is only valid on datetime/timestamp: a new type takes the target's
                    // ON UPDATE in the same step, so neither the forward MODIFY nor its rollback pairs a type with
                    // an ON UPDATE it cannot have (datetime -> date kept ON UPDATE and was rejected)
                    if (!cur.type().equals(c.type())) next = next.withOnUpdate(c.onUpdate());
                    alterColumns.add(new AlterColumnType(toName, cur, next));
                    cur = next;
                }
                if (cur.nullable() && !c.nullable() && c.defaultExpression() != null
                        && (!sameDefault(cur.defaultExpression(), c.defaultExpression())
                            || !Expressions.same(cur.onUpdate(), c.onUpdate()))) {
                    // the target's default first, so that NOT NULL can fill the NULLs with it (MariaDB's strict
                    // MODIFY rejects them: 'Data truncated')
                    Column next = cur.withDefault(c.defaultExpression()).withOnUpdate(c.onUpdate());
                    alterColumns.add(new SetDefault(toName, cur, next));
                    cur = next;
                }
                if (cur.nullable() != c.nullable()) {
                    Column next = cur.withNullable(c.nullable());
                    alterColumns.add(new SetNullable(toName, cur, next));
                    cur = next;
                }
                if (!sameDefault(cur.defaultExpression(), c.defaultExpression())
                        || !Expressions.same(cur.onUpdate(), c.onUpdate())) {
                    Column next = cur.withDefault(c.defaultExpression()).withOnUpdate(c.onUpdate());
                    alterColumns.add(new SetDefault(toName, cur, next));
                    cur = next;
                }
                if (!Objects.equals(blankToNull(cur.comment()), blankToNull(c.comment()))) {
                    Column next = cur.withComment(c.comment());
                    alterColumns.add(new SetColumnComment(toName, cur, next));
                    cur = next;
                }
                // the engine rewrote a column check naming a renamed column (MariaDB: CHECK (`email` <> ''))
                if (!Expressions.same(cur.check(), c.check()) && p.sameExpression(cur.check(), c.check())) cur = cur.withCheck(c.check());
                if (cur.invisible() != c.invisible() || !Expressions.same(cur.check(), c.check())
                        || !Objects.equals(cur.options(), c.options())) {
                    Column next = cur.withInvisible(c.invisible()).withCheck(c.check()).withOptions(c.options());
                    alterColumns.add(new Change.SetColumnOptions(toName, cur, next));
                    cur = next;
                }
                lastAlteration.put(c.name(), alterColumns.size());
                chained.put(c.name(), cur);
                if (alterColumns.size() > chainStart) alteredAnyway.add(c.name());
                if (c.isIdentity() && (!s.isIdentity() || !sameIdentityFamily(s.identity(), c.identity()))) {
                    addIdentity.add(new SetIdentity(toName, cur, cur.withIdentity(c.identity())));
                } else if (c.isIdentity() && !s.identity().equals(c.identity())) {
                    // same family (ALWAYS <-> BY DEFAULT, or other sequence options): altered in place
                    addIdentity.add(new SetIdentity(toName, cur, cur.withIdentity(c.identity())));
                }
            }
            if (movesColumns) moveColumns(p, toName, lastAlteration, chained, alteredAnyway);
            if (!Objects.equals(blankToNull(p.from.comment()), blankToNull(p.to.comment()))) {
                alterColumns.add(new SetTableComment(toName, p.from.comment(), p.to.comment()));
            }
            String fromOptions = blankToNull(p.from.options());
            String released = releasedReplicaIdentity(fromName, fromOptions);
            if (released != null) {
                // the REPLICA IDENTITY index goes (dropped, or dropped and made again): the identity is set back to
                // DEFAULT before it is dropped, and in the rollback set to it again once it is made again
                releaseReplicaIdentity.add(new Change.SetTableOptions(fromName, fromOptions, blankToNull(released)));
                fromOptions = blankToNull(released);
            }
            // PostgreSQL's REPLICA IDENTITY USING INDEX follows its index when the plan renames it: named as it is then
            fromOptions = renamedReplicaIdentity(toName, fromOptions, p.to.options());
            // the engine rewrote a partitioning clause naming a renamed column (MariaDB: PARTITION BY HASH (`acct`))
            fromOptions = p.renamedQuotedNames(fromOptions);
            if (!sameTableOptions(fromOptions, blankToNull(p.to.options()))) {
                Change options = new Change.SetTableOptions(toName, fromOptions, blankToNull(p.to.options()));
                // PostgreSQL's REPLICA IDENTITY USING INDEX names an index that may be made by this plan: after the
                // indexes are added (and, in the rollback, set back before they are dropped)
                if (p.to.options() != null && p.to.options().contains(" USING INDEX ")) addConstraints.add(options);
                // a typed table made plain (NOT OF) before its columns change: a typed table's columns are its type's
                else if (typedTableOf(fromOptions) != null && typedTableOf(p.to.options()) == null) {
                    releaseReplicaIdentity.add(new Change.SetTableOptions(fromName, fromOptions, blankToNull(p.to.options())));
                } else alterColumns.add(options);
            }
            if (!Objects.equals(blankToNull(p.from.collation()), blankToNull(p.to.collation()))) {
                List<Column> following = new ArrayList<>();
                List<Column> restored = new ArrayList<>();
                for (Column c : p.to.columns()) {
                    Column s = p.sourceOf.get(c.name());
                    if (s != null && followsTable(s) && followsTable(c)) following.add(s.withName(c.name()));
                    if (s != null && followsTable(s)) restored.add(s.withName(c.name()));
                }
                tableCollations.add(new Change.SetTableCollation(toName, blankToNull(p.from.collation()), blankToNull(p.to.collation()),
                        following, restored));
            }
            // identity is dropped before the table's keys (MariaDB needs AUTO_INCREMENT columns keyed)
            if (!identityDrops.isEmpty()) {
                int insertAt = firstIndexOfTable(dropConstraints, fromName);
                dropConstraints.addAll(insertAt, identityDrops);
            }

            Column keptLast = p.columnMap.isEmpty() && !p.droppedColumns.isEmpty()
                    ? p.droppedColumns.get(p.droppedColumns.size() - 1) : null;
            for (Column c : p.droppedColumns) if (c != keptLast) dropColumns.add(new DropColumn(fromName, c));
            for (Column c : p.rebuiltFrom) dropColumns.add(new DropColumn(fromName, c));
            // no column survives: the last one goes after the additions (renames come before, so by the to name)
            if (keptLast != null) lateDropColumns.add(new DropColumn(toName, keptLast));
            for (Column c : p.to.columns()) {
                if (!p.addedColumns.contains(c) && !p.rebuiltTo.contains(c)) continue;
                // a generated column comes after the type changes: PostgreSQL cannot retype a column one uses
                (c.generatedExpression() == null ? addColumns : addGeneratedColumns).add(new AddColumn(toName, c));
            }
        }

        /**
         * What stands on a column of a kept table when the plan's own drops have run, before its renames: the kept
         * keys, indexes, checks and foreign keys (from definitions) that use it, and other tables' kept foreign keys onto it.
         */
        ColumnDependents dependents(Pair p, String column) {
            PrimaryKey pk = p.keptFromPrimaryKey;
            boolean pkUses = pk != null && (pk.columns().contains(column) || pk.include().contains(column));
            List<UniqueConstraint> uniques = p.keptFromUniques.stream()
                    .filter(u -> u.columns().contains(column) || u.include().contains(column)).toList();
            List<Index> indexes = p.keptFromIndexes.stream().filter(i -> indexMentions(i, column)).toList();
            List<CheckConstraint> checks = p.keptFromChecks.stream().filter(k -> mentions(k.expression(), column)).toList();
            List<ForeignKey> foreignKeys = p.keptFromForeignKeys.stream().filter(f -> f.columns().contains(column)
                    || f.onDeleteColumns().contains(column)
                    || f.referencedKey().equals(p.from.key()) && f.referencedColumns().contains(column)).toList();
            List<AddForeignKey> referencedBy = new ArrayList<>();
            for (Pair other : sortedByFromName()) {
                if (other == p) continue;
                for (ForeignKey f : other.keptFromForeignKeys) {
                    if (f.referencedKey().equals(p.from.key()) && f.referencedColumns().contains(column)) {
                        referencedBy.add(new AddForeignKey(other.from.key(), f));
                    }
                }
            }
            return new ColumnDependents(pkUses ? pk : null, uniques, indexes, checks, foreignKeys, referencedBy);
        }

        /**
         * A move for each kept column that must move to stand in the desired order (see {@link ColumnMoves}; of equally few
         * moves, those of columns altered anyway), right after the column's last alteration: MariaDB's renderer makes the
         * two one MODIFY, one rebuild of the table instead of two.
         */
        /**
         * The table's options without their {@code REPLICA IDENTITY USING INDEX x} (PostgreSQL) when the plan drops the
         * index, unique constraint or primary key {@code x} of {@code fromName} (to make it again or not); else null.
         */
        String releasedReplicaIdentity(String fromName, String options) {
            if (options == null) return null;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*REPLICA IDENTITY USING INDEX (.+)$").matcher(options);
            if (!m.find()) return null;
            String quoted = m.group(1).strip();
            String index = quoted.startsWith("\"") && quoted.endsWith("\"") && quoted.length() > 1
                    ? quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"") : quoted;
            boolean dropped = dropConstraints.stream().anyMatch(c -> c.table().equals(fromName) && (
                    c instanceof DropIndex di && index.equals(di.index().name())
                    || c instanceof DropUnique du && index.equals(du.unique().name())
                    || c instanceof DropPrimaryKey dp && index.equals(dp.primaryKey().name())));
            return dropped ? options.substring(0, m.start()) : null;
        }

        /**
         * The table's options with their {@code REPLICA IDENTITY USING INDEX x} (PostgreSQL) naming {@code x}'s new name
         * when the plan renames that index (or the key whose index it is): PostgreSQL's identity follows the index, so it
         * is no change (and a rollback naming the old name before the index is renamed back would fail). Spelled as the
         * desired options spell it when they name the same index, else quoted.
         */
        String renamedReplicaIdentity(String toName, String options, String toOptions) {
            if (options == null) return null;
            Matcher m = REPLICA_INDEX.matcher(options);
            if (!m.find()) return options;
            String index = unquoted(m.group(1).strip());
            for (Change c : renameObjects) {
                String newName = c instanceof Change.RenameIndex r && r.table().equals(toName) && r.name().equals(index) ? r.newName()
                        : c instanceof Change.RenameConstraint r && r.table().equals(toName) && r.name().equals(index) ? r.newName() : null;
                if (newName == null) continue;
                Matcher t = toOptions == null ? null : REPLICA_INDEX.matcher(toOptions);
                String spelled = t != null && t.find() && unquoted(t.group(1).strip()).equals(newName) ? t.group(1).strip()
                        : "\"" + newName.replace("\"", "\"\"") + "\"";
                return options.substring(0, m.start(1)) + spelled;
            }
            return options;
        }

        private static final Pattern REPLICA_INDEX = Pattern.compile("REPLICA IDENTITY USING INDEX (.+)$");

        private static String unquoted(String quoted) {
            return quoted.startsWith("\"") && quoted.endsWith("\"") && quoted.length() > 1
                    ? quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"") : quoted;
        }

        void moveColumns(Pair p, String toName, Map<String, Integer> lastAlteration, Map<String, Column> chained,
                         Set<String> alteredAnyway) {
            List<String> current = new ArrayList<>();
            for (Column c : p.from.columns()) {
                String kept = p.columnMap.get(c.name());
                if (kept != null) current.add(kept);
            }
            List<String> desired = p.to.columns().stream().map(Column::name).filter(p.sourceOf::containsKey).toList();
            Set<String> moved = ColumnMoves.of(current, desired, alteredAnyway::contains);
            for (int i = desired.size() - 1; i >= 0; i--) {
                String c = desired.get(i);
                if (moved.contains(c)) alterColumns.add(lastAlteration.get(c), new Change.MoveColumn(toName, chained.get(c), null, null));
            }
        }


        /** Same kind, no smaller length, precision or scale: every old value (and default) still fits. */
        static boolean grows(ColumnType from, ColumnType to) {
            // an inline ENUM (MariaDB/MySQL, H2) grows only when it keeps every value (a removed one may be the old
            // default, which MODIFY to the new type then rejects: "Invalid default value"); a SET is spelled raw
            // signed <-> UNSIGNED (MariaDB/MySQL) is no growth either way: -1 or 200 may no longer fit a tinyint;
            // nor is one type the model does not know becoming another (inet4 -> inet6: '0.0.0.0' is no inet6 default)
            return from.kind() == to.kind() && from.unsigned() == to.unsigned() && notSmaller(to.length(), from.length())
                    && notSmaller(to.precision(), from.precision()) && notSmaller(to.scale(), from.scale())
                    && to.enumValues().containsAll(from.enumValues())
                    && (from.kind() != dev.schemactl.schema.TypeKind.OTHER || Objects.equals(from.raw(), to.raw()));
        }

        private static boolean notSmaller(Integer to, Integer from) {
            return to == null || (from != null && to >= from);
        }

        static int firstIndexOfTable(List<Change> changes, String table) {
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i).table().equals(table)) return i;
            }
            return changes.size();
        }

        /**
         * True when one identity can become the other in place (PostgreSQL ALTER ... SET GENERATED / SET options):
         * both are SQL identities, or both the same kind. Serial and identity are rebuilt (dropped, then added).
         */
        static boolean sameIdentityFamily(Identity a, Identity b) {
            boolean aStd = a.kind() == Identity.Kind.ALWAYS || a.kind() == Identity.Kind.BY_DEFAULT;
            boolean bStd = b.kind() == Identity.Kind.ALWAYS || b.kind() == Identity.Kind.BY_DEFAULT;
            return a.kind() == b.kind() || (aStd && bStd);
        }

        // ---------------------------------------------------------------- renames, sequences

        void renames() {
            // by schema (a table stays in its schema; names are taken per schema), the default schema first
            Map<String, Map<String, String>> tableRenames = new TreeMap<>();
            for (Pair p : pairs.values()) {
                if (!p.from.name().equals(p.to.name())) {
                    tableRenames.computeIfAbsent(Objects.toString(p.from.schema(), ""), k -> new TreeMap<>()).put(p.from.name(), p.to.name());
                }
            }
            tableRenames.forEach((schemaKey, renamesInSchema) -> {
                String schema = schemaKey.isEmpty() ? null : schemaKey;
                Set<String> tableNames = new TreeSet<>();
                for (Table t : from.tables()) if (Objects.equals(t.schema(), schema)) tableNames.add(t.name());
                for (Table t : to.tables()) if (Objects.equals(t.schema(), schema)) tableNames.add(t.name());
                for (String[] r : orderRenames(renamesInSchema, tableNames)) {
                    Table renamed = fromByName.get(TableName.key(schema, r[0])) != null ? fromByName.get(TableName.key(schema, r[0]))
                            : fromByName.get(TableName.key(schema, r[2]));
                    // a sequence of its own name stays as it is (PostgreSQL's own name follows the table)
                    List<String> sequenceColumns = renamed == null ? List.of()
                            : renamed.columns().stream().filter(c -> c.isIdentity() && c.identity().sequenceName() == null).map(Column::name).toList();
                    renameSteps.add(new RenameTable(TableName.key(schema, r[0]), r[1], sequenceColumns, schema));
                }
            });
            for (Pair p : pairs.values()) {
                Map<String, String> colRenames = new TreeMap<>();
                p.columnMap.forEach((o, n) -> {
                    if (!o.equals(n)) colRenames.put(o, n);
                });
                if (colRenames.isEmpty()) continue;
                Set<String> columnNames = new TreeSet<>();
                p.from.columns().forEach(c -> columnNames.add(c.name()));
                p.to.columns().forEach(c -> columnNames.add(c.name()));
                for (String[] r : orderRenames(colRenames, columnNames)) {
                    Column column = p.from.column(r[0]).orElseGet(() -> p.from.column(r[2]).orElseThrow().withName(r[0]));
                    renameSteps.add(new RenameColumn(p.to.key(), column, r[1]));
                }
            }
        }

        /**
         * Enum types by (schema, name): new ones are created, dropped ones dropped at the end (after the columns that used
         * them); values appended or inserted keeping the old order are added in place; removed or reordered values
         * rebuild the type, converting the columns of the target schema that use it.
         */
        void enumTypes() {
            Map<String, EnumType> fromTypes = new TreeMap<>();
            for (EnumType e : from.enumTypes()) fromTypes.put(key(e.schema(), e.name()), e);
            Map<String, EnumType> toTypes = new TreeMap<>();
            for (EnumType e : to.enumTypes()) toTypes.put(key(e.schema(), e.name()), e);
            toTypes.forEach((name, e) -> {
                EnumType before = fromTypes.get(name);
                if (before == null) {
                    createEnumTypes.add(new CreateEnumType(e));
                } else if (!before.values().equals(e.values())) {
                    boolean keepsOrder = e.values().stream().filter(before.values()::contains).toList().equals(before.values());
                    // PostgreSQL cannot use a value added by ADD VALUE before the transaction commits: when the target
                    // schema's expressions name a new value (an array literal '{ok,happy}' too), the type is rebuilt instead
                    boolean usesNewValue = e.values().stream().filter(v -> !before.values().contains(v))
                            .anyMatch(this::mentionedInTarget);
                    if (keepsOrder && !usesNewValue) createEnumTypes.add(new Change.AddEnumValues(before, e, enumUsages(e)));
                    else {
                        refuseRebuildUnderDomains(before, e);
                        createEnumTypes.add(new ReplaceEnumType(before, e, movingDefaultsOff(enumUsages(e)), valueRenames(before, e)));
                    }
                }
                if (before != null && !Objects.equals(blankToNull(before.comment()), blankToNull(e.comment()))) {
                    createEnumTypes.add(new Change.SetEnumTypeComment(e, before.comment(), e.comment()));
                }
            });
            fromTypes.forEach((name, e) -> {
                if (!toTypes.containsKey(name)) dropEnumTypes.add(new DropEnumType(e));
            });
        }

        /**
         * A rebuild (rename the type, create the new one, convert the columns, drop the old) cannot move what else is
         * of the old type: ALTER DOMAIN has no TYPE, a composite type's attribute and a routine's signature stay on the old
         * one, so DROP TYPE of the old one failed ("other objects depend on it").
         */
        void refuseRebuildUnderDomains(EnumType before, EnumType after) {
            List<String> users = new ArrayList<>();
            from.domains().stream().filter(d -> namesType(elementType(d.baseType()), before))
                    .forEach(d -> users.add("domain " + qualified(d.schema(), d.name())));
            from.compositeTypes().stream().filter(c -> c.attributes().stream().anyMatch(a -> namesType(elementType(a.type()), before)))
                    .forEach(c -> users.add("composite type " + qualified(c.schema(), c.name())));
            Pattern named = Pattern.compile("(?<![\\w$\"])\"?" + Pattern.quote(before.name()) + "\"?(?![\\w$\"])");
            for (UnmanagedObject o : from.unmanaged()) {
                if (!Set.of("function", "procedure", "aggregate").contains(o.kind())) continue;
                String definition = o.definition() == null ? "" : o.definition();
                int language = definition.indexOf("\n LANGUAGE ");
                String signature = o.name() + "\n" + (language < 0 ? definition : definition.substring(0, language));
                if (named.matcher(signature).find()) users.add(o.kind() + " " + qualified(o.schema(), o.name()));
            }
            // the conversion is an ALTER COLUMN ... TYPE, which PostgreSQL refuses under a generated column using the column
            for (Pair p : pairs.values()) {
                for (Column c : p.from.columns()) {
                    if (c.type().kind() != dev.schemactl.schema.TypeKind.OTHER || !namesType(elementType(c.type().raw()), before)) continue;
                    p.from.columns().stream().filter(g -> g.generatedExpression() != null && !g.name().equals(c.name())
                                    && mentions(g.generatedExpression(), c.name()))
                            .forEach(g -> users.add("generated column " + p.from.key() + "." + g.name() + " (over " + c.name() + ")"));
                }
            }
            if (users.isEmpty()) return;
            throw new SchemactlException(ErrorCode.PLAN_REFUSED, "cannot rebuild enum type " + after.name() + " (values removed, "
                    + "reordered or used in the same migration): " + String.join(", ", users) + (users.size() == 1 ? " depends" : " depend")
                    + " on it, and a rebuild cannot move " + (users.size() == 1 ? "it" : "them") + " to the new type",
                    "write that change by hand in a migration (`schemactl new --empty`): drop or convert those objects, "
                    + "rebuild the type, create them again; apply it, then generate this one again");
        }

        /** {@code mood} of {@code mood[]} (a domain or attribute over an array of the type holds it as well). */
        private static String elementType(String type) {
            return type == null ? "" : type.replaceAll("(\\[\\])+$", "");
        }

        private static String qualified(String schema, String name) {
            return schema == null || schema.equals("public") ? name : schema + "." + name;
        }

        /**
         * A rebuild sets a column's default again after the conversion; the rollback's rebuild does the same. A default
         * that the plan changes may name a value only one of the two types has ('new' renamed 'pending'), so neither
         * side may set it around the rebuild: it is dropped before (a step of its own, whose rollback sets the old one
         * on the old type again) and the plan's own default step sets the new one after, from no default.
         */
        List<Change.EnumUsage> movingDefaultsOff(List<Change.EnumUsage> usages) {
            List<Change.EnumUsage> out = new ArrayList<>();
            for (Change.EnumUsage u : usages) {
                Pair p = pairs.values().stream().filter(x -> x.to.key().equals(u.table())).findFirst().orElse(null);
                Column target = p == null ? null : p.to.columns().stream().filter(c -> c.name().equals(u.column())).findFirst().orElse(null);
                if (u.defaultExpression() == null || target == null || sameDefault(u.defaultExpression(), target.defaultExpression())) {
                    out.add(u);
                    continue;
                }
                Column source = p.sourceOf.get(u.column()).withName(u.column());
                Column bare = source.withDefault(null);
                enumDefaultDrops.add(new SetDefault(u.table(), source, bare));
                alterColumns.replaceAll(c -> c instanceof SetDefault d && d.table().equals(u.table()) && d.after().name().equals(u.column())
                        ? new SetDefault(d.table(), d.before().withDefault(null), d.after()) : c);
                alterColumns.removeIf(c -> c instanceof SetDefault d && d.table().equals(u.table()) && d.after().name().equals(u.column())
                        && d.after().defaultExpression() == null && Expressions.same(d.before().onUpdate(), d.after().onUpdate()));
                out.add(new Change.EnumUsage(u.table(), u.column(), null, u.array(), u.indexes(), u.checks()));
            }
            return out;
        }

        /** The hinted value renames of an enum type ({@code --rename type.old=new}): old must go, new must come. */
        Map<String, String> valueRenames(EnumType before, EnumType after) {
            Map<String, String> hinted = renames.columns().get(enumRenameKey(after));
            if (hinted == null) return Map.of();
            hinted.forEach((o, n) -> {
                if (!before.values().contains(o) || after.values().contains(o)) {
                    throw usage("cannot rename value " + o + " of enum type " + after.name() + ": the current type has no such value, or the target still has it");
                }
                if (!after.values().contains(n) || before.values().contains(n)) {
                    throw usage("cannot rename value " + o + " of enum type " + after.name() + " to " + n + ": the target type has no such new value");
                }
            });
            return hinted;
        }

        static String enumRenameKey(EnumType e) {
            return TableName.key(e.schema(), e.name());
        }

        /** Columns that exist before the plan (under their new names, as the step runs after the renames) of the type. */
        List<Change.EnumUsage> enumUsages(EnumType type) {
            List<Change.EnumUsage> out = new ArrayList<>();
            for (Pair p : pairs.values()) {
                for (Column c : p.to.columns()) {
                    Column s = p.sourceOf.get(c.name());
                    if (s == null || s.type().kind() != dev.schemactl.schema.TypeKind.OTHER || s.type().raw() == null) continue;
                    String raw = s.type().raw();
                    boolean array = raw.endsWith("[]");
                    if (!namesType(array ? raw.substring(0, raw.length() - 2) : raw, type)) continue;
                    List<Index> indexes = p.keptIndexes.stream().filter(i -> indexMentions(i, c.name())).toList();
                    List<CheckConstraint> checks = p.keptChecks.stream().filter(k -> mentions(k.expression(), c.name())).toList();
                    out.add(new Change.EnumUsage(p.to.key(), c.name(), s.defaultExpression(), array, indexes, checks));
                }
            }
            return out;
        }

        /**
         * A kept FULLTEXT index over two or more columns, one of which changes collation or charset (its own, or its
         * table's that it follows), is dropped and created again: MariaDB wants one charset across a FULLTEXT index's
         * columns, and the columns change one statement at a time ("Column 'body' cannot be part of FULLTEXT index",
         * pair 781).
         */
        static Matched<Index, Index> rebuildingRecollatedFulltext(Pair p, Matched<Index, Index> m) {
            boolean tableChanges = !Objects.equals(blankToNull(p.from.collation()), blankToNull(p.to.collation()));
            Set<String> recollated = new TreeSet<>();
            for (Column c : p.to.columns()) {
                Column s = p.sourceOf.get(c.name());
                if (s == null) continue;
                if (!Objects.equals(s.collation(), c.collation()) || !Objects.equals(s.charset(), c.charset())
                        || (tableChanges && followsTable(s) && followsTable(c) && isCharacter(c.type()))) recollated.add(c.name());
            }
            if (recollated.isEmpty()) return m;
            List<Index> onlyFrom = new ArrayList<>(m.onlyFrom());
            List<Index> onlyTo = new ArrayList<>(m.onlyTo());
            List<Index> bothFrom = new ArrayList<>();
            List<Index> bothTo = new ArrayList<>();
            for (int i = 0; i < m.bothTo().size(); i++) {
                Index from = m.bothFrom().get(i);
                Index to = m.bothTo().get(i);
                boolean rebuilt = "fulltext".equalsIgnoreCase(to.method()) && to.columns().size() > 1
                        && recollated.stream().anyMatch(c -> indexMentions(to, c));
                (rebuilt ? onlyFrom : bothFrom).add(from);
                (rebuilt ? onlyTo : bothTo).add(to);
            }
            return new Matched<>(onlyFrom, onlyTo, bothFrom, bothTo);
        }

        /**
         * A kept index with statistics targets over a column whose type changes is dropped and created again: PostgreSQL
         * rebuilds it for the new type without its targets, and the rollback's rebuild would lose the old ones.
         */
        static Matched<Index, Index> rebuildingRetypedStatistics(Pair p, Matched<Index, Index> m) {
            if (p.altered.isEmpty()) return m;
            List<Index> onlyFrom = new ArrayList<>(m.onlyFrom());
            List<Index> onlyTo = new ArrayList<>(m.onlyTo());
            List<Index> bothFrom = new ArrayList<>();
            List<Index> bothTo = new ArrayList<>();
            for (int i = 0; i < m.bothTo().size(); i++) {
                Index from = m.bothFrom().get(i);
                Index to = m.bothTo().get(i);
                boolean targets = from.keyStatistics().stream().anyMatch(Objects::nonNull) || to.keyStatistics().stream().anyMatch(Objects::nonNull);
                boolean retyped = p.altered.stream().sorted().anyMatch(c -> indexMentions(to, c));
                (targets && retyped ? onlyFrom : bothFrom).add(from);
                (targets && retyped ? onlyTo : bothTo).add(to);
            }
            return new Matched<>(onlyFrom, onlyTo, bothFrom, bothTo);
        }

        /**
         * The tables (their names after the plan's renames) with a column that exists before the plan and stays, whose
         * type (or element type) is spelled {@code matches}; each table once, in name order.
         */
        List<String> tablesUsing(java.util.function.Predicate<String> matches) {
            List<String> out = new ArrayList<>();
            for (Pair p : pairs.values()) {
                for (Column c : p.to.columns()) {
                    Column s = p.sourceOf.get(c.name());
                    if (s == null || s.type().kind() != dev.schemactl.schema.TypeKind.OTHER || s.type().raw() == null) continue;
                    String raw = s.type().raw();
                    if (matches.test(raw.endsWith("[]") ? raw.substring(0, raw.indexOf('[')) : raw)) {
                        out.add(p.to.key());
                        break;
                    }
                }
            }
            return out;
        }

        /** The columns ({@code table.column}, after renames) that exist before the plan and stay, of an array of a type spelled {@code matches}. */
        List<String> arraysUsing(java.util.function.Predicate<String> matches) {
            List<String> out = new ArrayList<>();
            for (Pair p : pairs.values()) {
                for (Column c : p.to.columns()) {
                    Column s = p.sourceOf.get(c.name());
                    if (s == null || s.type().kind() != dev.schemactl.schema.TypeKind.OTHER || s.type().raw() == null) continue;
                    String raw = s.type().raw();
                    if (raw.endsWith("[]") && matches.test(raw.substring(0, raw.indexOf('[')))) out.add(p.to.key() + "." + c.name());
                }
            }
            return out;
        }

        static boolean indexMentions(Index index, String column) {
            if (index.include().contains(column) || mentions(index.predicate(), column)) return true;
            return index.columns().stream().anyMatch(k -> column.equals(k.name()) || mentions(k.expression(), column));
        }

        /** True when the expression names the column, quoted ({@code "Mood"}) or, for a lower-case name, bare. */
        static boolean mentions(String expression, String column) {
            if (expression == null) return false;
            if (expression.contains("\"" + column.replace("\"", "\"\"") + "\"")) return true;
            return IDENTIFIER.matcher(column).matches() && mentionsAny(expression, Set.of(column));
        }

        /**
         * True when a default, generated expression, check, index predicate or expression, or domain default or check of
         * the target schema names {@code value} (alone or in an array literal): each fails right after ADD VALUE.
         */
        boolean mentionedInTarget(String value) {
            for (Table t : to.tables()) {
                for (Column c : t.columns()) {
                    if (EnumValueMentions.in(c.defaultExpression(), value) || EnumValueMentions.in(c.generatedExpression(), value)) return true;
                }
                for (CheckConstraint c : t.checks()) {
                    if (EnumValueMentions.in(c.expression(), value)) return true;
                }
                for (Index i : t.indexes()) {
                    if (EnumValueMentions.in(i.predicate(), value)) return true;
                    for (IndexColumn ic : i.columns()) {
                        if (EnumValueMentions.in(ic.expression(), value)) return true;
                    }
                }
            }
            for (dev.schemactl.schema.Domain d : to.domains()) {
                if (EnumValueMentions.in(d.defaultExpression(), value)) return true;
                for (dev.schemactl.schema.DomainCheck c : d.checks()) {
                    if (EnumValueMentions.in(c.definition(), value)) return true;
                }
            }
            return false;
        }

        /**
         * The key of a schema object (enum type, sequence) matched by (schema, name): a same-named one in another
         * managed schema is another object. The default schema's (null) sort first.
         */
        static String key(String schema, String name) {
            return (schema == null ? "" : schema) + "\u0000" + name;
        }

        /** True when a column type's spelling ({@code state}, {@code "State"}, {@code billing.state}) names that enum type. */
        static boolean namesType(String spelling, EnumType type) {
            int dot = SpelledNames.lastDotOutsideQuotes(spelling);
            String schema = dot < 0 ? null : unquote(spelling.substring(0, dot));
            return Objects.equals(schema, type.schema()) && unquote(spelling.substring(dot + 1)).equals(type.name());
        }

        static String unquote(String name) {
            return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                    ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
        }

        /**
         * Orders renames so no step targets a name still in use (a→b after b→c). A cycle (a swap a↔b, or
         * a→b→c→a) is broken through a temporary name: the first of its names moves aside to
         * {@link #TEMPORARY_PREFIX}{@code <name>} (made unique against {@code taken}), the others follow, and the
         * temporary name takes the last free target. Each step is {old, new, original name of old}.
         */
        static List<String[]> orderRenames(Map<String, String> renames, Set<String> taken) {
            if (renames.isEmpty()) return List.of();
            Map<String, String> pending = new TreeMap<>(renames);
            Map<String, String> original = new TreeMap<>();
            renames.keySet().forEach(k -> original.put(k, k));
            Set<String> used = new TreeSet<>(taken);
            List<String[]> out = new ArrayList<>();
            while (!pending.isEmpty()) {
                String next = null;
                for (Map.Entry<String, String> e : pending.entrySet()) {
                    if (!pending.containsKey(e.getValue())) {
                        next = e.getKey();
                        break;
                    }
                }
                if (next == null) {
                    String aside = pending.keySet().iterator().next();
                    String temporary = temporaryName(aside, used);
                    used.add(temporary);
                    out.add(new String[]{aside, temporary, original.get(aside)});
                    original.put(temporary, original.remove(aside));
                    pending.put(temporary, pending.remove(aside));
                    continue;
                }
                out.add(new String[]{next, pending.remove(next), original.get(next)});
            }
            return out;
        }

        private static String temporaryName(String name, Set<String> used) {
            String base = TEMPORARY_PREFIX + name;
            if (base.length() > 50) base = base.substring(0, 50);
            String candidate = base;
            for (int i = 2; used.contains(candidate); i++) candidate = base + "_" + i;
            return candidate;
        }

        /**
         * The sequence of serial column {@code s} as a sequence of the schema, when the target makes the column a plain one
         * fed by a sequence of the schema that has the serial's sequence's name (pair 1054: an UNLOGGED table whose id
         * sequence stays logged is no serial): the sequence is kept, and so is its position; only its options and owner
         * change. Null otherwise (the serial's sequence is dropped with it). PostgreSQL's: only serials have this shape.
         */
        Sequence keptSerialSequence(Pair p, Column s, Column c) {
            if (s.identity().kind() != Identity.Kind.SERIAL || c.defaultExpression() == null) return null;
            if (!p.from.name().equals(p.to.name()) || !s.name().equals(c.name())) return null;
            String name = Identity.serialSequenceName(p.from.name(), s.name());
            String k = key(p.to.schema(), name);
            Sequence target = null;
            for (Sequence q : to.sequences()) if (key(q.schema(), q.name()).equals(k)) target = q;
            for (Sequence q : from.sequences()) if (key(q.schema(), q.name()).equals(k)) return null;
            if (target == null || !c.defaultExpression().contains(name)) return null;
            Identity id = s.identity();
            long increment = id.increment() == null ? 1 : id.increment();
            long start = id.start() != null ? id.start() : increment > 0 ? (id.minValue() == null ? 1 : id.minValue())
                    : (id.maxValue() == null ? -1 : id.maxValue());
            // a serial's sequence is of its column's type (the model leaves out bigint, the default)
            String dataType = switch (s.type().kind()) {
                case SMALLINT -> "smallint";
                case INTEGER -> "integer";
                default -> null;
            };
            return new Sequence(target.schema(), name, start, increment, id.minValue(), id.maxValue(), id.cache(), id.cycle(),
                    dataType, new SequenceOwner(p.from.name(), s.name()), null, unlogged(p.from.options()));
        }

        void sequences() {
            Map<String, Sequence> fromSeq = new TreeMap<>();
            for (Sequence s : from.sequences()) fromSeq.put(key(s.schema(), s.name()), s);
            Map<String, Sequence> toSeq = new TreeMap<>();
            for (Sequence s : to.sequences()) toSeq.put(key(s.schema(), s.name()), s);
            toSeq.forEach((name, s) -> {
                Sequence before = fromSeq.getOrDefault(name, keptSerialSequences.get(name));
                if (before == null) createSequences.add(new CreateSequence(s.withOwner(null)));
                else if (!before.sameOptions(s)) createSequences.add(new AlterSequence(before.withOwner(null), s.withOwner(null)));
                if (before != null && !Objects.equals(blankToNull(before.comment()), blankToNull(s.comment()))) {
                    createSequences.add(new Change.SetSequenceComment(s.withOwner(null), before.comment(), s.comment()));
                }
                sequenceOwner(before, s);
            });
            fromSeq.forEach((name, s) -> {
                if (!toSeq.containsKey(name)) {
                    sequenceOwner(s, null);
                    // a column made serial gets a sequence of its own, often of this one's name: this one goes first
                    (ownerBecomesSerial(s) ? dropSequencesBeforeIdentity : dropSequences).add(new DropSequence(s.withOwner(null)));
                }
            });
        }

        /**
         * OWNED BY of a sequence kept, created or dropped ({@code to} null). An owner that changes is cleared first, under
         * the names before the renames (before the plan drops its column or table, which would drop the sequence with
         * it), and the new one set once the plan has made its column, under the names after the renames.
         */
        void sequenceOwner(Sequence from, Sequence to) {
            SequenceOwner before = from == null ? null : from.owner();
            SequenceOwner after = to == null ? null : to.owner();
            SequenceOwner kept = ownerAfterRenames(from == null ? null : from.schema(), before);
            if (Objects.equals(kept, after) && (before == null) == (kept == null) && !ownerFlipsPersistence(from, before)) return;
            // cleared first, also when the column stays: SET UNLOGGED/LOGGED of the table takes the sequences it owns along
            if (before != null) clearSequenceOwners.add(new Change.SetSequenceOwner(from.withOwner(null), before, null));
            if (after != null) setSequenceOwners.add(new Change.SetSequenceOwner(to.withOwner(null), null, after));
        }

        /** True when the plan changes the persistence (PostgreSQL UNLOGGED) of the table owning {@code sequence} by {@code owner}. */
        boolean ownerFlipsPersistence(Sequence sequence, SequenceOwner owner) {
            if (owner == null) return false;
            Pair p = pairOfFromName(TableName.key(sequence.schema(), owner.table()));
            return p != null && unlogged(p.from.options()) != unlogged(p.to.options());
        }

        /** PostgreSQL's options begin with UNLOGGED for an unlogged table (no other engine's do). */
        private static boolean unlogged(String options) {
            return options != null && (options.equals("UNLOGGED") || options.startsWith("UNLOGGED "));
        }

        /** True when the plan makes the column owning {@code sequence} a serial one (which makes a sequence of its own). */
        boolean ownerBecomesSerial(Sequence sequence) {
            SequenceOwner owner = ownerAfterRenames(sequence.schema(), sequence.owner());
            if (owner == null) return false;
            Table table = toByName.get(TableName.key(sequence.schema(), owner.table()));
            Column column = table == null ? null : table.column(owner.column()).orElse(null);
            return column != null && column.isIdentity() && column.identity().kind() == Identity.Kind.SERIAL;
        }

        /** The owner under its names after the plan's renames; null when the plan drops its column or table. */
        SequenceOwner ownerAfterRenames(String schema, SequenceOwner owner) {
            if (owner == null) return null;
            Pair p = pairOfFromName(TableName.key(schema, owner.table())); // a sequence is in its owner's schema
            if (p == null) return null;
            String column = p.columnMap.get(owner.column());
            return column == null ? null : new SequenceOwner(p.to.name(), column);
        }

        /** Referenced tables before the tables referencing them; cycles broken by name order. */
        static List<Table> dependencyOrder(List<Table> tables) {
            Map<String, Table> byName = new TreeMap<>();
            for (Table t : tables) byName.put(t.key(), t);
            Map<String, Set<String>> needs = new TreeMap<>();
            for (Table t : byName.values()) {
                Set<String> deps = new TreeSet<>();
                for (ForeignKey f : t.foreignKeys()) {
                    if (byName.containsKey(f.referencedKey()) && !f.referencedKey().equals(t.key())) deps.add(f.referencedKey());
                }
                needs.put(t.key(), deps);
            }
            List<Table> out = new ArrayList<>();
            Set<String> done = new HashSet<>();
            while (out.size() < byName.size()) {
                String pick = null;
                for (Map.Entry<String, Set<String>> e : needs.entrySet()) {
                    if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                        pick = e.getKey();
                        break;
                    }
                }
                if (pick == null) { // a cycle: take the first remaining table by name
                    for (String name : needs.keySet()) {
                        if (!done.contains(name)) {
                            pick = name;
                            break;
                        }
                    }
                }
                done.add(pick);
                out.add(byName.get(pick));
            }
            return out;
        }
    }

    // -------------------------------------------------------------------- helpers

    private record Matched<A, B>(List<A> onlyFrom, List<B> onlyTo, List<A> bothFrom, List<B> bothTo) {
    }

    /** Pairs items with equal keys, first come first served in list order (lists are pre-sorted). */
    private static <A, B, K> Matched<A, B> match(List<A> fromItems, Function<A, K> fromKey, List<B> toItems, Function<B, K> toKey) {
        Map<K, List<Integer>> available = new LinkedHashMap<>();
        for (int i = 0; i < fromItems.size(); i++) {
            available.computeIfAbsent(fromKey.apply(fromItems.get(i)), k -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[fromItems.size()];
        List<B> onlyTo = new ArrayList<>();
        List<A> bothFrom = new ArrayList<>();
        List<B> bothTo = new ArrayList<>();
        for (B b : toItems) {
            List<Integer> candidates = available.get(toKey.apply(b));
            if (candidates == null || candidates.isEmpty()) {
                onlyTo.add(b);
            } else {
                int i = candidates.remove(0);
                used[i] = true;
                bothFrom.add(fromItems.get(i));
                bothTo.add(b);
            }
        }
        List<A> onlyFrom = new ArrayList<>();
        for (int i = 0; i < fromItems.size(); i++) if (!used[i]) onlyFrom.add(fromItems.get(i));
        return new Matched<>(onlyFrom, onlyTo, bothFrom, bothTo);
    }

    /** A sorted copy; each key is computed once (lists of 0 or 1 items need none). Stable, like List.sort. */
    /** The parents list of a child table's definition (unmanaged object {@code child table}): {@code ) INHERITS (a, b)}. */
    private static final java.util.regex.Pattern INHERITS = java.util.regex.Pattern.compile("\\) INHERITS \\(([^()]*)\\)");

    /**
     * Refuses, typed, what the plan cannot say about inheritance (PostgreSQL INHERITS): a child table both sides have whose
     * parents differ (ALTER TABLE ... INHERIT / NO INHERIT), and a table that is a child on one side and a plain table on
     * the other. Never a silent "no changes", never a CREATE TABLE of a table that exists.
     */
    private static void refuseInheritanceChanges(Schema from, Schema to) {
        List<String> refused = new ArrayList<>();
        for (Table child : to.children()) {
            String before = parents(from, child);
            String after = parents(to, child);
            if (from.table(child.schema(), child.name()).isPresent()) {
                refused.add("table " + child.key() + " becomes a child table (INHERITS (" + after + "))");
            } else if (before != null && after != null && !before.equals(after)) {
                refused.add("child table " + child.key() + " changes its parents (INHERITS (" + before + ") to INHERITS (" + after + "))");
            } else if (before != null && !overrides(from, child).equals(overrides(to, child))) {
                // a default or NOT NULL of its own on an inherited column (ALTER TABLE ONLY child ALTER COLUMN ...)
                refused.add("child table " + child.key() + " changes a default or NOT NULL of an inherited column ("
                        + String.join("; ", overrides(to, child).isEmpty() ? overrides(from, child) : overrides(to, child)) + ")");
            }
        }
        for (Table child : from.children()) {
            if (to.table(child.schema(), child.name()).isPresent()) {
                refused.add("child table " + child.key() + " stops inheriting (NO INHERIT " + parents(from, child) + ")");
            }
        }
        if (refused.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", refused)
                + ", which schemactl does not plan", "write ALTER TABLE ... INHERIT / NO INHERIT in a migration by hand "
                + "(`schemactl new --empty`), apply it, then generate this one again");
    }

    /**
     * Refuses, typed, what PostgreSQL cannot do to a partitioned table's key, which the model does not carry: another
     * PARTITION BY (a table cannot be repartitioned in place; never a silent "no changes"), and a plan that retypes or
     * drops a column of the key, or rebuilds an enum type such a column has (an enum's rollback is a rebuild), which
     * PostgreSQL refuses ("cannot alter column ... because it is part of the partition key").
     */
    private static void refusePartitionKeyChanges(Schema from, Schema to, List<Change> changes) {
        Map<String, String> before = partitionKeys(from);
        Map<String, String> after = partitionKeys(to);
        if (before.isEmpty() && after.isEmpty()) return;
        List<String> refused = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        for (Change c : changes) if (c instanceof Change.RenameTable r) renamed.put(r.table(), r.newKey());
        for (Table t : from.tables()) {
            String toKey = renamed.getOrDefault(t.key(), t.key());
            if (to.table(toKey).isEmpty()) continue;
            String was = before.get(t.key());
            String will = after.get(toKey);
            // a desired state that lists no unmanaged object (entities) says nothing of PARTITION BY
            if (Objects.equals(was, will) || (will == null && to.unmanaged().isEmpty())) continue;
            refused.add("table " + t.key() + " is " + (was == null ? "not partitioned" : was) + " and would be "
                    + (will == null ? "not partitioned" : will));
        }
        for (Change c : changes) {
            List<String[]> columns = new ArrayList<>(); // table key, column
            if (c instanceof Change.AlterColumnType t) columns.add(new String[]{t.table(), t.before().name()});
            else if (c instanceof Change.DropColumn d) columns.add(new String[]{d.table(), d.column().name()});
            else if (c instanceof Change.AddEnumValues a) a.usages().forEach(u -> columns.add(new String[]{u.table(), u.column()}));
            else if (c instanceof Change.ReplaceEnumType r) r.usages().forEach(u -> columns.add(new String[]{u.table(), u.column()}));
            for (String[] tc : columns) {
                String key = before.get(tc[0]);
                if (key != null && namesColumn(key, tc[1])) {
                    refused.add(c.describe() + " would alter column " + tc[0] + "." + tc[1] + " of its " + key);
                }
            }
        }
        if (refused.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", refused)
                + ", which PostgreSQL cannot change in place (schemactl does not manage partitioning)", "make a new partitioned "
                + "table and move the rows in a migration written by hand (`schemactl new --empty`), apply it, then generate "
                + "this one again");
    }

    /** Table key -> its {@code PARTITION BY ...} (unmanaged objects of kind partitioning). */
    private static Map<String, String> partitionKeys(Schema schema) {
        Map<String, String> keys = new HashMap<>();
        for (UnmanagedObject o : schema.unmanaged()) {
            if (o.kind().equals("partitioning") && o.table() != null && o.definition() != null) {
                keys.put(TableName.key(o.schema(), o.table()), o.definition());
            }
        }
        return keys;
    }

    /** Whether a partition key ({@code PARTITION BY RANGE (a, lower(b))}) names that column, bare or quoted. */
    private static boolean namesColumn(String partitionKey, String column) {
        String quoted = "\"" + column.replace("\"", "\"\"") + "\"";
        if (partitionKey.contains(quoted)) return true;
        return java.util.regex.Pattern.compile("(?<![\\w\"$])" + java.util.regex.Pattern.quote(column) + "(?![\\w\"$])")
                .matcher(partitionKey.substring(Math.max(0, partitionKey.indexOf('(')))).find();
    }

    /**
     * The CLUSTER ON marks (unmanaged objects of kind cluster) of the tables both sides have: where the plan leaves a table
     * with another mark than the desired one (it drops or rebuilds the clustered index, or the desired side marks another
     * index or none), the mark is set at the end of the plan, its rollback clearing it; and the live mark, if any, is set
     * again at the start (a no-op) so that the rollback, ending there, puts it back once its index is back.
     */
    private static List<Change> clusterChanges(Schema from, Schema to, List<Change> changes) {
        Map<String, String> before = clusterMarks(from);
        Map<String, String> after = clusterMarks(to);
        if (before.isEmpty() && after.isEmpty()) return List.of();
        Map<String, String> tableKeys = new HashMap<>(); // live key -> desired key
        for (Change c : changes) if (c instanceof Change.RenameTable r) tableKeys.put(r.table(), r.newKey());
        List<Change> out = new ArrayList<>();
        List<Change> starts = new ArrayList<>();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String fromKey : tables) {
            String toKey = tableKeys.getOrDefault(fromKey, fromKey);
            if (from.table(fromKey).isPresent() && to.table(toKey).isEmpty() && before.containsKey(fromKey)
                    && changes.stream().anyMatch(c -> c instanceof Change.DropTable d && d.table().equals(fromKey))) {
                // a dropped table's mark goes with it: set again first, the rollback puts it back on the recreated table
                starts.add(new Change.SetClusterIndex(fromKey, before.get(fromKey), before.get(fromKey)));
                continue;
            }
            if (from.table(fromKey).isEmpty() || to.table(toKey).isEmpty()) continue;
            if (!before.containsKey(fromKey) && tableKeys.containsValue(fromKey)) continue; // a renamed table's new name
            String live = before.get(fromKey);
            String expected = live;
            for (Change c : changes) {
                if (expected == null) break;
                if (!c.table().equals(fromKey) && !c.table().equals(toKey)) continue;
                if (c instanceof Change.RenameIndex r && r.name().equals(expected)) expected = r.newName();
                else if (c instanceof Change.RenameConstraint r && r.name().equals(expected)) expected = r.newName();
                else if (c instanceof Change.DropIndex d && expected.equals(d.index().name())) expected = null;
                else if (c instanceof Change.DropUnique d && expected.equals(d.unique().name())) expected = null;
                else if (c instanceof Change.DropPrimaryKey d && expected.equals(d.primaryKey().name())) expected = null;
            }
            String wanted = after.get(toKey);
            if (Objects.equals(expected, wanted)) continue;
            // a desired state that lists no unmanaged object (entities) says nothing of CLUSTER ON: a kept mark stays
            if (wanted == null && expected != null && to.unmanaged().isEmpty()) continue;
            if (live != null) starts.add(new Change.SetClusterIndex(fromKey, live, live));
            out.add(new Change.SetClusterIndex(toKey, wanted, null));
        }
        starts.addAll(out);
        return starts;
    }

    /** Table key -> the index it is clustered on. */
    private static Map<String, String> clusterMarks(Schema schema) {
        Map<String, String> marks = new HashMap<>();
        for (UnmanagedObject o : schema.unmanaged()) {
            if (!o.kind().equals("cluster") || o.table() == null || o.definition() == null) continue;
            java.util.regex.Matcher m = CLUSTER_ON.matcher(o.definition());
            if (m.find()) marks.put(TableName.key(o.schema(), o.table()), unquoteIdentifier(m.group(1)));
        }
        return marks;
    }

    /** The index of {@code ALTER TABLE s.t CLUSTER ON idx} as format('%I') writes it. */
    private static final java.util.regex.Pattern CLUSTER_ON = java.util.regex.Pattern.compile(" CLUSTER ON (\"(?:[^\"]|\"\")*\"|\\S+)$");

    private static String unquoteIdentifier(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /**
     * Refuses, typed, what the plan cannot say about partitions (PostgreSQL PARTITION OF), which the model does not carry:
     * a partition the desired side adds to a parent both sides have (never a silent "no changes"), one it lacks while it
     * lists partitions (a source that knows none, as entities, asks for nothing), and a table that is a partition on one
     * side and a plain table on the other (never a CREATE TABLE of a table that exists).
     */
    private static void refusePartitionChanges(Schema from, Schema to) {
        List<UnmanagedObject> before = partitions(from);
        List<UnmanagedObject> after = partitions(to);
        List<String> refused = new ArrayList<>();
        for (UnmanagedObject p : after) {
            String key = TableName.key(p.schema(), p.name());
            if (from.table(p.schema(), p.name()).isPresent()) {
                refused.add("table " + key + " becomes a partition of " + p.table() + " (ATTACH PARTITION)");
            } else if (before.stream().noneMatch(o -> sameTable(o, p)) && (hasTable(from, p.table())
                    || before.stream().anyMatch(o -> o.name().equals(p.table())))) { // a sub-partition's parent is a partition
                refused.add("partition " + key + " of " + p.table() + " is added (" + p.definition().lines().findFirst().orElse("") + ")");
            }
        }
        for (UnmanagedObject p : before) {
            String key = TableName.key(p.schema(), p.name());
            if (to.table(p.schema(), p.name()).isPresent()) {
                refused.add("partition " + key + " of " + p.table() + " becomes a plain table (DETACH PARTITION)");
            } else if (!after.isEmpty() && after.stream().noneMatch(o -> sameTable(o, p)) && (hasTable(to, p.table())
                    || after.stream().anyMatch(o -> o.name().equals(p.table())))) {
                refused.add("partition " + key + " of " + p.table() + " is dropped");
            }
        }
        if (refused.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", refused)
                + ", which schemactl does not plan (it does not manage partitions)", "write CREATE TABLE ... PARTITION OF, "
                + "ATTACH / DETACH PARTITION or DROP TABLE in a migration by hand (`schemactl new --empty`), apply it, then "
                + "generate this one again");
    }

    /**
     * Refuses, typed, a plan that drops a serial column (or its table) while the desired state keeps its sequence as a
     * sequence of its own: the drop takes the owned sequence along (PostgreSQL refuses it outright while another
     * default uses it) and the plan would create a new one, its position lost. The plan would have to clear OWNED BY
     * first and the rollback recreate the column over the kept sequence, which it does not do.
     */
    private static void refuseSerialSequenceKeptPastItsColumn(Schema from, List<Change> changes) {
        Set<String> created = new HashSet<>();
        for (Change c : changes) if (c instanceof Change.CreateSequence cs) created.add(TableName.key(cs.sequence().schema(), cs.sequence().name()));
        if (created.isEmpty()) return;
        List<String> refused = new ArrayList<>();
        for (Change c : changes) {
            List<Column> dropped = c instanceof Change.DropTable d ? d.definition().columns()
                    : c instanceof Change.DropColumn d ? List.of(d.column()) : List.of();
            if (dropped.isEmpty()) continue;
            Table table = c instanceof Change.DropTable d ? d.definition() : from.table(c.table()).orElse(null);
            if (table == null) continue;
            String schema = table.schema();
            String tableName = table.name();
            for (Column col : dropped) {
                if (col.identity() == null || col.identity().kind() != Identity.Kind.SERIAL) continue;
                String sequence = col.identity().sequenceName() != null ? col.identity().sequenceName() : Identity.serialSequenceName(tableName, col.name());
                if (created.contains(TableName.key(schema, sequence))) {
                    refused.add("sequence " + sequence + " of serial column " + tableName + "." + col.name() + " is kept while its column is dropped");
                }
            }
        }
        if (refused.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", refused)
                + ", which would drop the sequence with its column", "run ALTER SEQUENCE ... OWNED BY NONE in a migration "
                + "by hand (`schemactl new --empty`), apply it, then generate this one again");
    }

    private static List<UnmanagedObject> partitions(Schema schema) {
        return schema.unmanaged().stream().filter(o -> o.kind().equals("partition") && o.definition() != null).toList();
    }

    private static boolean sameTable(UnmanagedObject a, UnmanagedObject b) {
        return Objects.equals(a.schema(), b.schema()) && a.name().equals(b.name());
    }

    /** A table of that name in any schema of {@code schema} (a partition's parent may be in another schema). */
    private static boolean hasTable(Schema schema, String name) {
        return name != null && schema.tables().stream().anyMatch(t -> t.name().equals(name));
    }

    /** The ALTER TABLE ONLY statements of that child table's definition: its own defaults and NOT NULL on inherited columns. */
    private static List<String> overrides(Schema schema, Table child) {
        for (UnmanagedObject o : schema.unmanaged()) {
            if (!o.kind().equals("child table") || o.definition() == null || !Objects.equals(o.schema(), child.schema())
                    || !o.name().equals(child.name())) continue;
            // the child's own columns (of that side) are in the model: their defaults and NOT NULL are planned
            Table own = schema.children().stream().filter(t -> t.key().equals(child.key())).findFirst().orElse(child);
            return java.util.Arrays.stream(o.definition().split(";\n")).filter(l -> l.startsWith("ALTER TABLE ONLY "))
                    .filter(l -> own.columns().stream().noneMatch(c -> l.contains(" ALTER COLUMN " + c.name() + " ")
                            || l.contains(" ALTER COLUMN \"" + c.name().replace("\"", "\"\"") + "\" "))).toList();
        }
        return List.of();
    }

    /** The parents of that child table as its definition lists them ("public.events"), or null. */
    private static String parents(Schema schema, Table child) {
        for (UnmanagedObject o : schema.unmanaged()) {
            if (!o.kind().equals("child table") || o.definition() == null || !Objects.equals(o.schema(), child.schema())
                    || !o.name().equals(child.name())) continue;
            java.util.regex.Matcher m = INHERITS.matcher(o.definition());
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static <T> List<T> sortedBy(List<T> items, Function<T, String> key) {
        int n = items.size();
        if (n < 2) return new ArrayList<>(items);
        String[] keys = new String[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key.apply(items.get(i));
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        List<T> out = new ArrayList<>(n);
        for (Integer i : order) out.add(items.get(i));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static SchemactlException usage(String message) {
        return new SchemactlException(ErrorCode.USAGE, message, "check the --rename arguments against both schemas");
    }
}
