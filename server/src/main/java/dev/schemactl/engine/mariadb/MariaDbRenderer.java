package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.ColumnPosition;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.BaseSqlRenderer;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;
import java.util.Set;

/**
 * MariaDB DDL. Every column alteration (type, nullability, default, comment, identity) is a
 * {@code MODIFY COLUMN} with the full definition after the step; comments are inline; the primary key
 * is always named PRIMARY; unique constraints and indexes are dropped with DROP INDEX, foreign keys
 * with DROP FOREIGN KEY (together with the index InnoDB made for it, if any).
 */
final class MariaDbRenderer extends BaseSqlRenderer {

    /** MariaDB 10.11 reserved words. */
    static final Set<String> RESERVED = Set.of(
            "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
            "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character", "check",
            "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "current_date",
            "current_role", "current_time", "current_timestamp", "current_user", "cursor", "database", "databases",
            "day_hour", "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare", "default",
            "delayed", "delete", "delete_domain_id", "desc", "describe", "deterministic", "distinct", "distinctrow",
            "div", "do_domain_ids", "double", "drop", "dual", "each", "else", "elseif", "enclosed", "escaped", "except",
            "exists", "exit", "explain", "false", "fetch", "float", "float4", "float8", "for", "force", "foreign",
            "from", "fulltext", "general", "grant", "group", "having", "high_priority", "hour_microsecond",
            "hour_minute", "hour_second", "if", "ignore", "ignore_domain_ids", "ignore_server_ids", "in", "index",
            "infile", "inner", "inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4", "int8",
            "integer", "intersect", "interval", "into", "is", "iterate", "join", "key", "keys", "kill", "leading",
            "leave", "left", "like", "limit", "linear", "lines", "load", "localtime", "localtimestamp", "lock", "long",
            "longblob", "longtext", "loop", "low_priority", "master_heartbeat_period", "master_ssl_verify_server_cert",
            "match", "maxvalue", "mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond",
            "minute_second", "mod", "modifies", "natural", "not", "no_write_to_binlog", "null", "numeric", "offset",
            "on", "optimize", "option", "optionally", "or", "order", "out", "outer", "outfile", "over",
            "page_checksum", "parse_vcol_expr", "partition", "position", "precision", "primary", "procedure", "purge",
            "range", "read", "reads", "read_write", "real", "recursive", "ref_system_id", "references", "regexp",
            "release", "rename", "repeat", "replace", "require", "resignal", "restrict", "return", "returning",
            "revoke", "right", "rlike", "row_number", "rows", "schema", "schemas", "second_microsecond", "select",
            "sensitive", "separator", "set", "show", "signal", "slow", "smallint", "spatial", "specific", "sql",
            "sqlexception", "sqlstate", "sqlwarning", "sql_big_result", "sql_calc_found_rows", "sql_small_result",
            "ssl", "starting", "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "straight_join",
            "table", "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true",
            "undo", "union", "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date",
            "utc_time", "utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "when", "where",
            "while", "window", "with", "write", "xor", "year_month", "zerofill");

    MariaDbRenderer() {
        super(MariaDbTypeNames.INSTANCE);
    }

    /**
     * A rename cycle (through the Differ's temporary name) is one atomic statement here; see {@link MariaDbRenameCycles}.
     * An AUTO_INCREMENT column added or dropped together with the key it leads is one statement too; see
     * {@link MariaDbIdentityKeys}, and so is the rebuild of a primary key such a column leads. A table's option change
     * may move among the table's steps first ({@link MariaDbOptionsOrder}).
     */
    @Override
    public List<RenderedChange> render(Plan plan) {
        MariaDbSystemVersioning.Arranged versioning = MariaDbSystemVersioning.arrange(MariaDbOptionsOrder.reorder(plan));
        plan = versioning.plan();
        List<Change> uncarried = plan.changes().stream().filter(c -> !versioning.carries(c)).toList();
        java.util.Map<Change, MariaDbIdentityKeys.Fold> folds = MariaDbIdentityKeys.folds(uncarried);
        java.util.Map<Change, MariaDbIdentityKeys.Rebuild> rebuilds = MariaDbIdentityKeys.rebuilds(
                new Plan(uncarried, plan.renameHints(), plan.from()), folds);
        java.util.Set<Change> foldedKeys = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (MariaDbIdentityKeys.Fold f : folds.values()) foldedKeys.add(f.key());
        for (MariaDbIdentityKeys.Rebuild r : rebuilds.values()) {
            foldedKeys.add(r.folded());
            foldedKeys.addAll(r.droppedKeys());
            foldedKeys.addAll(r.addedKeys());
        }
        java.util.Map<Change, Change.MoveColumn> moves = movesAfterModify(plan.changes(), folds, rebuilds, foldedKeys);
        java.util.Set<Change> foldedMoves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        foldedMoves.addAll(moves.values());
        java.util.Set<Change> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        taken.addAll(foldedKeys);
        taken.addAll(foldedMoves);
        taken.addAll(folds.keySet());
        taken.addAll(rebuilds.keySet());
        taken.addAll(moves.keySet());
        taken.addAll(versioning.carried());
        MariaDbKeyGroups keyGroups = MariaDbKeyGroups.of(plan.changes(), taken, c -> render(c).forward().size() == 1);
        List<RenderedChange> rendered = new MariaDbRenameCycles(this::quote).render(plan.changes(), c -> {
            if (foldedMoves.contains(c) || keyGroups.folded(c) || versioning.carries(c)) return RenderedChange.folded(c);
            MariaDbSystemVersioning.Fold versioned = versioning.folds().get(c);
            if (versioned != null && versioned.explicit()) return renderVersioning(versioned);
            if (foldedKeys.contains(c)) return new RenderedChange(c, List.of(), List.of(), false);
            List<Change> group = keyGroups.startingAt(c);
            if (group != null) return renderKeyGroup(group);
            if (rebuilds.containsKey(c)) return renderRebuild(rebuilds.get(c));
            MariaDbIdentityKeys.Fold fold = folds.get(c);
            if (fold != null) return renderFold(fold);
            Change.MoveColumn move = moves.get(c);
            return move == null ? render(c) : placed(render(c), move);
        });
        rendered = MariaDbKeyBlockSize.rebuildingKeys(plan, rendered, this::keyRebuilds);
        rendered = MariaDbHashKeys.restating(plan, rendered, this);
        return allowingAltersOfVersionedTables(plan, rendered);
    }

    /**
     * The table's other option changes, then its row start and end columns, their period and its versioning in one
     * ALTER TABLE (see {@link MariaDbSystemVersioning}); the rollback undoes both in reverse. Dropping versioning
     * deletes the history rows, which no rollback brings back.
     */
    private RenderedChange renderVersioning(MariaDbSystemVersioning.Fold fold) {
        String table = fold.table();
        List<String> adds = new java.util.ArrayList<>();
        List<String> drops = new java.util.ArrayList<>(List.of("DROP SYSTEM VERSIONING", "DROP PERIOD FOR " + dev.schemactl.schema.Period.SYSTEM_TIME));
        for (Change c : fold.columns()) {
            if (c instanceof Change.AddColumn a) adds.add("ADD COLUMN " + columnDefinition(a.column()) + placement(a.position()));
            if (c instanceof Change.DropColumn d) adds.add("ADD COLUMN " + columnDefinition(d.column()) + placement(d.position()));
            if (c instanceof Change.AddColumn a) drops.add("DROP COLUMN " + quote(a.column().name()));
            if (c instanceof Change.DropColumn d) drops.add("DROP COLUMN " + quote(d.column().name()));
        }
        adds.add("ADD " + periodClause(fold.period()));
        adds.add("ADD SYSTEM VERSIONING");
        String add = alterTable(table) + String.join(", ", adds);
        String drop = alterTable(table) + String.join(", ", drops);
        if (fold.switches()) {
            // versioned without explicit columns and with them: MariaDB adds no row start column to a versioned table
            // ("Duplicate ROW START column") nor versioning to one that has it, so the history goes in between
            String dropImplicit = alterTable(table) + "DROP SYSTEM VERSIONING";
            String addImplicit = alterTable(table) + "ADD SYSTEM VERSIONING";
            return fold.adds() ? new RenderedChange(fold.anchor(), List.of(dropImplicit, add), List.of(drop, addImplicit), true)
                    : new RenderedChange(fold.anchor(), List.of(drop, addImplicit), List.of(dropImplicit, add), true);
        }
        Change.SetTableOptions options = (Change.SetTableOptions) fold.anchor();
        MariaDbTableOptions from = MariaDbTableOptions.parse(options.before());
        MariaDbTableOptions to = MariaDbTableOptions.parse(options.after());
        List<String> forward = new java.util.ArrayList<>(tableOptions(table, from, to.withSystemVersioned(from.systemVersioned())));
        forward.add(fold.adds() ? add : drop);
        List<String> rollback = new java.util.ArrayList<>(List.of(fold.adds() ? drop : add));
        rollback.addAll(tableOptions(table, to.withSystemVersioned(from.systemVersioned()), from));
        return new RenderedChange(options, forward, rollback, !fold.adds());
    }

    /** A table's keys added in one ALTER TABLE, and dropped in one, in reverse order; see {@link MariaDbKeyGroups}. */
    private RenderedChange renderKeyGroup(List<Change> group) {
        String table = group.get(0).table();
        List<String> up = new java.util.ArrayList<>();
        List<String> down = new java.util.ArrayList<>();
        for (Change k : group) {
            up.add("ADD " + keyClause(table, k));
            down.add(0, "DROP " + keyDrop(table, k));
        }
        return new RenderedChange(group.get(0), List.of(alterTable(table) + String.join(", ", up)),
                List.of(alterTable(table) + String.join(", ", down)), false);
    }

    /** {@code DROP INDEX k, ADD UNIQUE KEY k (...) USING HASH}: a key restated in an ALTER TABLE; see {@link MariaDbHashKeys}. */
    String restate(String table, Index key) {
        return "DROP INDEX " + name(indexName(table, key)) + ", ADD " + indexClause(table, key);
    }

    /** The ways a statement names the key as the key itself: {@code INDEX k}, {@code KEY k}. */
    List<String> keyNames(String table, Index key) {
        return List.of("INDEX " + name(indexName(table, key)), "KEY " + keyName(indexName(table, key)));
    }

    /** {@code ALTER TABLE t } as this renderer starts one. */
    String alterTableOf(String table) {
        return alterTable(table);
    }

    /**
     * The moves that ride on the MODIFY of the alteration just before them (of the same column, ending in the definition
     * the move restates): one rebuild instead of two. The move then renders no statement of its own.
     */
    private static java.util.Map<Change, Change.MoveColumn> movesAfterModify(List<Change> changes,
            java.util.Map<Change, MariaDbIdentityKeys.Fold> folds, java.util.Map<Change, MariaDbIdentityKeys.Rebuild> rebuilds,
            java.util.Set<Change> foldedKeys) {
        java.util.Map<Change, Change.MoveColumn> out = new java.util.IdentityHashMap<>();
        for (int i = 1; i < changes.size(); i++) {
            if (!(changes.get(i) instanceof Change.MoveColumn m)) continue;
            Change before = changes.get(i - 1);
            if (folds.containsKey(before) || rebuilds.containsKey(before) || foldedKeys.contains(before)) continue;
            Column altered = MariaDbIdentityKeys.after(before);
            if (altered == null && before instanceof Change.SetIdentity a) altered = a.after();
            if (m.table().equals(before.table()) && m.column().equals(altered)) out.put(before, m);
        }
        return out;
    }

    /** {@code DROP PRIMARY KEY, ADD PRIMARY KEY (...)} and the like for each key of {@code t}, see {@link MariaDbKeyBlockSize}. */
    private List<String> keyRebuilds(Table t) {
        List<String> out = new java.util.ArrayList<>();
        if (t.primaryKey() != null) out.add("DROP PRIMARY KEY, ADD " + primaryKeyClause(t.key(), t.primaryKey()));
        for (dev.schemactl.schema.UniqueConstraint u : t.uniquesInKeyOrder()) {
            out.add("DROP INDEX " + name(uniqueName(t.key(), u)) + ", ADD " + uniqueClause(t.key(), u));
        }
        for (dev.schemactl.schema.Index i : t.indexes()) {
            if (MariaDbKeyBlockSize.plain(i)) out.add("DROP INDEX " + name(indexName(t.key(), i)) + ", ADD " + indexClause(t.key(), i));
        }
        return out;
    }

    /** An alteration's MODIFY with the move's place, forward and back (other statements, as a backfill, stay as they are). */
    private RenderedChange placed(RenderedChange r, Change.MoveColumn move) {
        String modify = alterTable(move.table()) + "MODIFY COLUMN " + quote(move.column().name()) + " ";
        List<String> forward = r.forward();
        List<String> rollback = r.rollback();
        if (forward.isEmpty() || rollback.isEmpty() || !forward.get(forward.size() - 1).startsWith(modify)
                || !rollback.get(rollback.size() - 1).startsWith(modify)) {
            // not a MODIFY after all: the move's own statements, after the alteration's (and undone before them)
            List<String> up = new java.util.ArrayList<>(forward);
            up.addAll(moveColumn(move.table(), move.column(), move.position()));
            List<String> down = new java.util.ArrayList<>(moveColumn(move.table(), move.column(), move.previous()));
            down.addAll(rollback);
            return new RenderedChange(r.change(), up, down, r.rollbackLosesData());
        }
        return new RenderedChange(r.change(), withLast(forward, placement(move.position())), withLast(rollback, placement(move.previous())),
                r.rollbackLosesData());
    }

    private static List<String> withLast(List<String> statements, String suffix) {
        List<String> out = new java.util.ArrayList<>(statements);
        out.set(out.size() - 1, out.get(out.size() - 1) + suffix);
        return List.copyOf(out);
    }

    /** MariaDB refuses ALTER TABLE on a system-versioned table unless the session keeps the history. */
    static final String KEEP_HISTORY = "SET SESSION system_versioning_alter_history = KEEP";

    /**
     * Each change to a system-versioned table (versioned before the plan, or made so by it) runs after
     * {@link #KEEP_HISTORY}, both ways: without it MariaDB refuses the ALTER ("Not allowed for system-versioned
     * table"); with it the history rows are kept and altered along with the current ones.
     */
    private static List<RenderedChange> allowingAltersOfVersionedTables(Plan plan, List<RenderedChange> rendered) {
        java.util.Set<String> versioned = new java.util.HashSet<>();
        if (plan.from() != null) {
            for (Table t : plan.from().tables()) {
                if (MariaDbTableOptions.parse(t.options()).systemVersioned()) versioned.add(t.name());
            }
        }
        for (Change c : plan.changes()) {
            if (c instanceof Change.SetTableOptions o && MariaDbTableOptions.parse(o.after()).systemVersioned()) versioned.add(o.table());
            if (c instanceof Change.RenameTable r && versioned.contains(r.table())) versioned.add(r.newName());
        }
        if (versioned.isEmpty()) return rendered;
        List<RenderedChange> out = new java.util.ArrayList<>();
        for (RenderedChange r : rendered) {
            boolean touches = r.change().table() != null && versioned.contains(r.change().table())
                    && !(r.change() instanceof Change.CreateTable) && !(r.change() instanceof Change.DropTable);
            out.add(touches ? new RenderedChange(r.change(), keepingHistory(r.forward()), keepingHistory(r.rollback()),
                    r.rollbackLosesData()) : r);
        }
        return out;
    }

    private static List<String> keepingHistory(List<String> statements) {
        if (statements.isEmpty()) return statements;
        List<String> out = new java.util.ArrayList<>(List.of(KEEP_HISTORY));
        out.addAll(statements);
        return out;
    }

    /**
     * One statement each way, so that the AUTO_INCREMENT column is never without a key it leads: the keys it leads
     * on the way out are dropped, and those it leads on the way in added, in the same ALTER TABLE; a column that
     * leaves the key and becomes nullable is restated there (while in the key, MariaDB kept it NOT NULL).
     */
    private RenderedChange renderRebuild(MariaDbIdentityKeys.Rebuild r) {
        String table = r.carrier().table();
        List<String> up = new java.util.ArrayList<>();
        for (Change k : r.droppedKeys()) up.add("DROP " + keyDrop(k.table(), k));
        up.add("DROP PRIMARY KEY");
        up.add("ADD " + primaryKeyClause(table, r.add().primaryKey()));
        for (Change k : r.addedKeys()) up.add("ADD " + keyClause(table, k));
        for (Column c : r.loosened()) up.add("MODIFY COLUMN " + columnDefinition(c));
        List<String> down = new java.util.ArrayList<>();
        for (Change k : r.addedKeys()) down.add("DROP " + keyDrop(table, k));
        down.add("DROP PRIMARY KEY");
        down.add("ADD " + primaryKeyClause(table, r.dropped()));
        for (Change k : r.droppedKeys()) down.add("ADD " + keyClause(k.table(), k));
        return new RenderedChange(r.carrier(), List.of(alterTable(table) + String.join(", ", up)),
                List.of(alterTable(table) + String.join(", ", down)), false);
    }

    private RenderedChange renderFold(MariaDbIdentityKeys.Fold fold) {
        boolean adds = fold.column() instanceof Change.AddColumn;
        Column column = adds ? ((Change.AddColumn) fold.column()).column() : ((Change.DropColumn) fold.column()).column();
        ColumnPosition position = adds ? ((Change.AddColumn) fold.column()).position() : ((Change.DropColumn) fold.column()).position();
        String table = fold.column().table();
        String add = alterTable(table) + "ADD COLUMN " + columnDefinition(column) + placement(position) + ", ADD "
                + keyClause(table, fold.key());
        String drop = alterTable(table) + "DROP " + keyDrop(table, fold.key()) + ", DROP COLUMN " + quote(column.name());
        return adds ? new RenderedChange(fold.column(), List.of(add), List.of(drop), false)
                : new RenderedChange(fold.column(), List.of(drop), List.of(add), true);
    }

    private String keyClause(String table, Change key) {
        if (key instanceof Change.AddPrimaryKey k) return primaryKeyClause(table, k.primaryKey());
        if (key instanceof Change.DropPrimaryKey k) return primaryKeyClause(table, k.primaryKey());
        if (key instanceof Change.AddUnique k) return uniqueClause(table, k.unique());
        if (key instanceof Change.DropUnique k) return uniqueClause(table, k.unique());
        if (key instanceof Change.CreateIndex k) return indexClause(table, k.index());
        return indexClause(table, ((Change.DropIndex) key).index());
    }

    private String keyDrop(String table, Change key) {
        if (key instanceof Change.AddPrimaryKey || key instanceof Change.DropPrimaryKey) return "PRIMARY KEY";
        if (key instanceof Change.AddUnique k) return "INDEX " + name(uniqueName(table, k.unique()));
        if (key instanceof Change.DropUnique k) return "INDEX " + name(uniqueName(table, k.unique()));
        if (key instanceof Change.CreateIndex k) return "INDEX " + name(indexName(table, k.index()));
        return "INDEX " + name(indexName(table, ((Change.DropIndex) key).index()));
    }

    @Override
    protected int maxIdentifierLength() {
        return 64;
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    protected String quoteAlways(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /**
     * MariaDB treats backslash as an escape character in string literals (unless NO_BACKSLASH_ESCAPES). Line breaks
     * are written as {@code \n} and {@code \r} (as SHOW CREATE TABLE does): a comment line starting with
     * {@code --rollback} or {@code --changeset} would otherwise be read as the migration file's own, and a CR is lost
     * to line-ending normalization (pair 802).
     */
    @Override
    protected String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\0", "\\0") + "'";
    }

    @Override
    protected String columnDefinition(Column c) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(type(c.type()))
                .append(MariaDbColumnCompression.clause(c.options()));
        if (hasText(c.charset())) b.append(" CHARACTER SET ").append(c.charset());
        if (hasText(c.collation())) b.append(" COLLATE ").append(c.collation());
        if (c.generatedKind() != null && c.generatedKind().rowStartOrEnd()) {
            // no NULL / NOT NULL: the server makes it NOT NULL and refuses either word here
            b.append(c.generatedKind() == GeneratedKind.ROW_START ? " GENERATED ALWAYS AS ROW START" : " GENERATED ALWAYS AS ROW END");
        } else if (hasText(c.generatedExpression())) {
            b.append(" AS (").append(c.generatedExpression()).append(c.generatedKind() == GeneratedKind.VIRTUAL ? ") VIRTUAL" : ") STORED");
        } else {
            if (c.defaultExpression() != null && !c.isIdentity()) b.append(" DEFAULT ").append(defaultValue(c));
            b.append(c.nullable() ? " NULL" : " NOT NULL");
            if (c.isIdentity()) b.append(" AUTO_INCREMENT");
            if (hasText(c.onUpdate())) b.append(" ON UPDATE ").append(c.onUpdate());
        }
        b.append(MariaDbColumnVersioning.clause(c.options()));
        if (c.invisible()) b.append(" INVISIBLE");
        if (hasText(c.comment())) b.append(" COMMENT ").append(literal(c.comment()));
        // a column-level check is part of the definition: every MODIFY restates it (MODIFY without it drops it)
        if (hasText(c.check())) b.append(" CHECK (").append(c.check()).append(')');
        return b.toString();
    }

    /** A boolean's default as the catalog spells it (1/0 on tinyint(1), b'1'/b'0' on bit(1)); others as they are. */
    private String defaultValue(Column c) {
        String d = c.defaultExpression().trim();
        if (c.type().kind() == TypeKind.BOOLEAN && (d.equalsIgnoreCase("true") || d.equalsIgnoreCase("false"))) {
            boolean on = d.equalsIgnoreCase("true");
            return "bit(1)".equals(c.type().raw()) ? (on ? "b'1'" : "b'0'") : (on ? "1" : "0");
        }
        return escapeBackslashes(d);
    }

    /**
     * A default is kept in standard SQL (a backslash is just a backslash, as the inspector reads it back); MariaDB
     * reads a backslash inside a string literal as an escape, so each is doubled there.
     */
    static String escapeBackslashes(String expression) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (ch == '\'') quoted = !quoted;
            if (ch == '\\' && quoted) b.append('\\');
            b.append(ch);
        }
        return b.toString();
    }

    private List<String> modify(String table, Column after) {
        return List.of(alterTable(table) + "MODIFY COLUMN " + columnDefinition(after));
    }

    @Override
    protected String createTableSuffix(Table table) {
        String collation = hasText(table.collation()) ? " COLLATE=" + table.collation() : "";
        return collation + (hasText(table.comment()) ? " COMMENT=" + literal(table.comment()) : "")
                + (hasText(table.options()) ? " " + table.options() : "");
    }

    @Override
    protected List<String> tableCommentStatements(Table table) {
        return List.of(); // inline in CREATE TABLE
    }

    @Override
    protected List<String> addColumn(String table, Column c) {
        return addColumn(table, c, ColumnPosition.LAST);
    }

    @Override
    protected List<String> addColumn(String table, Column c, ColumnPosition position) {
        return List.of(alterTable(table) + "ADD COLUMN " + columnDefinition(c) + placement(position));
    }

    /** {@code AFTER x} or {@code FIRST}; nothing for last, where MariaDB adds a column anyway. */
    private String placement(ColumnPosition position) {
        if (position instanceof ColumnPosition.After a) return " AFTER " + quote(a.column());
        return position instanceof ColumnPosition.First ? " FIRST" : "";
    }

    /** The column restated as it is, at its new place: MariaDB rebuilds the table. */
    @Override
    protected List<String> moveColumn(String table, Column column, ColumnPosition position) {
        return List.of(alterTable(table) + "MODIFY COLUMN " + columnDefinition(column) + placement(position));
    }

    @Override
    protected String renameTable(String from, String to) {
        return "RENAME TABLE " + quote(from) + " TO " + quote(to);
    }

    @Override
    protected List<String> alterType(String table, Column before, Column after) {
        java.util.Optional<MariaDbTextConversion> conversion = MariaDbTextConversion.of(before.type(), after.type());
        if (conversion.isPresent()) return throughText(table, before, after, conversion.get());
        MariaDbPluginTypes.requireConvertible(table, after.name(), before.type(), after.type());
        return modify(table, after);
    }

    /** {@link MariaDbTextConversion}: its guard, MODIFY to the text type (nullability kept: a key column stays NOT NULL), UPDATE, MODIFY. */
    private List<String> throughText(String table, Column before, Column after, MariaDbTextConversion conversion) {
        String column = quote(after.name());
        List<String> out = new java.util.ArrayList<>();
        if (conversion.guard() != null) {
            String message = "schemactl: " + table + "." + after.name() + " holds a value " + type(after.type())
                    + " cannot hold (see the migration's converts-values); nothing was changed";
            out.add("BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM " + table(table) + " WHERE " + column + " IS NOT NULL AND "
                    + conversion.guard().apply(column) + ") THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                    + literal(message.length() <= 128 ? message : message.substring(0, 128)) + "; END IF; END");
        }
        out.add(alterTable(table) + "MODIFY COLUMN " + column + " " + conversion.text() + (before.nullable() ? " NULL" : " NOT NULL"));
        out.add("UPDATE " + table(table) + " SET " + column + " = " + conversion.rewrite().apply(column) + " WHERE " + conversion.pending().apply(column));
        out.addAll(modify(table, after));
        return out;
    }

    /**
     * A type change whose values come back exactly ({@link MariaDbTextConversion#undoneExactly}) does not lose data
     * on rollback, though it is no widening.
     */
    @Override
    public RenderedChange render(Change change) {
        RenderedChange r = super.render(change);
        if (r.rollbackLosesData() && change instanceof Change.AlterColumnType c
                && MariaDbTextConversion.undoneExactly(c.before().type(), c.after().type())) {
            return new RenderedChange(change, r.forward(), r.rollback(), false);
        }
        return r;
    }

    /** What a conversion through text does to the values, both ways, for the migration's header. */
    @Override
    public String valueRewrite(Change change) {
        if (!(change instanceof Change.AlterColumnType c)) return null;
        java.util.Optional<MariaDbTextConversion> forward = MariaDbTextConversion.of(c.before().type(), c.after().type());
        java.util.Optional<MariaDbTextConversion> back = MariaDbTextConversion.of(c.after().type(), c.before().type());
        if (forward.isEmpty() && back.isEmpty()) return null;
        String column = c.table() + "." + c.after().name();
        return column + ": " + forward.map(f -> "through " + f.text() + ", " + f.summary()).orElse("one MODIFY")
                + "; rollback " + back.map(b -> "through " + b.text() + ", " + b.summary()).orElse("one MODIFY");
    }

    @Override
    protected List<String> setNullable(String table, Column before, Column after) {
        return withNullsFilled(table, before, after, modify(table, after).get(0));
    }

    /** A sequence is a table to MariaDB: RENAME TABLE moves it and keeps its counter (ALTER SEQUENCE has no RENAME). */
    @Override
    protected String renameSequence(dev.schemactl.schema.Sequence s, String newName) {
        return "RENAME TABLE " + quote(s.name()) + " TO " + quote(newName);
    }

    @Override
    protected List<String> setDefault(String table, Column before, Column after) {
        return modify(table, after);
    }

    @Override
    protected List<String> setIdentity(String table, Column before, Column after) {
        return modify(table, after);
    }

    @Override
    protected List<String> changeColumnComment(String table, Column before, Column after) {
        return modify(table, after);
    }

    /** MODIFY keeps a STORED column's values when it becomes plain, and recomputes them when it becomes generated again. */
    @Override
    protected List<String> dropGeneration(dev.schemactl.diff.Change.DropGeneration change) {
        return modify(change.table(), change.after());
    }

    @Override
    protected List<String> restoreGeneration(dev.schemactl.diff.Change.DropGeneration change) {
        return modify(change.table(), change.before());
    }

    /**
     * Each option that differs, in one ALTER TABLE; an option that goes back to the server's default is set to it
     * ({@code ROW_FORMAT=DEFAULT}, {@code ENGINE=InnoDB}, ...); a table that leaves Aria loses the page checksum Aria
     * gave it in a second statement ({@link MariaDbTableOptions#leavesAriaPageChecksum}), and for MyISAM or MEMORY its
     * TRANSACTIONAL in a first one ({@link MariaDbTableOptions#dropsAriaTransactionalFirst}). System versioning is added or dropped on its own
     * (dropping it drops the table's history), and so is partitioning: {@code ALTER TABLE t PARTITION BY ...} (which
     * repartitions the rows) or {@code REMOVE PARTITIONING}.
     */
    @Override
    protected List<String> setTableOptions(String table, String before, String after) {
        return tableOptions(table, MariaDbTableOptions.parse(before), MariaDbTableOptions.parse(after));
    }

    private List<String> tableOptions(String table, MariaDbTableOptions from, MariaDbTableOptions to) {
        List<String> out = new java.util.ArrayList<>();
        if (from.dropsAriaTransactionalFirst(to)) {
            out.add(alterTable(table) + "TRANSACTIONAL=DEFAULT");
            from = from.without("TRANSACTIONAL");
        }
        String changed = from.changesTo(to);
        if (!changed.isEmpty()) out.add(alterTable(table) + changed);
        if (from.leavesAriaPageChecksum(to)) out.add(alterTable(table) + "PAGE_CHECKSUM=DEFAULT");
        if (from.systemVersioned() != to.systemVersioned()) {
            out.add(alterTable(table) + (to.systemVersioned() ? "ADD SYSTEM VERSIONING" : "DROP SYSTEM VERSIONING"));
        }
        if (!java.util.Objects.equals(from.partitioning(), to.partitioning())) {
            out.add(alterTable(table) + (to.partitioning() == null ? "REMOVE PARTITIONING" : to.partitioning()));
        }
        return out;
    }

    @Override
    protected long defaultSequenceCache() {
        return 1000;
    }

    @Override
    protected String noCycle() {
        return " NOCYCLE";
    }

    /** A sequence is a table to MariaDB: its engine and comment are table options of CREATE SEQUENCE. */
    @Override
    protected List<String> createSequenceStatements(dev.schemactl.schema.Sequence s) {
        return List.of(createSequence(s) + (s.engine() == null ? "" : " ENGINE=" + s.engine())
                + (hasText(s.comment()) ? " COMMENT=" + literal(s.comment()) : ""));
    }

    /** ALTER SEQUENCE for its options, ALTER TABLE for its engine (back to the server's default: InnoDB, as for a table). */
    @Override
    protected List<String> alterSequence(dev.schemactl.schema.Sequence before, dev.schemactl.schema.Sequence after) {
        List<String> out = new java.util.ArrayList<>();
        if ((before.increment() < 0) != (after.increment() < 0)) out.add(flipSequence(before, after));
        else if (!before.withEngine(after.engine()).sameOptions(after)) out.addAll(super.alterSequence(before, after));
        if (!before.withEngine(after.engine()).equals(before)) {
            out.add("ALTER TABLE " + sequenceName(after) + " ENGINE=" + (after.engine() == null ? "InnoDB" : after.engine()));
        }
        return out;
    }

    /**
     * A sequence whose increment changes sign: MariaDB's NO MINVALUE / NO MAXVALUE keep the old direction's bounds
     * ({@code INCREMENT BY -1 NO MINVALUE} leaves minvalue 1, and a START WITH -1 then conflicts with it), so both bounds
     * are restated with the new direction's defaults where the model leaves them out (as {@code MariaDbInspector.sequence}
     * reads them back), START is restated, and the current value, outside the new range, RESTARTs there.
     */
    private String flipSequence(dev.schemactl.schema.Sequence before, dev.schemactl.schema.Sequence after) {
        boolean up = after.increment() > 0;
        long min = after.minValue() != null ? after.minValue() : up ? 1L : -Long.MAX_VALUE;
        long max = after.maxValue() != null ? after.maxValue() : up ? Long.MAX_VALUE - 1 : -1L;
        StringBuilder b = new StringBuilder("ALTER SEQUENCE ").append(sequenceName(after))
                .append(" INCREMENT BY ").append(after.increment()).append(" MINVALUE ").append(min).append(" MAXVALUE ").append(max)
                .append(" START WITH ").append(after.start()).append(" RESTART");
        if (!java.util.Objects.equals(before.cache(), after.cache())) b.append(" CACHE ").append(after.cache() == null ? defaultSequenceCache() : after.cache());
        if (before.cycle() != after.cycle()) b.append(after.cycle() ? " CYCLE" : noCycle());
        return b.toString();
    }

    /** ALTER TABLE sets a sequence's comment (MariaDB has no COMMENT ON). */
    @Override
    protected String sequenceComment(dev.schemactl.schema.Sequence s, String comment) {
        return "ALTER TABLE " + sequenceName(s) + " COMMENT = " + literal(comment == null ? "" : comment);
    }

    @Override
    protected List<String> setColumnOptions(String table, Column before, Column after) {
        return modify(table, after);
    }

    @Override
    protected String setTableComment(String table, String comment) {
        return alterTable(table) + "COMMENT = " + literal(comment == null ? "" : comment);
    }

    /**
     * {@code COLLATE=x} (or the database's default charset and collation for null), then a MODIFY of each column with
     * a charset that follows the table: MODIFY without CHARACTER SET/COLLATE gives a column the table's new default.
     */
    @Override
    protected List<String> setTableCollation(Change.SetTableCollation change, String collation, List<Column> columns) {
        List<String> out = new java.util.ArrayList<>();
        out.add(alterTable(change.table()) + (hasText(collation) ? "COLLATE=" + collation : "DEFAULT CHARACTER SET=DEFAULT"));
        for (Column c : columns) {
            if (hasCharset(c)) out.addAll(modify(change.table(), c));
        }
        return out;
    }

    /** Character columns: char/varchar, the text sizes, enum and set (JSON is utf8mb4_bin by definition). */
    private static boolean hasCharset(Column c) {
        return switch (c.type().kind()) {
            case CHAR, VARCHAR, TEXT, CLOB, ENUM -> true;
            case OTHER -> c.type().raw() != null && c.type().raw().startsWith("set(");
            default -> false;
        };
    }

    @Override
    protected String primaryKeyClause(String table, PrimaryKey pk) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < pk.columns().size(); i++) {
            String c = pk.columns().get(i);
            parts.add(quote(c) + (pk.prefix(i) != null ? "(" + pk.prefix(i) + ")" : "") + (pk.isDescending(c) ? " DESC" : ""));
        }
        return "PRIMARY KEY (" + String.join(", ", parts) + ")" + using(pk.method());
    }

    /** {@code PERIOD FOR SYSTEM_TIME} is a keyword, never quoted: {@code PERIOD FOR `SYSTEM_TIME`} is an application-time period. */
    @Override
    protected String periodClause(dev.schemactl.schema.Period p) {
        return "PERIOD FOR " + periodName(p) + " (" + quote(p.start()) + ", " + quote(p.end()) + ")";
    }

    private String periodName(dev.schemactl.schema.Period p) {
        return p.isSystemTime() ? dev.schemactl.schema.Period.SYSTEM_TIME : quote(p.name());
    }

    /** ADD PERIOD checks every row (start before end); the columns exist by then, its keys are added after it. */
    @Override
    protected String addPeriod(String table, dev.schemactl.schema.Period p) {
        return alterTable(table) + "ADD " + periodClause(p);
    }

    /** Its keys unique without overlaps are dropped before it (MariaDB refuses to drop a period a key uses). */
    @Override
    protected String dropPeriod(String table, dev.schemactl.schema.Period p) {
        return alterTable(table) + "DROP PERIOD FOR " + periodName(p);
    }

    @Override
    protected String dropPrimaryKey(String table, PrimaryKey pk) {
        return alterTable(table) + "DROP PRIMARY KEY";
    }

    @Override
    protected String dropUnique(String table, UniqueConstraint u) {
        return alterTable(table) + "DROP INDEX " + name(uniqueName(table, u));
    }

    /** A key prefix is written after the column: {@code email(20)}. */
    @Override
    protected String indexColumn(IndexColumn c) {
        if (c.isExpression() || c.prefixLength() == null) return super.indexColumn(c);
        return quote(c.name()) + "(" + c.prefixLength() + ")" + (c.descending() ? " DESC" : "");
    }

    /** FULLTEXT and SPATIAL keys are kinds of index here, not methods: {@code CREATE FULLTEXT INDEX ...}. */
    @Override
    protected String createIndex(String table, Index i) {
        if (i.method() == null || MariaDbIndexMethods.writtenAsUsing(i.method())) {
            return super.createIndex(table, i.withMethod(null)) + indexOptions(i);
        }
        String cols = i.columns().stream().map(this::indexColumn).collect(java.util.stream.Collectors.joining(", "));
        return "CREATE " + i.method().toUpperCase(java.util.Locale.ROOT) + " INDEX " + name(indexName(table, i))
                + " ON " + quote(table) + " (" + cols + ")" + indexOptions(i);
    }

    /** The comment is written inside CREATE INDEX ({@link #indexOptions}); there is no COMMENT ON INDEX here. */
    @Override
    protected List<String> createIndexStatements(String table, Index i) {
        return List.of(createIndex(table, i));
    }

    /** A key unique without overlaps keeps its {@code COMMENT} and {@code IGNORED} in its clause, as an index does. */
    @Override
    protected String uniqueClause(String table, UniqueConstraint u) {
        return super.uniqueClause(table, u) + (u.indexComment() == null ? "" : " COMMENT " + literal(u.indexComment()))
                + (u.ignored() ? " IGNORED" : "");
    }

    @Override
    protected boolean uniqueIndexCommentInDefinition() {
        return true;
    }

    /** The index options the model carries: {@code USING BTREE|HASH}, {@code COMMENT '...'} and {@code IGNORED}. */
    private String indexOptions(Index i) {
        return using(i.method())
                + (i.comment() == null ? "" : " COMMENT " + literal(i.comment())) + (i.ignored() ? " IGNORED" : "");
    }

    /** {@code USING BTREE|HASH} for a key of that method; nothing for the table's default or a kind of key. */
    private static String using(String method) {
        return MariaDbIndexMethods.writtenAsUsing(method) ? " USING " + method.toUpperCase(java.util.Locale.ROOT) : "";
    }

    /** IGNORED is switched in place (metadata only; the index is kept up to date either way). */
    @Override
    protected String setIndexIgnored(String table, Index index, boolean ignored) {
        return alterTable(table) + "ALTER INDEX " + name(indexName(table, index)) + (ignored ? " IGNORED" : " NOT IGNORED");
    }

    /**
     * The key an AUTO_INCREMENT column needs ({@link #autoIncrementKey}) and every index with a key order, which
     * {@link #keyClauses} writes at its place.
     */
    @Override
    protected List<Index> indexesInCreateTable(Table table) {
        List<Index> out = new java.util.ArrayList<>(autoIncrementKey(table));
        for (Index i : table.indexes()) if (i.keyOrder() != Index.NO_KEY_ORDER && !out.contains(i)) out.add(i);
        return out;
    }

    /**
     * Every key at its place in the table's key order where the definition has one (MariaDB's creation order, which
     * SHOW CREATE TABLE shows and writing them in this order in one CREATE TABLE gives again): unique constraints,
     * indexes, and the index the server made for a foreign key under its name, written here as a plain KEY of that
     * name (the foreign key, added later, then uses it instead of making one after all the others). Keys without a
     * key order follow, as on the other engines.
     */
    @Override
    protected List<String> keyClauses(Table table) {
        record Key(int order, String clause) {
        }
        List<Key> keys = new java.util.ArrayList<>();
        for (UniqueConstraint u : table.uniquesInKeyOrder()) keys.add(new Key(u.keyOrder(), uniqueClause(table.key(), u)));
        for (Index i : indexesInCreateTable(table)) keys.add(new Key(i.keyOrder(), indexClause(table.key(), i)));
        for (ForeignKey f : table.foreignKeys()) {
            if (f.keyOrder() == Index.NO_KEY_ORDER || f.name() == null) continue;
            keys.add(new Key(f.keyOrder(), "KEY " + keyName(foreignKeyName(table.key(), f)) + " ("
                    + f.columns().stream().map(this::quote).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        }
        return keys.stream().sorted(java.util.Comparator.comparingInt(Key::order)).map(Key::clause).toList(); // stable
    }

    /**
     * An AUTO_INCREMENT column must lead some key when the table is created; when neither the primary key nor a
     * unique key starts with it ({@code PRIMARY KEY (tenant, n)}), the first index that does is written inside
     * CREATE TABLE, and with it the indexes before it in the table's order: SHOW CREATE TABLE lists keys in creation
     * order, so an index created after the table would come after it (Cacti's {@code processes}:
     * {@code KEY tasktype (tasktype), KEY id (id)}).
     */
    private static List<Index> autoIncrementKey(Table table) {
        for (Column c : table.columns()) {
            if (!c.isIdentity()) continue;
            boolean keyed = table.primaryKey() != null && !table.primaryKey().columns().isEmpty()
                    && table.primaryKey().columns().get(0).equals(c.name());
            for (UniqueConstraint u : table.uniques()) keyed |= !u.columns().isEmpty() && u.columns().get(0).equals(c.name());
            if (keyed) return List.of();
            for (int k = 0; k < table.indexes().size(); k++) {
                Index i = table.indexes().get(k);
                if (MariaDbIdentityKeys.servesAutoIncrement(i) && c.name().equals(i.columns().get(0).name())) {
                    return table.indexes().subList(0, k + 1);
                }
            }
        }
        return List.of();
    }

    /** A key inside CREATE TABLE or ALTER TABLE: {@code [UNIQUE|FULLTEXT|SPATIAL] KEY name (...) options}. */
    @Override
    protected String indexClause(String table, Index i) {
        String cols = i.columns().stream().map(this::indexColumn).collect(java.util.stream.Collectors.joining(", "));
        String kind = i.unique() ? "UNIQUE " : i.method() != null && !MariaDbIndexMethods.writtenAsUsing(i.method())
                ? i.method().toUpperCase(java.util.Locale.ROOT) + " " : "";
        return kind + "KEY " + keyName(indexName(table, i)) + " (" + cols + ")" + indexOptions(i);
    }

    /**
     * A key's name before its {@code (columns)}: backquoted when it is a built-in function's name, which MariaDB
     * Connector/J's session mode IGNORE_SPACE makes reserved there ({@code KEY mid (mid)} is a syntax error,
     * {@code KEY `mid` (mid)} is not; osTicket's and Cacti's schemas have such keys).
     */
    private String keyName(String name) {
        String written = name(name);
        if (written.startsWith("`") || !FUNCTION_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) return written;
        return "`" + shorten(name).replace("`", "``") + "`";
    }

    /** MariaDB 10.11's information_schema.SQL_FUNCTIONS, lower case, with ROW_NUMBER and SYSDATE. */
    private static final java.util.Set<String> FUNCTION_NAMES = java.util.Set.of("abs", "acos", "adddate", "addtime", "add_months", "aes_decrypt", "aes_encrypt", "asin", "atan", "atan2", "benchmark", "bin", "binlog_gtid_pos", "bit_and", "bit_count", "bit_length", "bit_or", "bit_xor", "cast", "ceil", "ceiling", "character_length", "char_length", "chr", "coalesce", "coercibility", "collation", "column_check", "column_exists", "column_json", "column_list", "compress", "concat", "concat_operator_oracle", "concat_ws", "connection_id", "conv", "convert_tz", "cos", "cot", "count", "crc32", "crc32c", "cume_dist", "curdate", "curtime", "database", "datediff", "date_add", "date_format", "date_sub", "dayname", "dayofmonth", "dayofweek", "dayofyear", "decode", "decode_histogram", "decode_oracle", "degrees", "dense_rank", "des_decrypt", "des_encrypt", "elt", "encode", "encrypt", "exp", "export_set", "extract", "extractvalue", "field", "find_in_set", "first_value", "floor", "format", "found_rows", "from_base64", "from_days", "from_unixtime", "get_lock", "greatest", "group_concat", "hex", "ifnull", "inet6_aton", "inet6_ntoa", "inet_aton", "inet_ntoa", "instr", "isnull", "is_free_lock", "is_ipv4", "is_ipv4_compat", "is_ipv4_mapped", "is_ipv6", "is_used_lock", "json_array", "json_arrayagg", "json_array_append", "json_array_insert", "json_compact", "json_contains", "json_contains_path", "json_depth", "json_detailed", "json_equals", "json_exists", "json_extract", "json_insert", "json_keys", "json_length", "json_loose", "json_merge", "json_merge_patch", "json_merge_preserve", "json_normalize", "json_object", "json_objectagg", "json_overlaps", "json_pretty", "json_query", "json_quote", "json_remove", "json_replace", "json_search", "json_set", "json_type", "json_unquote", "json_valid", "json_value", "lag", "last_day", "last_insert_id", "lcase", "lead", "least", "length", "lengthb", "ln", "load_file", "locate", "log", "log10", "log2", "lower", "lpad", "lpad_oracle", "ltrim", "ltrim_oracle", "makedate", "maketime", "make_set", "master_gtid_wait", "master_pos_wait", "max", "md5", "median", "microsecond", "mid", "min", "mod", "monthname", "name_const", "natural_sort_key", "now", "nth_value", "ntile", "nullif", "nvl", "nvl2", "oct", "octet_length", "old_password", "ord", "password", "percentile_cont", "percentile_disc", "percent_rank", "period_add", "period_diff", "pi", "position", "pow", "power", "quarter", "quote", "radians", "rand", "random_bytes", "rank", "regexp_instr", "regexp_replace", "regexp_substr", "release_all_locks", "release_lock", "replace_oracle", "reverse", "round", "row_count", "rpad", "rpad_oracle", "rtrim", "rtrim_oracle", "schema", "schemas", "sec_to_time", "session_user", "sformat", "sha", "sha1", "sha2", "sign", "sin", "sleep", "soundex", "space", "sqrt", "std", "stddev", "stddev_pop", "stddev_samp", "strcmp", "str_to_date", "subdate", "substr", "substring", "substring_index", "substr_oracle", "subtime", "sum", "system_user", "sys_guid", "tan", "timediff", "time_format", "time_to_sec", "to_base64", "to_char", "to_days", "to_seconds", "trim", "trim_oracle", "ucase", "uncompress", "uncompressed_length", "unhex", "unix_timestamp", "updatexml", "upper", "uuid", "uuid_short", "variance", "var_pop", "var_samp", "version", "week", "weekday", "weekofyear", "wsrep_last_seen_gtid", "wsrep_last_written_gtid", "wsrep_sync_wait_upto_gtid", "yearweek", "row_number", "sysdate");

    @Override
    protected String dropIndex(String table, Index i) {
        return "DROP INDEX " + name(indexName(table, i)) + " ON " + quote(table);
    }

    /**
     * Also drops the index InnoDB creates under the foreign key's name when no index covers its columns
     * (it outlives the foreign key otherwise, so the schema would depend on the path that built it).
     */
    @Override
    protected String dropForeignKey(String table, ForeignKey f) {
        String fk = name(foreignKeyName(table, f));
        return alterTable(table) + "DROP FOREIGN KEY " + fk + ", DROP INDEX IF EXISTS " + fk;
    }

    /** MariaDB 10.5.2+ renames an index or unique key in place, without rebuilding it. */
    @Override
    protected String renameIndex(String table, String name, String newName) {
        return alterTable(table) + "RENAME INDEX " + quote(name) + " TO " + quote(newName);
    }
}
