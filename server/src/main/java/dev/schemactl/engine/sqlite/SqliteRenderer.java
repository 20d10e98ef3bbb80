package dev.schemactl.engine.sqlite;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.BaseSqlRenderer;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.TransactionEnvelope;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite DDL. What SQLite's ALTER TABLE does is done directly: CREATE/DROP TABLE, RENAME TO, ADD COLUMN (a
 * nullable column, or NOT NULL with a constant default; no identity, stored generated column or expression
 * default), RENAME COLUMN, DROP COLUMN (a column no key, index, foreign key, check or generated column
 * uses), CREATE/DROP INDEX. Everything else — type, nullability, default and identity changes, primary
 * keys, unique constraints, foreign keys, checks — is the table rebuild SQLite documents
 * (https://www.sqlite.org/lang_altertable.html#otheralter), inside the migration's transaction:
 * <ol>
 *   <li>a guard that fails when foreign keys are enforced (DROP TABLE would then run the children's ON DELETE
 *       actions), or when the table has triggers the plan did not see (dropping it would drop them);</li>
 *   <li>{@code CREATE TABLE new_X} in the new form, {@code INSERT INTO new_X (...) SELECT ... FROM X} over
 *       the columns both forms share (generated columns recompute), the AUTOINCREMENT position carried over;</li>
 *   <li>{@code DROP TABLE X}, {@code ALTER TABLE new_X RENAME TO X} (with {@code legacy_alter_table} on, so
 *       views naming X are not re-checked against the table just dropped), the indexes recreated, then the
 *       table's triggers from their sqlite_schema text (DROP TABLE dropped them);</li>
 *   <li>a check that fails when the table or a table referencing it now violates a foreign key.</li>
 * </ol>
 * {@code PRAGMA foreign_keys} cannot change inside a transaction, so a plan with a rebuild has an
 * {@link #envelope}: {@code PRAGMA foreign_keys=OFF} before it and {@code ON} after it, as separate
 * non-transactional migration steps. Consecutive rebuilds of one table are one rebuild (carried by the first
 * change of the run; the others render no SQL).
 *
 * <p>Rendering needs each table's whole definition, so it replays the plan over {@link Plan#from()}. Foreign
 * keys go inline: a table created by the plan is created with the foreign keys the plan then adds (their
 * steps render no SQL), and a table the plan drops keeps its foreign keys until it goes (their drop steps
 * render no SQL, and its rollback recreates it with them). SQLite has no comments (comment changes render no
 * SQL) and no sequences (a sequence change fails with {@link ErrorCode#UNSUPPORTED}); identity is
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}, so only a table's single primary key column can be one.
 */
public final class SqliteRenderer extends BaseSqlRenderer {

    /** SQLite's keywords (https://www.sqlite.org/lang_keywords.html), lower-case. */
    static final Set<String> RESERVED = Set.of(
            "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as", "asc", "attach",
            "autoincrement", "before", "begin", "between", "by", "cascade", "case", "cast", "check", "collate", "column",
            "commit", "conflict", "constraint", "create", "cross", "current", "current_date", "current_time",
            "current_timestamp", "database", "default", "deferrable", "deferred", "delete", "desc", "detach", "distinct",
            "do", "drop", "each", "else", "end", "escape", "except", "exclude", "exclusive", "exists", "explain", "fail",
            "filter", "first", "following", "for", "foreign", "from", "full", "generated", "glob", "group", "groups",
            "having", "if", "ignore", "immediate", "in", "index", "indexed", "initially", "inner", "insert", "instead",
            "intersect", "into", "is", "isnull", "join", "key", "last", "left", "like", "limit", "match", "materialized",
            "natural", "no", "not", "nothing", "notnull", "null", "nulls", "of", "offset", "on", "or", "order", "others",
            "outer", "over", "partition", "plan", "pragma", "preceding", "primary", "query", "raise", "range",
            "recursive", "references", "regexp", "reindex", "release", "rename", "replace", "restrict", "returning",
            "right", "rollback", "row", "rows", "savepoint", "select", "set", "table", "temp", "temporary", "then",
            "ties", "to", "transaction", "trigger", "unbounded", "union", "unique", "update", "using", "vacuum",
            "values", "view", "virtual", "when", "where", "window", "with", "without", "rowid", "oid", "_rowid_");

    static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys=OFF";
    static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys=ON";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|0[xX][0-9a-fA-F]+");
    private static final Set<String> KEYWORD_LITERALS = Set.of("null", "true", "false");
    private static final Set<String> TIME_LITERALS = Set.of("current_time", "current_date", "current_timestamp");

    SqliteRenderer() {
        super(SqliteTypeNames.INSTANCE);
    }

    /** SQLite has no limit; names are kept to PostgreSQL's 63 so generated names match across engines. */
    @Override
    protected int maxIdentifierLength() {
        return 63;
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    protected String quoteAlways(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    // ------------------------------------------------------------------ the rebuild question, for risk rules

    /**
     * True when SQLite must rebuild (copy) the table for this change, judged from the change alone: every
     * alteration SQLite's ALTER TABLE lacks, and an added column it cannot add in place. Only the plan knows the
     * rest, so prefer {@link #rebuilds(Plan)}: a dropped column is dropped in place unless a key, index, foreign
     * key, check or generated column still uses it, and a foreign key added to a table the plan creates (or
     * dropped from one it drops) goes with the CREATE (DROP) TABLE, copying nothing.
     */
    public boolean rebuilds(Change change) {
        if (change instanceof Change.AddColumn c) return !addableInPlace(c.column());
        return alwaysRebuilds(change);
    }

    /** The changes of a plan whose forward SQL rebuilds (copies) a table, in plan order. */
    public List<Change> rebuilds(Plan plan) {
        Rendering r = new Rendering(plan);
        r.render();
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < plan.changes().size(); i++) if (r.forwardRebuilds[i]) out.add(plan.changes().get(i));
        return out;
    }

    private static boolean alwaysRebuilds(Change change) {
        return change instanceof Change.AlterColumnType || change instanceof Change.SetNullable
                || change instanceof Change.SetDefault || change instanceof Change.SetIdentity
                || change instanceof Change.AddPrimaryKey || change instanceof Change.DropPrimaryKey
                || change instanceof Change.AddUnique || change instanceof Change.DropUnique
                || change instanceof Change.AddForeignKey || change instanceof Change.DropForeignKey
                || change instanceof Change.AddCheck || change instanceof Change.DropCheck
                || change instanceof Change.SetTableOptions || change instanceof Change.SetColumnOptions;
    }

    // ------------------------------------------------------------------ rendering

    @Override
    public RenderedChange render(Change change) {
        return render(new Plan(List.of(change), List.of())).get(0);
    }

    @Override
    public List<RenderedChange> render(Plan plan) {
        return new Rendering(plan).render();
    }

    @Override
    public TransactionEnvelope envelope(Plan plan) {
        Rendering r = new Rendering(plan);
        r.render();
        return r.foreignKeysOff ? new TransactionEnvelope(List.of(FOREIGN_KEYS_OFF), List.of(FOREIGN_KEYS_ON)) : TransactionEnvelope.NONE;
    }

    /** CREATE TABLE with the table's foreign keys inline (SQLite cannot add them later). */
    @Override
    public String createTable(Table table) {
        return createTable(table, table.name());
    }

    @Override
    public List<String> createTableStatements(Table table) {
        List<String> out = new ArrayList<>();
        out.add(createTable(table));
        for (Index i : table.indexes()) out.add(createIndex(table.name(), i));
        return out;
    }

    /**
     * SQLite cannot add a foreign key to an existing table: foreign keys go inline into CREATE TABLE, and adding
     * one to an existing table rebuilds it, which {@link #render(Plan)} does.
     */
    @Override
    public String addForeignKey(String table, ForeignKey foreignKey) {
        throw new SchemactlException(ErrorCode.UNSUPPORTED, "SQLite cannot add a foreign key to table " + table + " in place",
                "render the whole plan: schemactl rebuilds the table");
    }

    /** The whole schema: tables with their foreign keys inline, then indexes (SQLite accepts forward references). */
    @Override
    public List<String> createSchema(Schema schema) {
        if (!schema.sequences().isEmpty()) throw noSequences(schema.sequences().get(0).name());
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) out.addAll(createTableStatements(t));
        return out;
    }

    private String createTable(Table table, String as) {
        List<String> parts = new ArrayList<>();
        PrimaryKey pk = table.primaryKey() != null && !table.primaryKey().columns().isEmpty() ? table.primaryKey() : null;
        String inlinePk = null;
        for (Column c : table.columns()) {
            if (c.isIdentity()) {
                if (pk == null || !pk.columns().equals(List.of(c.name())) || !isInteger(c)) {
                    throw new SchemactlException(ErrorCode.UNSUPPORTED, "SQLite generates values (AUTOINCREMENT) only for a table's "
                            + "single INTEGER PRIMARY KEY column; " + table.name() + "." + c.name() + " is not one",
                            "make it the table's only primary key column, or assign its values yourself");
                }
                inlinePk = c.name();
            }
            parts.add(columnDefinition(c) + (c.name().equals(inlinePk)
                    ? " CONSTRAINT " + name(primaryKeyName(table.name(), pk)) + " PRIMARY KEY AUTOINCREMENT" : ""));
        }
        if (pk != null && inlinePk == null) parts.add(primaryKeyClause(table.name(), pk));
        for (UniqueConstraint u : table.uniques()) parts.add(uniqueClause(table.name(), u));
        for (ForeignKey f : table.foreignKeys()) parts.add(foreignKeyClause(table.name(), f));
        Set<String> used = new TreeSet<>();
        for (CheckConstraint c : table.checks()) {
            String n = checkName(table.name(), c);
            String unique = n;
            for (int i = 1; !used.add(unique); i++) unique = n + i;
            // a check declared without a name stays without one (a rebuild replaces checks, never drops one by name)
            parts.add(hasText(c.name()) ? checkClause(unique, c) : "CHECK (" + c.expression() + ")");
        }
        return "CREATE TABLE " + quote(as) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + (hasText(table.options()) ? " " + table.options().trim() : "");
    }

    private static boolean isInteger(Column c) {
        TypeKind k = c.type().kind();
        return k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.SMALLINT || k == TypeKind.TINYINT;
    }

    /**
     * The column option of a rowid table's primary key column declared without NOT NULL (PRAGMA table_info: notnull
     * 0). The model holds every key column NOT NULL; this option makes the column's definition leave NOT NULL out.
     */
    public static final String KEY_WITHOUT_NOT_NULL = "KEY WITHOUT NOT NULL";

    @Override
    protected String columnDefinition(Column c) {
        String type = type(c.type());
        // AUTOINCREMENT needs the exact spelling INTEGER, whatever integer spelling the type was read from
        if (c.isIdentity() && !type.equalsIgnoreCase("integer")) type = "integer";
        StringBuilder b = new StringBuilder(quote(c.name()));
        if (!type.isEmpty()) b.append(' ').append(type);
        if (hasText(c.collation())) b.append(" COLLATE ").append(c.collation());
        if (hasText(c.generatedExpression())) {
            b.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(")")
                    .append(c.generatedKind() == GeneratedKind.VIRTUAL ? " VIRTUAL" : " STORED");
        } else if (c.defaultExpression() != null && !c.isIdentity()) {
            b.append(" DEFAULT ").append(defaultClause(c.defaultExpression()));
        }
        if (!c.nullable() && !KEY_WITHOUT_NOT_NULL.equals(c.options())) b.append(" NOT NULL");
        return b.toString();
    }

    /** An index key: an expression as SQLite takes it, bare (SQLite keeps the text as written); a column as everywhere. */
    @Override
    protected String indexColumn(dev.schemactl.schema.IndexColumn c) {
        if (!c.isExpression()) return super.indexColumn(c);
        return c.expression() + (c.collation() == null ? "" : " COLLATE " + quoteAlways(c.collation())) + (c.descending() ? " DESC" : "");
    }

    /** A literal as is; anything else in parentheses, as SQLite requires of a default expression. */
    private static String defaultClause(String expression) {
        String s = expression.trim();
        return isLiteral(s) || TIME_LITERALS.contains(s.toLowerCase(Locale.ROOT)) ? s : "(" + s + ")";
    }

    private static boolean isLiteral(String s) {
        return NUMBER.matcher(s).matches() || KEYWORD_LITERALS.contains(s.toLowerCase(Locale.ROOT))
                || dev.schemactl.engine.SqlText.isStringLiteral(s, false)
                || (s.length() > 2 && (s.charAt(0) == 'x' || s.charAt(0) == 'X')
                && dev.schemactl.engine.SqlText.isStringLiteral(s.substring(1), false));
    }

    /** ALTER TABLE ADD COLUMN can add it: no identity, no stored generated column, a constant default (non-null if NOT NULL). */
    static boolean addableInPlace(Column c) {
        if (c.isIdentity() || hasText(c.generatedExpression())) return false;
        String d = c.defaultExpression() == null ? null : c.defaultExpression().trim();
        if (d != null && !isLiteral(d)) return false;
        return c.nullable() || (d != null && !d.equalsIgnoreCase("null"));
    }

    /** ALTER TABLE DROP COLUMN can drop it: nothing in the table (or a foreign key into it) uses the column. */
    private static boolean droppableInPlace(Table t, String column, Schema schema) {
        if (t.columns().size() <= 1) return false;
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) return false;
        if (t.uniques().stream().anyMatch(u -> u.columns().contains(column))) return false;
        if (t.indexes().stream().anyMatch(i -> i.columnNames().contains(column))) return false;
        if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))) return false;
        if (t.checks().stream().anyMatch(k -> mentions(k.expression(), column))) return false;
        if (t.columns().stream().anyMatch(c -> !c.name().equals(column) && mentions(c.generatedExpression(), column))) return false;
        return schema.tables().stream().flatMap(o -> o.foreignKeys().stream())
                .noneMatch(f -> f.referencedTable().equals(t.name()) && f.referencedColumns().contains(column));
    }

    private static boolean mentions(String expression, String column) {
        return expression != null && !PlanReplay.renameIdentifier(expression, column, "\u0000").equals(expression);
    }

    /** Never used: SQLite alters types and identity by rebuilding the table (see {@link #render(Plan)}). */
    @Override
    protected List<String> alterType(String table, Column before, Column after) {
        throw new UnsupportedOperationException("SQLite rebuilds the table");
    }

    /** Never used: SQLite alters types and identity by rebuilding the table (see {@link #render(Plan)}). */
    @Override
    protected List<String> setIdentity(String table, Column before, Column after) {
        throw new UnsupportedOperationException("SQLite rebuilds the table");
    }

    private static SchemactlException noSequences(String name) {
        return new SchemactlException(ErrorCode.UNSUPPORTED, "SQLite has no sequences, but the desired schema has sequence " + name,
                "generate ids with GenerationType.IDENTITY (INTEGER PRIMARY KEY AUTOINCREMENT) on SQLite, or assign them yourself");
    }

    // ------------------------------------------------------------------ the rebuild

    /**
     * The statements that turn table {@code name}, now {@code from}, into {@code to}, copying its rows;
     * {@code end} is the schema afterwards (for the foreign key check of the tables referencing it) and
     * {@code taken} the table names that exist meanwhile.
     */
    private List<String> rebuild(String name, Table from, Table to, Schema end, Set<String> taken, List<UnmanagedObject> triggers) {
        String temp = "new_" + name;
        for (int i = 1; taken.contains(temp); i++) temp = "new_" + name + "_" + i;
        String table = quote(name);
        String tempQuoted = quote(temp);
        List<String> out = new ArrayList<>();
        out.add("SELECT CASE WHEN (SELECT foreign_keys FROM pragma_foreign_keys) THEN json_extract('{}', "
                + literal("schemactl: PRAGMA foreign_keys must be OFF to rebuild table " + name
                + " (run the whole migration; after a partial failure roll it back first)") + ")"
                + " WHEN EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = " + literal(name)
                + (triggers.isEmpty() ? "" : " AND name NOT IN (" + triggers.stream().map(t -> literal(t.name()))
                        .collect(Collectors.joining(", ")) + ")") + ")"
                + " THEN json_extract('{}', " + literal("schemactl: rebuilding table " + name
                + " would drop triggers created after this migration was generated; generate it again") + ")"
                + " WHEN EXISTS (SELECT 1 FROM pragma_table_list WHERE schema = 'main' AND name = " + literal(name)
                + " AND (strict <> " + (hasOption(from, "STRICT") ? 1 : 0) + " OR wr <> " + (hasOption(from, "WITHOUT ROWID") ? 1 : 0)
                + ")) THEN json_extract('{}', " + literal("schemactl: rebuilding table " + name + " would change its WITHOUT ROWID or "
                + "STRICT option, which is not what it was when this migration was generated; generate it again") + ") END");
        out.add(createTable(to, temp));
        Set<String> fromColumns = from.columns().stream().filter(c -> !hasText(c.generatedExpression()))
                .map(Column::name).collect(Collectors.toSet());
        List<String> shared = to.columns().stream().filter(c -> !hasText(c.generatedExpression()))
                .map(Column::name).filter(fromColumns::contains).toList();
        if (!shared.isEmpty()) {
            String select = shared.stream().map(c -> copied(from.column(c).orElseThrow(), to.column(c).orElseThrow()))
                    .collect(Collectors.joining(", "));
            out.add("INSERT INTO " + tempQuoted + " (" + columnList(shared) + ") SELECT " + select + " FROM " + table);
        }
        if (from.columns().stream().anyMatch(Column::isIdentity) && to.columns().stream().anyMatch(Column::isIdentity)) {
            // AUTOINCREMENT never reuses a value: keep the old high-water mark, not just the copied maximum
            String oldSeq = "(SELECT seq FROM sqlite_sequence WHERE name = " + literal(name) + ")";
            out.add("UPDATE sqlite_sequence SET seq = " + oldSeq + " WHERE name = " + literal(temp) + " AND seq < " + oldSeq);
            out.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(temp) + ", seq FROM sqlite_sequence WHERE name = "
                    + literal(name) + " AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + literal(temp) + ")");
        }
        out.add("DROP TABLE " + table);
        out.add("PRAGMA legacy_alter_table=ON");
        out.add("ALTER TABLE " + tempQuoted + " RENAME TO " + table);
        out.add("PRAGMA legacy_alter_table=OFF");
        for (Index i : to.indexes()) out.add(createIndex(name, i));
        // DROP TABLE dropped them; their text names the table as it is again now
        for (UnmanagedObject t : triggers) out.add(t.definition());
        List<String> checked = new ArrayList<>();
        if (!to.foreignKeys().isEmpty()) checked.add(name);
        for (Table other : end.tables()) {
            if (!other.name().equals(name) && other.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(name))) {
                checked.add(other.name());
            }
        }
        if (!checked.isEmpty()) {
            String violations = checked.stream().map(t -> "SELECT 1 FROM pragma_foreign_key_check(" + literal(t) + ")")
                    .collect(Collectors.joining(" UNION ALL "));
            out.add("SELECT CASE WHEN EXISTS (" + violations + ") THEN json_extract('{}', "
                    + literal("schemactl: rebuilding table " + name + " left rows that violate a foreign key of "
                    + String.join(", ", checked) + " (see PRAGMA foreign_key_check)") + ") END");
        }
        return out;
    }

    private static boolean hasOption(Table t, String option) {
        return t.options() != null && t.options().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains(option);
    }

    /** One pass over a plan: the state around every step, which steps fold away, and the SQL. */
    private final class Rendering {
        final Plan plan;
        final List<Change> changes;
        final Schema[] before;
        final Schema[] after;
        final boolean[] forwardRebuilds;
        /** A rebuild, or a DROP TABLE of a table another one still references, in either direction. */
        boolean foreignKeysOff;
        final boolean known;

        Rendering(Plan plan) {
            this.plan = plan;
            this.changes = plan.changes();
            int n = changes.size();
            before = new Schema[n];
            after = new Schema[n];
            forwardRebuilds = new boolean[n];
            known = plan.from() != null;
            Schema state = known ? plan.from() : Schema.EMPTY;
            for (int i = 0; i < n; i++) {
                before[i] = state;
                state = PlanReplay.apply(state, changes.get(i));
                after[i] = state;
            }
        }

        List<RenderedChange> render() {
            int n = changes.size();
            Map<Integer, List<ForeignKey>> createdWith = new HashMap<>();
            Map<Integer, List<ForeignKey>> droppedWith = new HashMap<>();
            Set<Integer> folded = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (changes.get(i) instanceof Change.AddForeignKey a) {
                    for (int j = i - 1; j >= 0; j--) {
                        if (changes.get(j) instanceof Change.CreateTable c && c.table().equals(a.table())) {
                            createdWith.computeIfAbsent(j, k -> new ArrayList<>()).add(a.foreignKey());
                            folded.add(i);
                            break;
                        }
                    }
                } else if (changes.get(i) instanceof Change.DropForeignKey d) {
                    for (int j = i + 1; j < n; j++) {
                        if (changes.get(j) instanceof Change.DropTable t && t.table().equals(d.table())) {
                            droppedWith.computeIfAbsent(j, k -> new ArrayList<>()).add(d.foreignKey());
                            folded.add(i);
                            break;
                        }
                        if (touchesName(changes.get(j), d.table())) break;
                    }
                }
            }
            foreignKeysOff = dropsAReferencedTable();
            List<RenderedChange> out = new ArrayList<>();
            int i = 0;
            while (i < n) {
                Change change = changes.get(i);
                if (!folded.contains(i) && alwaysRebuilds(change)) {
                    // the run: following rebuilds of the same table, over steps that render no SQL
                    int end = i;
                    for (int j = i + 1; j < n; j++) {
                        Change next = changes.get(j);
                        if (folded.contains(j) || isComment(next)) continue;
                        if (!alwaysRebuilds(next) || !next.table().equals(change.table())) break;
                        end = j;
                    }
                    String table = change.table();
                    List<UnmanagedObject> triggers = triggersOf(table);
                    List<String> forward = rebuild(table, tableIn(before[i], table, change), tableIn(after[end], table, change),
                            after[end], names(before[i], after[end]), triggers);
                    List<String> rollback = rebuild(table, tableIn(after[end], table, change), tableIn(before[i], table, change),
                            before[i], names(before[i], after[end]), triggers);
                    foreignKeysOff = true;
                    for (int k = i; k <= end; k++) {
                        boolean member = !folded.contains(k) && !isComment(changes.get(k));
                        forwardRebuilds[k] = member;
                        out.add(new RenderedChange(changes.get(k), k == i ? forward : List.of(), k == i ? rollback : List.of(),
                                losesData(changes.get(k)) && member));
                    }
                    i = end + 1;
                    continue;
                }
                out.add(folded.contains(i) ? new RenderedChange(change, List.of(), List.of(), false)
                        : direct(i, createdWith.getOrDefault(i, List.of()), droppedWith.getOrDefault(i, List.of())));
                i++;
            }
            return out;
        }

        private RenderedChange direct(int i, List<ForeignKey> createdWith, List<ForeignKey> droppedWith) {
            Change change = changes.get(i);
            boolean loses = losesData(change);
            if (change instanceof Change.CreateTable c) {
                Table def = PlanReplay.withForeignKeys(c.definition(), createdWith);
                return new RenderedChange(c, createTableStatements(def), List.of(dropTable(c.table())), loses);
            }
            if (change instanceof Change.DropTable c) {
                Table def = PlanReplay.withForeignKeys(tableIn(before[i], c.table(), c, c.definition()), droppedWith);
                return new RenderedChange(c, List.of(dropTable(c.table())), createTableStatements(def), loses);
            }
            if (change instanceof Change.RenameTable c) {
                return new RenderedChange(c, List.of(renameTable(c.table(), c.newName())), List.of(renameTable(c.newName(), c.table())), loses);
            }
            if (change instanceof Change.RenameColumn c) {
                return new RenderedChange(c, List.of(renameColumn(c.table(), c.column().name(), c.newName())),
                        List.of(renameColumn(c.table(), c.newName(), c.column().name())), loses);
            }
            if (change instanceof Change.CreateIndex c) {
                return new RenderedChange(c, List.of(createIndex(c.table(), c.index())), List.of(dropIndex(c.table(), c.index())), loses);
            }
            if (change instanceof Change.DropIndex c) {
                return new RenderedChange(c, List.of(dropIndex(c.table(), c.index())), List.of(createIndex(c.table(), c.index())), loses);
            }
            if (change instanceof Change.AddColumn c) {
                List<String> forward = addableInPlace(c.column()) ? List.of(alterTable(c.table()) + "ADD COLUMN " + columnDefinition(c.column()))
                        : rebuildStep(i, c.table(), true);
                List<String> rollback = droppableInPlace(tableIn(after[i], c.table(), c), c.column().name(), after[i])
                        ? List.of(dropColumn(c.table(), c.column())) : rebuildStep(i, c.table(), false);
                return new RenderedChange(c, forward, rollback, loses);
            }
            if (change instanceof Change.DropColumn c) {
                List<String> forward = droppableInPlace(tableIn(before[i], c.table(), c), c.column().name(), before[i])
                        ? List.of(dropColumn(c.table(), c.column())) : rebuildStep(i, c.table(), true);
                List<String> rollback = addableInPlace(c.column()) ? List.of(alterTable(c.table()) + "ADD COLUMN " + columnDefinition(c.column()))
                        : rebuildStep(i, c.table(), false);
                return new RenderedChange(c, forward, rollback, loses);
            }
            if (change instanceof Change.SetColumnComment || change instanceof Change.SetTableComment) {
                return new RenderedChange(change, List.of(), List.of(), loses); // SQLite has no comments
            }
            if (change instanceof Change.CreateSequence c) throw noSequences(c.sequence().name());
            if (change instanceof Change.DropSequence c) throw noSequences(c.sequence().name());
            throw new IllegalArgumentException("unknown change " + change);
        }

        /**
         * True when a DROP TABLE of this plan or of its rollback would drop a table another one still references:
         * with foreign keys on, SQLite first deletes the table's rows, which the references' ON DELETE would act
         * on or refuse. Forward, a dropped table referenced by a table that is dropped after it or not at all;
         * rolling back (in reverse order), a created table referenced by a table created before it (a cycle).
         */
        private boolean dropsAReferencedTable() {
            Map<String, Integer> dropped = new HashMap<>();
            Map<String, Integer> created = new HashMap<>();
            for (int k = 0; k < changes.size(); k++) {
                if (changes.get(k) instanceof Change.DropTable d) dropped.put(d.table(), k);
                if (changes.get(k) instanceof Change.CreateTable c) created.put(c.table(), k);
            }
            Schema start = known ? plan.from() : Schema.EMPTY;
            for (Map.Entry<String, Integer> d : dropped.entrySet()) {
                for (Table other : start.tables()) {
                    if (other.name().equals(d.getKey()) || other.foreignKeys().stream().noneMatch(f -> f.referencedTable().equals(d.getKey()))) continue;
                    Integer otherDropped = dropped.get(other.name());
                    if (otherDropped == null || otherDropped > d.getValue()) return true;
                }
            }
            Schema end = changes.isEmpty() ? start : after[changes.size() - 1];
            for (Map.Entry<String, Integer> c : created.entrySet()) {
                for (Table other : end.tables()) {
                    Integer otherCreated = created.get(other.name());
                    if (otherCreated != null && otherCreated < c.getValue()
                            && other.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(c.getKey()))) return true;
                }
            }
            return false;
        }

        /** A single-step rebuild: forward (before → after) or back (after → before). */
        private List<String> rebuildStep(int i, String table, boolean forward) {
            Change change = changes.get(i);
            foreignKeysOff = true;
            if (forward) forwardRebuilds[i] = true;
            Table b = tableIn(before[i], table, change);
            Table a = tableIn(after[i], table, change);
            Set<String> taken = names(before[i], after[i]);
            List<UnmanagedObject> triggers = triggersOf(table);
            return forward ? rebuild(table, b, a, after[i], taken, triggers) : rebuild(table, a, b, before[i], taken, triggers);
        }

        private Table tableIn(Schema schema, String table, Change change) {
            return tableIn(schema, table, change, null);
        }

        /**
         * The live triggers on {@code table}, which its rebuild recreates from their text. A plan that also renames the
         * table or one of its columns is refused: SQLite rewrites the triggers' text on the rename, so the text read
         * before it is stale.
         */
        private List<UnmanagedObject> triggersOf(String table) {
            if (!known) return List.of();
            Set<String> names = new HashSet<>(Set.of(table));
            for (Change c : changes) if (c instanceof Change.RenameTable r && r.newName().equals(table)) names.add(r.table());
            List<UnmanagedObject> triggers = plan.from().unmanaged().stream()
                    .filter(o -> o.kind().equals("trigger") && names.contains(o.table()) && o.definition() != null).toList();
            if (triggers.isEmpty()) return triggers;
            for (Change c : changes) {
                boolean renames = c instanceof Change.RenameTable r && (names.contains(r.table()) || names.contains(r.newName()))
                        || c instanceof Change.RenameColumn rc && names.contains(rc.table());
                if (renames) {
                    throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: SQLite must rebuild table " + table
                            + " and recreate its " + triggers.stream().map(UnmanagedObject::label).collect(Collectors.joining(", "))
                            + ", but the same migration renames " + (c instanceof Change.RenameTable ? "the table" : "a column of it")
                            + ", which rewrites those triggers", "rename in one migration (`schemactl new` with only the rename hint "
                            + "and a desired state that differs only by it), apply it, then generate the rest");
                }
            }
            return triggers;
        }

        private Table tableIn(Schema schema, String table, Change change, Table fallback) {
            return schema.table(table).or(() -> java.util.Optional.ofNullable(fallback)).orElseThrow(() -> new SchemactlException(
                    ErrorCode.INTERNAL, "SQLite must rebuild table " + table + " to " + change.describe()
                    + (known ? ", but the plan's starting schema has no such table" : ", but the plan does not carry its starting schema"),
                    "render whole plans made by the Differ (they carry the schema they start from)"));
        }
    }

    private static boolean isComment(Change change) {
        return change instanceof Change.SetColumnComment || change instanceof Change.SetTableComment;
    }

    private static boolean touchesName(Change change, String table) {
        return change instanceof Change.RenameTable r && (r.table().equals(table) || r.newName().equals(table));
    }

    private static Set<String> names(Schema a, Schema b) {
        Set<String> out = new HashSet<>();
        a.tables().forEach(t -> out.add(t.name()));
        b.tables().forEach(t -> out.add(t.name()));
        return out;
    }

    /**
     * A column as the rebuild copies it: a column that becomes NOT NULL with a default takes the default in its NULL
     * rows ({@link Change.SetNullable#fillsNulls}), as the other engines' UPDATE ... SET c = DEFAULT does; an explicit
     * NULL in the INSERT would not take it.
     */
    private String copied(Column from, Column to) {
        String column = quote(to.name());
        if (!new Change.SetNullable(null, from, to).fillsNulls()) return column;
        return "COALESCE(" + column + ", (" + to.defaultExpression() + "))";
    }

    private static boolean losesData(Change change) {
        if (change instanceof Change.DropTable || change instanceof Change.DropColumn || change instanceof Change.DropSequence) return true;
        if (change instanceof Change.SetNullable n) return n.fillsNulls();
        if (change instanceof Change.AlterColumnType t) return !widening(t.before().type(), t.after().type());
        return false;
    }
}
