package dev.schemactl.engine;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.ColumnPosition;
import dev.schemactl.diff.Change.AddCheck;
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
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL common to the engines (standard ALTER TABLE / CREATE INDEX / COMMENT ON forms); each engine's
 * renderer overrides what it spells differently. Everything here is a pure function of the change.
 */
public abstract class BaseSqlRenderer implements SqlRenderer {

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern WORD = Pattern.compile("\"([^\"]+)\"|`([^`]+)`|'(?:[^']|'')*'|([A-Za-z_][A-Za-z0-9_$]*)(\\s*\\()?");
    private static final Set<String> EXPRESSION_WORDS = Set.of("and", "or", "not", "null", "is", "in", "between",
            "like", "ilike", "true", "false", "case", "when", "then", "else", "end", "cast", "as", "any", "all",
            "some", "exists", "similar", "to", "escape", "distinct", "from", "unknown", "collate", "regexp", "rlike",
            "value", "current_date", "current_timestamp", "localtimestamp", "interval");

    protected final TypeNames types;

    protected BaseSqlRenderer(TypeNames types) {
        this.types = types;
    }

    // ------------------------------------------------------------------ engine vocabulary

    /** The longest identifier the engine accepts; longer generated names are shortened with a hash. */
    protected abstract int maxIdentifierLength();

    /** Words that must be quoted when used as identifiers (lower-case). */
    protected abstract Set<String> reservedWords();

    /** Quotes an identifier unconditionally, the engine's way. */
    protected abstract String quoteAlways(String identifier);

    @Override
    public String quote(String identifier) {
        if (SIMPLE.matcher(identifier).matches() && !reservedWords().contains(identifier)) return identifier;
        return quoteAlways(identifier);
    }

    /** A string literal. */
    protected String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    protected String type(ColumnType type) {
        return types.format(type);
    }

    // ------------------------------------------------------------------ names

    protected String name(String name) {
        return quote(shorten(name));
    }

    protected String shorten(String name) {
        int max = maxIdentifierLength();
        if (name.length() <= max) return name;
        return name.substring(0, max - 9) + "_" + hash(name);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String primaryKeyName(String table, PrimaryKey pk) {
        return pk.name() != null && !pk.name().isBlank() ? pk.name() : "pk_" + tableName(table);
    }

    protected String uniqueName(String table, UniqueConstraint u) {
        return u.name() != null && !u.name().isBlank() ? u.name() : "uk_" + tableName(table) + "_" + String.join("_", u.columns());
    }

    protected String indexName(String table, Index i) {
        return i.name() != null && !i.name().isBlank() ? i.name() : "idx_" + tableName(table) + "_"
                + i.columns().stream().map(c -> c.isExpression() ? "expr" : c.name()).collect(Collectors.joining("_"));
    }

    protected String foreignKeyName(String table, ForeignKey f) {
        return f.name() != null && !f.name().isBlank() ? f.name() : "fk_" + tableName(table) + "_" + String.join("_", f.columns());
    }

    protected String checkName(String table, CheckConstraint c) {
        if (c.name() != null && !c.name().isBlank()) return c.name();
        String column = firstColumn(c.expression());
        return column == null ? tableName(table) + "_check" : tableName(table) + "_" + column + "_check";
    }

    /** The first identifier of an expression that is neither a keyword nor a function name. */
    static String firstColumn(String expression) {
        if (expression == null) return null;
        Matcher m = WORD.matcher(expression);
        while (m.find()) {
            if (m.group(1) != null) return m.group(1).toLowerCase(Locale.ROOT);
            if (m.group(2) != null) return m.group(2).toLowerCase(Locale.ROOT);
            String word = m.group(3);
            if (word == null || m.group(4) != null) continue; // literal or function call
            String lower = word.toLowerCase(Locale.ROOT);
            if (!EXPRESSION_WORDS.contains(lower)) return lower;
        }
        return null;
    }

    // ------------------------------------------------------------------ pieces

    protected String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** The full column definition as used in CREATE TABLE and ADD COLUMN. */
    protected abstract String columnDefinition(Column column);

    /**
     * The SQL-standard column definition PostgreSQL and H2 share: type, then GENERATED ALWAYS AS (...) with
     * {@code generatedSuffix} (" STORED" on PostgreSQL), or identity, or DEFAULT; then NOT NULL.
     */
    protected final String standardColumnDefinition(Column c, String generatedSuffix) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(type(c.type()));
        if (hasText(c.generatedExpression())) {
            b.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(")").append(generatedSuffix);
        } else if (c.isIdentity()) {
            b.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (c.defaultExpression() != null) {
            b.append(" DEFAULT ").append(c.defaultExpression());
        }
        if (!c.nullable()) b.append(" NOT NULL");
        return b.toString();
    }

    /**
     * A reference to a table of the plan being rendered: its name, qualified with its schema when the engine knows
     * the table lives outside the configured default schema (PostgreSQL {@code schemas:}).
     */
    protected String table(String name) {
        return schemaPrefix(name) + quote(tableName(name));
    }

    /**
     * The bare name of the table a change names by its key ({@link dev.schemactl.schema.TableName#key()}): the key
     * itself where every table is of the default schema.
     */
    protected String tableName(String table) {
        return table;
    }

    /** "schema." for a table outside the default schema, "" otherwise (indexes live in their table's schema). */
    protected String schemaPrefix(String table) {
        return "";
    }

    protected String alterTable(String table) {
        return "ALTER TABLE " + table(table) + " ";
    }

    protected String primaryKeyClause(String table, PrimaryKey pk) {
        return "CONSTRAINT " + name(primaryKeyName(table, pk)) + " PRIMARY KEY (" + columnList(pk.columns()) + ")" + include(pk.include())
                + pk.storageSql();
    }

    /** " INCLUDE (a, b)" of a key's non-key columns (PostgreSQL), "" when it has none. */
    protected String include(List<String> columns) {
        return columns.isEmpty() ? "" : " INCLUDE (" + columnList(columns) + ")";
    }

    protected String uniqueClause(String table, UniqueConstraint u) {
        return "CONSTRAINT " + name(uniqueName(table, u)) + " UNIQUE" + u.nullsSql() + " (" + uniqueKeyParts(u) + ")" + include(u.include())
                + u.storageSql() + u.deferral().sql();
    }

    /** A unique key's columns, then {@code p WITHOUT OVERLAPS} for a key unique without overlaps of period p. */
    protected String uniqueKeyParts(UniqueConstraint u) {
        return columnList(u.columns()) + (u.withoutOverlaps() == null ? "" : (u.columns().isEmpty() ? "" : ", ")
                + quote(u.withoutOverlaps()) + " WITHOUT OVERLAPS");
    }

    /** {@code PERIOD FOR p (s, e)} inside CREATE TABLE; only an engine with application-time periods has one. */
    protected String periodClause(dev.schemactl.schema.Period p) {
        throw new UnsupportedOperationException("this engine has no application-time periods (" + p.name() + ")");
    }

    protected String addPeriod(String table, dev.schemactl.schema.Period p) {
        throw new UnsupportedOperationException("this engine has no application-time periods (" + p.name() + ")");
    }

    protected String dropPeriod(String table, dev.schemactl.schema.Period p) {
        throw new UnsupportedOperationException("this engine has no application-time periods (" + p.name() + ")");
    }

    protected String checkClause(String checkName, CheckConstraint c) {
        return "CONSTRAINT " + name(checkName) + " CHECK (" + c.sql() + ")";
    }

    protected String foreignKeyClause(String table, ForeignKey f) {
        StringBuilder b = new StringBuilder("CONSTRAINT ").append(name(foreignKeyName(table, f)))
                .append(" FOREIGN KEY (").append(columnList(f.columns())).append(") REFERENCES ")
                .append(f.referencedSchema() == null ? "" : quote(f.referencedSchema()) + ".")
                .append(f.referencedSchema() == null ? table(f.referencedTable()) : quote(f.referencedTable())).append(" (").append(columnList(f.referencedColumns())).append(")");
        if (f.matchFull()) b.append(" MATCH FULL");
        if (f.onDelete() != ReferentialAction.NO_ACTION) b.append(" ON DELETE ").append(f.onDelete().sql());
        if (!f.onDeleteColumns().isEmpty()) b.append(" (").append(columnList(f.onDeleteColumns())).append(")");
        if (f.onUpdate() != ReferentialAction.NO_ACTION) b.append(" ON UPDATE ").append(f.onUpdate().sql());
        return b.append(f.deferral().sql()).toString();
    }

    protected String createIndex(String table, Index i) {
        String cols = i.columns().stream().map(this::indexColumn).collect(Collectors.joining(", "));
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + name(indexName(table, i)) + " ON " + table(table)
                + (i.method() == null ? "" : " USING " + i.method()) + " (" + cols + ")"
                + include(i.include())
                + (i.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                + (i.storage() == null ? "" : " WITH (" + i.storage() + ")")
                + (i.predicate() == null ? "" : " WHERE " + i.predicate());
    }

    /** A collation's name in a COLLATE clause: quoted. */
    protected String collation(String name) {
        return quoteAlways(name);
    }

    /** One index key: a quoted column or a parenthesized expression, then DESC and NULLS FIRST/LAST when not the default. */
    protected String indexColumn(IndexColumn c) {
        String key = c.isExpression() ? "(" + c.expression() + ")" : quote(c.name());
        return key + (c.collation() == null ? "" : " COLLATE " + collation(c.collation()))
                + (c.opclass() == null ? "" : " " + c.opclass())
                + (c.descending() ? " DESC" : "") + (c.nulls() == null ? "" : " NULLS " + c.nulls().name());
    }

    /** Indexes that must be part of CREATE TABLE itself (MariaDB: the key an AUTO_INCREMENT column needs); none here. */
    protected List<Index> indexesInCreateTable(Table table) {
        return List.of();
    }

    /** An index as a clause of CREATE TABLE (for {@link #indexesInCreateTable}). */
    protected String indexClause(String table, Index i) {
        throw new UnsupportedOperationException("this engine writes no index inside CREATE TABLE (" + table + ")");
    }

    /**
     * The key clauses of CREATE TABLE after its primary key: the unique constraints in their key order, then
     * {@link #indexesInCreateTable}.
     */
    protected List<String> keyClauses(Table table) {
        List<String> parts = new ArrayList<>();
        for (UniqueConstraint u : table.uniquesInKeyOrder()) parts.add(uniqueClause(table.key(), u));
        for (Index i : indexesInCreateTable(table)) parts.add(indexClause(table.key(), i));
        return parts;
    }

    /** Table-level trailer of CREATE TABLE (MariaDB: the table comment). */
    protected String createTableSuffix(Table table) {
        return "";
    }

    @Override
    public String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) parts.add(columnDefinition(c));
        for (dev.schemactl.schema.Period p : table.periods()) parts.add(periodClause(p));
        if (table.primaryKey() != null && !table.primaryKey().columns().isEmpty()) parts.add(primaryKeyClause(table.key(), table.primaryKey()));
        parts.addAll(keyClauses(table));
        Set<String> used = new TreeSet<>();
        for (CheckConstraint c : table.checks()) {
            if (c.notValid()) continue; // CREATE TABLE would make it valid: added after it
            String n = checkName(table.key(), c);
            String unique = n;
            for (int i = 1; !used.add(unique); i++) unique = n + i;
            parts.add(checkClause(unique, c));
        }
        return "CREATE TABLE " + (table.schema() == null ? table(table.key()) : quote(table.schema()) + "." + quote(table.name())) + " (\n    " + String.join(",\n    ", parts) + "\n)" + createTableSuffix(table);
    }

    @Override
    public List<String> createTableStatements(Table table) {
        List<String> out = new ArrayList<>();
        out.add(createTable(table));
        for (CheckConstraint c : table.checks()) if (c.notValid()) out.add(addCheck(table.key(), c));
        List<Index> inline = indexesInCreateTable(table);
        for (Index i : table.indexes()) if (!inline.contains(i)) out.addAll(createIndexStatements(table.key(), i));
        out.addAll(tableCommentStatements(table));
        PrimaryKey pk = table.primaryKey();
        if (pk != null && !pk.columns().isEmpty() && hasText(pk.comment())) {
            out.add(constraintComment(table.key(), primaryKeyName(table.key(), pk), pk.comment()));
        }
        if (pk != null && !pk.columns().isEmpty() && hasText(pk.indexComment())) {
            out.add(indexComment(table.key(), primaryKeyName(table.key(), pk), pk.indexComment()));
        }
        for (UniqueConstraint u : table.uniques()) {
            if (hasText(u.comment())) out.add(constraintComment(table.key(), uniqueName(table.key(), u), u.comment()));
            if (hasText(u.indexComment()) && !uniqueIndexCommentInDefinition()) {
                out.add(indexComment(table.key(), uniqueName(table.key(), u), u.indexComment()));
            }
        }
        for (CheckConstraint c : table.checks()) {
            if (hasText(c.comment())) out.add(constraintComment(table.key(), checkName(table.key(), c), c.comment()));
        }
        return out;
    }

    /** CREATE INDEX, then its COMMENT ON INDEX when it has one and its keys' statistics targets when set. */
    protected List<String> createIndexStatements(String table, Index i) {
        List<String> out = new ArrayList<>();
        out.add(createIndex(table, i));
        if (hasText(i.comment())) out.add(indexComment(table, indexName(table, i), i.comment()));
        out.addAll(indexStatistics(table, i.withKeyStatistics(List.of()), i));
        return out;
    }

    /**
     * {@code ALTER INDEX ... ALTER COLUMN n SET STATISTICS m} for each key whose target differs from {@code from}'s
     * to {@code to}'s (-1: back to the default); PostgreSQL, the only inspector that reads them.
     */
    protected List<String> indexStatistics(String table, Index from, Index to) {
        List<String> out = new ArrayList<>();
        List<Integer> before = from.keyStatistics();
        List<Integer> after = to.keyStatistics();
        for (int k = 0; k < after.size(); k++) {
            Integer target = after.get(k);
            if (Objects.equals(k < before.size() ? before.get(k) : null, target)) continue;
            out.add("ALTER INDEX " + schemaPrefix(table) + name(indexName(table, to)) + " ALTER COLUMN " + (k + 1)
                    + " SET STATISTICS " + (target == null ? -1 : target));
        }
        return out;
    }

    /** ADD CONSTRAINT ... PRIMARY KEY, then its COMMENT ON CONSTRAINT and its index's COMMENT ON INDEX when it has them. */
    protected List<String> addPrimaryKeyStatements(String table, PrimaryKey pk) {
        List<String> out = new ArrayList<>();
        out.add(addPrimaryKey(table, pk));
        if (hasText(pk.comment())) out.add(constraintComment(table, primaryKeyName(table, pk), pk.comment()));
        if (hasText(pk.indexComment())) out.add(indexComment(table, primaryKeyName(table, pk), pk.indexComment()));
        return out;
    }

    /** ADD CONSTRAINT ... UNIQUE, then its COMMENT ON CONSTRAINT and its index's COMMENT ON INDEX when it has them. */
    protected List<String> addUniqueStatements(String table, UniqueConstraint u) {
        List<String> out = new ArrayList<>();
        out.add(addUnique(table, u));
        if (hasText(u.comment())) out.add(constraintComment(table, uniqueName(table, u), u.comment()));
        if (hasText(u.indexComment()) && !uniqueIndexCommentInDefinition()) out.add(indexComment(table, uniqueName(table, u), u.indexComment()));
        return out;
    }

    /** ADD CONSTRAINT ... CHECK, then its COMMENT ON CONSTRAINT when it has one. */
    protected List<String> addCheckStatements(String table, CheckConstraint c) {
        if (!hasText(c.comment())) return List.of(addCheck(table, c));
        return List.of(addCheck(table, c), constraintComment(table, checkName(table, c), c.comment()));
    }

    /** ADD CONSTRAINT ... FOREIGN KEY, then its COMMENT ON CONSTRAINT when it has one. */
    protected List<String> addForeignKeyStatements(String table, ForeignKey f) {
        if (!hasText(f.comment())) return List.of(addForeignKey(table, f));
        return List.of(addForeignKey(table, f), constraintComment(table, foreignKeyName(table, f), f.comment()));
    }

    /**
     * ALTER INDEX ... RESET (...) of the storage parameters {@code before} has and {@code after} has not, then
     * ALTER INDEX ... SET (...) of those {@code after} has as it writes them (PostgreSQL; both as written in WITH (...)).
     */
    protected List<String> indexStorage(String table, String index, String before, String after) {
        Map<String, String> from = storageParameters(before);
        Map<String, String> to = storageParameters(after);
        List<String> reset = from.keySet().stream().filter(k -> !to.containsKey(k)).toList();
        List<String> set = to.entrySet().stream().filter(e -> !e.getValue().equals(from.get(e.getKey())))
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        List<String> out = new ArrayList<>();
        String alter = "ALTER INDEX " + schemaPrefix(table) + name(index);
        if (!reset.isEmpty()) out.add(alter + " RESET (" + String.join(", ", reset) + ")");
        if (!set.isEmpty()) out.add(alter + " SET (" + String.join(", ", set) + ")");
        return out;
    }

    /** {@code fillfactor=70, deduplicate_items=off} as name → value, in written order; empty for null. */
    private static Map<String, String> storageParameters(String written) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (written == null || written.isBlank()) return out;
        for (String part : written.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) out.put(part.trim().toLowerCase(java.util.Locale.ROOT), "true");
            else out.put(part.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), part.substring(eq + 1).trim());
        }
        return out;
    }

    /** True where a unique key's index comment is written in the key's own clause ({@link #uniqueClause}), not after it. */
    protected boolean uniqueIndexCommentInDefinition() {
        return false;
    }

    /** COMMENT ON INDEX (PostgreSQL; no other inspector reads index comments). */
    protected String indexComment(String table, String index, String comment) {
        return "COMMENT ON INDEX " + schemaPrefix(table) + name(index) + " IS " + (hasText(comment) ? literal(comment) : "NULL");
    }

    /** ALTER TABLE ... CLUSTER ON index, or SET WITHOUT CLUSTER when {@code index} is null (PostgreSQL). */
    protected String cluster(String table, String index) {
        return "ALTER TABLE " + table(table) + (index == null ? " SET WITHOUT CLUSTER" : " CLUSTER ON " + name(index));
    }

    /** COMMENT ON CONSTRAINT (PostgreSQL; no other inspector reads constraint comments). */
    protected String constraintComment(String table, String constraint, String comment) {
        return "COMMENT ON CONSTRAINT " + name(constraint) + " ON " + table(table) + " IS " + (hasText(comment) ? literal(comment) : "NULL");
    }

    /**
     * From one state of a kept check or foreign key to the other (PostgreSQL): to a valid one, VALIDATE CONSTRAINT
     * (it scans the rows under SHARE UPDATE EXCLUSIVE, writes go on); to a NOT VALID one, drop it and add it NOT VALID
     * (there is no statement that un-validates; NOT VALID checks no row).
     */
    protected List<String> validation(String table, String constraint, List<String> drop, List<String> addNotValid, boolean toNotValid) {
        if (!toNotValid) return List.of(alterTable(table) + "VALIDATE CONSTRAINT " + name(constraint));
        List<String> out = new ArrayList<>(drop);
        out.addAll(addNotValid);
        return out;
    }

    /** Comment statements that follow CREATE TABLE (PostgreSQL, H2: COMMENT ON; MariaDB: none, inline). */
    protected List<String> tableCommentStatements(Table table) {
        List<String> out = new ArrayList<>();
        if (hasText(table.comment())) out.add(setTableComment(table.key(), table.comment()));
        for (Column c : table.columns()) {
            if (hasText(c.comment())) out.add(setColumnComment(table.key(), c.withComment(c.comment())));
        }
        return out;
    }

    @Override
    public String addForeignKey(String table, ForeignKey foreignKey) {
        return alterTable(table) + "ADD " + foreignKeyClause(table, foreignKey) + (foreignKey.notValid() ? " NOT VALID" : "");
    }

    protected static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    // ------------------------------------------------------------------ statement forms (overridable)

    protected String dropTable(String table) {
        return "DROP TABLE " + table(table);
    }

    /** RENAME of a table (PostgreSQL also renames the sequences of its identity/serial columns). */
    protected List<String> renameTableStatements(String from, String to, List<String> sequenceColumns) {
        return List.of(renameTable(from, to));
    }

    /** RENAME of a column (PostgreSQL also renames its identity/serial sequence). */
    protected List<String> renameColumnStatements(String table, Column column, String from, String to) {
        return List.of(renameColumn(table, from, to));
    }

    protected String renameTable(String from, String to) {
        return alterTable(from) + "RENAME TO " + quote(tableName(to));
    }

    /** ADD COLUMN at a position; engines that cannot place a column add it last ({@link #addColumn(String, Column)}). */
    protected List<String> addColumn(String table, Column c, dev.schemactl.diff.ColumnPosition position) {
        return addColumn(table, c);
    }

    protected List<String> addColumn(String table, Column c) {
        List<String> out = new ArrayList<>();
        out.add(alterTable(table) + "ADD COLUMN " + columnDefinition(c));
        if (hasText(c.comment())) out.add(setColumnComment(table, c));
        return out;
    }

    protected String dropColumn(String table, Column c) {
        return alterTable(table) + "DROP COLUMN " + quote(c.name());
    }

    protected String renameColumn(String table, String from, String to) {
        return alterTable(table) + "RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    protected abstract List<String> alterType(String table, Column before, Column after);

    protected List<String> setNullable(String table, Column before, Column after) {
        return withNullsFilled(table, before, after,
                alterTable(table) + "ALTER COLUMN " + quote(after.name()) + (after.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }

    /**
     * {@code setNotNull} alone, or, when the column becomes NOT NULL with a default ({@link SetNullable#fillsNulls}),
     * after {@code UPDATE t SET c = DEFAULT WHERE c IS NULL}: PostgreSQL and H2 refuse SET NOT NULL over NULLs, MariaDB's
     * strict MODIFY does too ('Data truncated') and its non-strict one would fill them with the type's implicit value
     * ('' or 0), not the column's default. {@code DEFAULT} is the default the column has then, which the plan sets before.
     */
    protected final List<String> withNullsFilled(String table, Column before, Column after, String setNotNull) {
        if (!new SetNullable(table, before, after).fillsNulls()) return List.of(setNotNull);
        String column = quote(after.name());
        return List.of("UPDATE " + table(table) + " SET " + column + " = DEFAULT WHERE " + column + " IS NULL", setNotNull);
    }

    protected List<String> setDefault(String table, Column before, Column after) {
        return List.of(alterTable(table) + "ALTER COLUMN " + quote(after.name())
                + (after.defaultExpression() == null ? " DROP DEFAULT" : " SET DEFAULT " + after.defaultExpression()));
    }

    protected abstract List<String> setIdentity(String table, Column before, Column after);

    /** A STORED generated column made plain, its values kept (PostgreSQL, MariaDB: the Differs that plan it). */
    protected List<String> dropGeneration(Change.DropGeneration change) {
        throw new UnsupportedOperationException("this engine does not make a generated column plain in place (" + change.describe() + ")");
    }

    /** The column made generated again, its values recomputed from the expression. */
    protected List<String> restoreGeneration(Change.DropGeneration change) {
        throw new UnsupportedOperationException("this engine does not make a generated column plain in place (" + change.describe() + ")");
    }

    protected List<String> changeColumnComment(String table, Column before, Column after) {
        return List.of(setColumnComment(table, after));
    }

    /** Table options are MariaDB's; no other inspector reads them. */
    protected List<String> setTableOptions(String table, String before, String after) {
        throw new UnsupportedOperationException("table options exist only on MariaDB");
    }

    /**
     * Invisible columns and column-level checks are MariaDB's, physical column options MariaDB's and PostgreSQL's; no
     * other inspector reads them.
     */
    protected List<String> setColumnOptions(String table, Column before, Column after) {
        throw new UnsupportedOperationException("column options exist only on MariaDB and PostgreSQL");
    }

    protected String setColumnComment(String table, Column column) {
        return "COMMENT ON COLUMN " + table(table) + "." + quote(column.name()) + " IS "
                + (hasText(column.comment()) ? literal(column.comment()) : "NULL");
    }

    protected String setTableComment(String table, String comment) {
        return "COMMENT ON TABLE " + table(table) + " IS " + (hasText(comment) ? literal(comment) : "NULL");
    }

    /** MariaDB's ALTER INDEX ... [NOT] IGNORED; no other engine's inspector reads the flag. */
    /** Restates a column at another place among its table's columns (MariaDB); engines whose Differ moves no column have none. */
    protected List<String> moveColumn(String table, Column column, ColumnPosition position) {
        throw new UnsupportedOperationException("this engine does not move columns (" + table + "." + column.name() + ")");
    }

    protected String setIndexIgnored(String table, Index index, boolean ignored) {
        throw new UnsupportedOperationException("this engine has no ignored indexes (" + index.name() + ")");
    }

    protected String addPrimaryKey(String table, PrimaryKey pk) {
        return alterTable(table) + "ADD " + primaryKeyClause(table, pk);
    }

    protected String dropPrimaryKey(String table, PrimaryKey pk) {
        return alterTable(table) + "DROP CONSTRAINT " + name(primaryKeyName(table, pk));
    }

    protected String addUnique(String table, UniqueConstraint u) {
        return alterTable(table) + "ADD " + uniqueClause(table, u);
    }

    protected String dropUnique(String table, UniqueConstraint u) {
        return alterTable(table) + "DROP CONSTRAINT " + name(uniqueName(table, u));
    }

    protected String dropIndex(String table, Index i) {
        return "DROP INDEX " + schemaPrefix(table) + name(indexName(table, i));
    }

    protected String dropForeignKey(String table, ForeignKey f) {
        return alterTable(table) + "DROP CONSTRAINT " + name(foreignKeyName(table, f));
    }

    protected String addCheck(String table, CheckConstraint c) {
        return alterTable(table) + "ADD " + checkClause(checkName(table, c), c) + (c.notValid() ? " NOT VALID" : "");
    }

    protected String dropCheck(String table, CheckConstraint c) {
        return alterTable(table) + "DROP CONSTRAINT " + name(checkName(table, c));
    }

    /** A sequence's name as its statements spell it (PostgreSQL: qualified outside public). */
    protected String sequenceName(Sequence s) {
        return quote(s.name());
    }

    protected String createSequence(Sequence s) {
        return "CREATE " + (s.unlogged() ? "UNLOGGED " : "") + "SEQUENCE " + sequenceName(s) + (s.dataType() == null ? "" : " AS " + s.dataType())
                + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                + (s.minValue() == null ? "" : " MINVALUE " + s.minValue()) + (s.maxValue() == null ? "" : " MAXVALUE " + s.maxValue())
                + (s.cache() == null ? "" : " CACHE " + s.cache()) + (s.cycle() ? " CYCLE" : "");
    }

    /** CREATE SEQUENCE, then its COMMENT ON SEQUENCE when it has one (only PostgreSQL's inspector reads one). */
    protected List<String> createSequenceStatements(Sequence s) {
        if (!hasText(s.comment())) return List.of(createSequence(s));
        return List.of(createSequence(s), sequenceComment(s, s.comment()));
    }

    /** COMMENT ON SEQUENCE (PostgreSQL; no other engine comments a sequence). */
    protected String sequenceComment(Sequence s, String comment) {
        throw new UnsupportedOperationException("this engine has no sequence comments (" + s.name() + ")");
    }

    /** The statement that renames sequence {@code s} to {@code newName} (in its schema). */
    protected String renameSequence(Sequence s, String newName) {
        return "ALTER SEQUENCE " + sequenceName(s) + " RENAME TO " + quote(newName);
    }

    protected String dropSequence(Sequence s) {
        return "DROP SEQUENCE " + sequenceName(s);
    }

    /** ALTER SEQUENCE from one set of options to another (engines without sequence options refuse). */
    protected List<String> alterSequence(Sequence before, Sequence after) {
        StringBuilder b = new StringBuilder("ALTER SEQUENCE ").append(sequenceName(after));
        if (!java.util.Objects.equals(before.dataType(), after.dataType())) b.append(" AS ").append(after.dataType() == null ? "bigint" : after.dataType());
        if (before.increment() != after.increment()) b.append(" INCREMENT BY ").append(after.increment());
        // a default bound (null) follows the direction: when it flips, the old bounds stay unless reset, and the current
        // value, outside the new default range, must restart at the new start (engines whose NO MINVALUE follows it)
        boolean flips = noBoundsFollowDirection() && (before.increment() < 0) != (after.increment() < 0);
        if (flips || !java.util.Objects.equals(before.minValue(), after.minValue())) b.append(after.minValue() == null ? " NO MINVALUE" : " MINVALUE " + after.minValue());
        if (flips || !java.util.Objects.equals(before.maxValue(), after.maxValue())) b.append(after.maxValue() == null ? " NO MAXVALUE" : " MAXVALUE " + after.maxValue());
        if (before.start() != after.start()) b.append(" START WITH ").append(after.start());
        if (flips && (after.minValue() == null || after.maxValue() == null)) b.append(" RESTART");
        if (!java.util.Objects.equals(before.cache(), after.cache())) b.append(" CACHE ").append(after.cache() == null ? defaultSequenceCache() : after.cache());
        if (before.cycle() != after.cycle()) b.append(after.cycle() ? " CYCLE" : noCycle());
        // persistence (PostgreSQL's UNLOGGED sequences) is its own statement: ALTER SEQUENCE takes no options with it
        String persistence = before.unlogged() == after.unlogged() ? null
                : "ALTER SEQUENCE " + sequenceName(after) + (after.unlogged() ? " SET UNLOGGED" : " SET LOGGED");
        boolean options = b.length() > ("ALTER SEQUENCE " + sequenceName(after)).length();
        if (persistence == null) return List.of(b.toString());
        return options ? List.of(b.toString(), persistence) : List.of(persistence);
    }

    /** True when ALTER SEQUENCE's NO MINVALUE / NO MAXVALUE take the defaults of the new direction (PostgreSQL; MariaDB keeps the old ones). */
    protected boolean noBoundsFollowDirection() {
        return false;
    }

    /** ALTER SEQUENCE ... OWNED BY a column, or OWNED BY NONE for null (PostgreSQL only). */
    protected String setSequenceOwner(Sequence s, dev.schemactl.schema.SequenceOwner owner) {
        throw new UnsupportedOperationException("this engine has no sequence owners (" + s.name() + ")");
    }

    /** The cache a sequence has when none is given. */
    protected long defaultSequenceCache() {
        return 1;
    }

    protected String noCycle() {
        return " NO CYCLE";
    }

    /** A table's default collation (MariaDB only; the other engines' inspectors read none). */
    protected List<String> setTableCollation(Change.SetTableCollation change, String collation, List<Column> columns) {
        throw new UnsupportedOperationException("this engine has no table collations (" + change.table() + ")");
    }

    protected String createEnumType(EnumType type) {
        throw new UnsupportedOperationException("this engine has no named enum types (" + type.name() + ")");
    }

    /** CREATE TYPE, then its COMMENT ON TYPE when it has one. */
    protected List<String> createEnumTypeStatements(EnumType type) {
        if (!hasText(type.comment())) return List.of(createEnumType(type));
        return List.of(createEnumType(type), enumTypeComment(type, type.comment()));
    }

    /** COMMENT ON TYPE (PostgreSQL). */
    protected String enumTypeComment(EnumType type, String comment) {
        throw new UnsupportedOperationException("this engine has no named enum types (" + type.name() + ")");
    }

    protected String dropEnumType(EnumType type) {
        throw new UnsupportedOperationException("this engine has no named enum types (" + type.name() + ")");
    }

    protected List<String> addEnumValues(EnumType before, EnumType after) {
        throw new UnsupportedOperationException("this engine has no named enum types (" + after.name() + ")");
    }

    /** A rebuild whose rows of a renamed value ({@code valueRenames}: old → new) take the new one. */
    protected List<String> replaceEnumType(EnumType before, EnumType after, List<Change.EnumUsage> usages, Map<String, String> valueRenames) {
        return replaceEnumType(before, after, usages);
    }

    protected List<String> replaceEnumType(EnumType before, EnumType after, List<Change.EnumUsage> usages) {
        throw new UnsupportedOperationException("this engine has no named enum types (" + after.name() + ")");
    }

    // ------------------------------------------------------------------ render

    @Override
    public RenderedChange render(Change change) {
        if (change instanceof CreateTable c) return of(c, createTableStatements(c.definition()), List.of(dropTable(c.table())), false);
        if (change instanceof DropTable c) return of(c, List.of(dropTable(c.table())), createTableStatements(c.definition()), true);
        if (change instanceof RenameTable c) return of(c, renameTableStatements(c.table(), c.newKey(), c.sequenceColumns()),
                    renameTableStatements(c.newKey(), c.table(), c.sequenceColumns()), false);
        if (change instanceof AddColumn c) return of(c, addColumn(c.table(), c.column(), c.position()), List.of(dropColumn(c.table(), c.column())), false);
        if (change instanceof DropColumn c) return of(c, List.of(dropColumn(c.table(), c.column())), addColumn(c.table(), c.column(), c.position()), true);
        if (change instanceof Change.MoveColumn c) return of(c, moveColumn(c.table(), c.column(), c.position()),
                    moveColumn(c.table(), c.column(), c.previous()), false);
        if (change instanceof RenameColumn c) return of(c, renameColumnStatements(c.table(), c.column(), c.column().name(), c.newName()),
                    renameColumnStatements(c.table(), c.column(), c.newName(), c.column().name()), false);
        if (change instanceof AlterColumnType c) return of(c, alterType(c.table(), c.before(), c.after()), alterType(c.table(), c.after(), c.before()),
                    !widening(c.before().type(), c.after().type()));
        if (change instanceof SetNullable c) return of(c, setNullable(c.table(), c.before(), c.after()), setNullable(c.table(), c.after(), c.before()),
                    c.fillsNulls()); // the filled NULLs do not come back
        if (change instanceof SetDefault c) return of(c, setDefault(c.table(), c.before(), c.after()), setDefault(c.table(), c.after(), c.before()), false);
        if (change instanceof Change.DropGeneration c) return of(c, dropGeneration(c), restoreGeneration(c), false);
        if (change instanceof SetIdentity c) return of(c, setIdentity(c.table(), c.before(), c.after()), setIdentity(c.table(), c.after(), c.before()), false);
        if (change instanceof SetColumnComment c) return of(c, changeColumnComment(c.table(), c.before(), c.after()),
                    changeColumnComment(c.table(), c.after(), c.before()), false);
        if (change instanceof Change.SetColumnOptions c) return of(c, setColumnOptions(c.table(), c.before(), c.after()),
                    setColumnOptions(c.table(), c.after(), c.before()), false);
        if (change instanceof Change.SetTableOptions c) return of(c, setTableOptions(c.table(), c.before(), c.after()),
                    setTableOptions(c.table(), c.after(), c.before()), false);
        if (change instanceof SetTableComment c) return of(c, List.of(setTableComment(c.table(), c.after())), List.of(setTableComment(c.table(), c.before())), false);
        if (change instanceof Change.SetTableCollation c) return of(c, setTableCollation(c, c.after(), c.columns()), setTableCollation(c, c.before(), c.restoredColumns()), false);
        if (change instanceof AddPrimaryKey c) return of(c, addPrimaryKeyStatements(c.table(), c.primaryKey()), List.of(dropPrimaryKey(c.table(), c.primaryKey())), false);
        if (change instanceof DropPrimaryKey c) return of(c, List.of(dropPrimaryKey(c.table(), c.primaryKey())), addPrimaryKeyStatements(c.table(), c.primaryKey()), false);
        if (change instanceof AddUnique c) return of(c, addUniqueStatements(c.table(), c.unique()), List.of(dropUnique(c.table(), c.unique())), false);
        if (change instanceof DropUnique c) return of(c, List.of(dropUnique(c.table(), c.unique())), addUniqueStatements(c.table(), c.unique()), false);
        if (change instanceof Change.AddPeriod c) return of(c, List.of(addPeriod(c.table(), c.period())), List.of(dropPeriod(c.table(), c.period())), false);
        if (change instanceof Change.DropPeriod c) return of(c, List.of(dropPeriod(c.table(), c.period())), List.of(addPeriod(c.table(), c.period())), false);
        if (change instanceof CreateIndex c) return of(c, createIndexStatements(c.table(), c.index()), List.of(dropIndex(c.table(), c.index())), false);
        if (change instanceof DropIndex c) return of(c, List.of(dropIndex(c.table(), c.index())), createIndexStatements(c.table(), c.index()), false);
        if (change instanceof Change.SetIndexIgnored c) return of(c, List.of(setIndexIgnored(c.table(), c.index(), c.ignored())),
                    List.of(setIndexIgnored(c.table(), c.index(), !c.ignored())), false);
        if (change instanceof AddForeignKey c) return of(c, addForeignKeyStatements(c.table(), c.foreignKey()), List.of(dropForeignKey(c.table(), c.foreignKey())), false);
        if (change instanceof DropForeignKey c) return of(c, List.of(dropForeignKey(c.table(), c.foreignKey())), addForeignKeyStatements(c.table(), c.foreignKey()), false);
        if (change instanceof AddCheck c) return of(c, addCheckStatements(c.table(), c.check()), List.of(dropCheck(c.table(), c.check())), false);
        if (change instanceof DropCheck c) return of(c, List.of(dropCheck(c.table(), c.check())), addCheckStatements(c.table(), c.check()), false);
        if (change instanceof Change.SetCheckValidation c) return of(c, checkValidation(c.table(), c.before(), c.after()),
                    checkValidation(c.table(), c.after(), c.before()), false);
        if (change instanceof Change.SetForeignKeyValidation c) return of(c, foreignKeyValidation(c.table(), c.before(), c.after()),
                    foreignKeyValidation(c.table(), c.after(), c.before()), false);
        if (change instanceof Change.SetIndexComment c) {
            String index = indexName(c.table(), c.index());
            return of(c, List.of(indexComment(c.table(), index, c.after())), List.of(indexComment(c.table(), index, c.before())), false);
        }
        if (change instanceof Change.SetClusterIndex c) return of(c, List.of(cluster(c.table(), c.index())),
                    List.of(cluster(c.table(), c.rollbackIndex())), false);
        if (change instanceof Change.SetIndexStatistics c) return of(c, indexStatistics(c.table(), c.before(), c.after()),
                    indexStatistics(c.table(), c.after(), c.before()), false);
        if (change instanceof Change.SetCheckComment c) {
            String check = checkName(c.table(), c.check());
            return of(c, List.of(constraintComment(c.table(), check, c.after())), List.of(constraintComment(c.table(), check, c.before())), false);
        }
        if (change instanceof Change.SetPrimaryKeyComment c) {
            String pk = primaryKeyName(c.table(), c.primaryKey());
            return of(c, List.of(constraintComment(c.table(), pk, c.after())), List.of(constraintComment(c.table(), pk, c.before())), false);
        }
        if (change instanceof Change.SetPrimaryKeyIndexComment c) {
            String pk = primaryKeyName(c.table(), c.primaryKey());
            return of(c, List.of(indexComment(c.table(), pk, c.after())), List.of(indexComment(c.table(), pk, c.before())), false);
        }
        if (change instanceof Change.SetUniqueIndexComment c) {
            String unique = uniqueName(c.table(), c.unique());
            return of(c, List.of(indexComment(c.table(), unique, c.after())), List.of(indexComment(c.table(), unique, c.before())), false);
        }
        if (change instanceof Change.SetPrimaryKeyStorage c) {
            String pk = primaryKeyName(c.table(), c.primaryKey());
            return of(c, indexStorage(c.table(), pk, c.before(), c.after()), indexStorage(c.table(), pk, c.after(), c.before()), false);
        }
        if (change instanceof Change.SetUniqueStorage c) {
            String unique = uniqueName(c.table(), c.unique());
            return of(c, indexStorage(c.table(), unique, c.before(), c.after()), indexStorage(c.table(), unique, c.after(), c.before()), false);
        }
        if (change instanceof Change.SetUniqueComment c) {
            String unique = uniqueName(c.table(), c.unique());
            return of(c, List.of(constraintComment(c.table(), unique, c.after())), List.of(constraintComment(c.table(), unique, c.before())), false);
        }
        if (change instanceof Change.SetForeignKeyComment c) {
            String fk = foreignKeyName(c.table(), c.foreignKey());
            return of(c, List.of(constraintComment(c.table(), fk, c.after())), List.of(constraintComment(c.table(), fk, c.before())), false);
        }
        if (change instanceof CreateSequence c) return of(c, createSequenceStatements(c.sequence()), List.of(dropSequence(c.sequence())), false);
        if (change instanceof DropSequence c) return of(c, List.of(dropSequence(c.sequence())), createSequenceStatements(c.sequence()), true);
        if (change instanceof Change.SetSequenceComment c) return of(c, List.of(sequenceComment(c.sequence(), c.after())),
                    List.of(sequenceComment(c.sequence(), c.before())), false);
        if (change instanceof Change.SetEnumTypeComment c) return of(c, List.of(enumTypeComment(c.type(), c.after())),
                    List.of(enumTypeComment(c.type(), c.before())), false);
        if (change instanceof Change.RenameConstraint c) return of(c, List.of(alterTable(c.table()) + "RENAME CONSTRAINT " + quote(c.name()) + " TO " + quote(c.newName())),
                    List.of(alterTable(c.table()) + "RENAME CONSTRAINT " + quote(c.newName()) + " TO " + quote(c.name())), false);
        if (change instanceof Change.RenameIndex c) return of(c, List.of(renameIndex(c.table(), c.name(), c.newName())),
                    List.of(renameIndex(c.table(), c.newName(), c.name())), false);
        if (change instanceof Change.SetSequenceOwner c) return of(c, List.of(setSequenceOwner(c.sequence(), c.after())),
                List.of(setSequenceOwner(c.sequence(), c.before())), false);
        if (change instanceof Change.AlterSequence c) return of(c, alterSequence(c.before(), c.after()), alterSequence(c.after(), c.before()), false);
        if (change instanceof Change.RenameSequence c) {
            List<String> forward = new ArrayList<>(List.of(renameSequence(c.before(), c.after().name())));
            List<String> rollback = new ArrayList<>(List.of(renameSequence(c.before().withName(c.after().name()), c.before().name())));
            for (SetDefault d : c.defaults()) {
                forward.addAll(setDefault(d.table(), d.before(), d.after()));
                rollback.addAll(setDefault(d.table(), d.after(), d.before()));
            }
            return of(c, forward, rollback, false);
        }
        if (change instanceof Change.CreateEnumType c) return of(c, createEnumTypeStatements(c.type()), List.of(dropEnumType(c.type())), false);
        if (change instanceof Change.DropEnumType c) return of(c, List.of(dropEnumType(c.type())), createEnumTypeStatements(c.type()), false);
        if (change instanceof Change.AddEnumValues c) return of(c, addEnumValues(c.before(), c.after()),
                    replaceEnumType(c.after(), c.before(), c.usages()), false);
        if (change instanceof Change.ReplaceEnumType c) return of(c, replaceEnumType(c.before(), c.after(), c.usages(), c.valueRenames()),
                    replaceEnumType(c.after(), c.before(), c.usages(), c.valueRenamesBack()), false);
        RenderedChange domain = renderDomainChange(change);
        if (domain != null) return domain;
        throw new IllegalArgumentException("unknown change " + change);
    }

    /** A domain or composite type change (PostgreSQL) rendered, null for any other change or on an engine without them. */
    protected RenderedChange renderDomainChange(Change change) {
        return null;
    }

    private List<String> checkValidation(String table, CheckConstraint from, CheckConstraint to) {
        return validation(table, checkName(table, to), List.of(dropCheck(table, from)), addCheckStatements(table, to), to.notValid());
    }

    private List<String> foreignKeyValidation(String table, ForeignKey from, ForeignKey to) {
        return validation(table, foreignKeyName(table, to), List.of(dropForeignKey(table, from)), addForeignKeyStatements(table, to),
                to.notValid());
    }

    private static RenderedChange of(Change change, List<String> forward, List<String> rollback, boolean losesData) {
        return new RenderedChange(change, forward, rollback, losesData);
    }

    /** True when every value of {@code before} converts to {@code after} and back unchanged. */
    public static boolean widening(ColumnType before, ColumnType after) {
        if (before.equals(after)) return true;
        TypeKind a = before.kind();
        TypeKind b = after.kind();
        if (a == b) {
            return switch (a) {
                case VARCHAR, VARBINARY -> after.length() == null || (before.length() != null && after.length() >= before.length());
                case DECIMAL -> after.precision() == null || (before.precision() != null
                        && nz(after.scale()) >= nz(before.scale())
                        && after.precision() - nz(after.scale()) >= before.precision() - nz(before.scale()));
                // no precision written means the engine's default, 6 (PostgreSQL; MariaDB and H2 always report one)
                case TIME, TIMESTAMP, TIMESTAMP_TZ -> fraction(after.precision()) >= fraction(before.precision());
                case ENUM -> after.enumValues().containsAll(before.enumValues());
                case TEXT, BLOB -> before.unsigned() == after.unsigned() && lobRank(after) >= lobRank(before);
                default -> false;
            };
        }
        if (!before.unsigned() && after.unsigned()) return false; // negative values do not fit
        List<TypeKind> ints = List.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);
        if (ints.contains(a) && ints.contains(b)) return ints.indexOf(b) > ints.indexOf(a);
        if (a == TypeKind.REAL && b == TypeKind.DOUBLE) return true;
        if ((a == TypeKind.VARCHAR || a == TypeKind.TEXT) && (b == TypeKind.TEXT || b == TypeKind.CLOB)) return true;
        if ((a == TypeKind.VARBINARY || a == TypeKind.BINARY) && b == TypeKind.BLOB) return true;
        return false;
    }

    /** The size class of a TEXT or BLOB (MariaDB): no size is a plain TEXT but a LONGBLOB (see MariaDbTypeNames). */
    private static int lobRank(ColumnType t) {
        if (t.lobSize() == null) return t.kind() == TypeKind.BLOB ? 3 : 1;
        return t.lobSize().ordinal();
    }

    private static int fraction(Integer precision) {
        return precision == null ? 6 : precision;
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    /** Renames an index (or a unique key backed by one) of the table. */
    protected String renameIndex(String table, String name, String newName) {
        return "ALTER INDEX " + schemaPrefix(table) + quote(name) + " RENAME TO " + quote(newName);
    }
}
