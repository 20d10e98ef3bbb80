package dev.schemactl.engine.h2;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.BaseSqlRenderer;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * H2 2.x DDL: {@code ALTER COLUMN c SET DATA TYPE}, {@code SET/DROP NOT NULL}, {@code SET/DROP DEFAULT},
 * {@code COMMENT ON}, {@code ALTER COLUMN a RENAME TO b}. H2 upper-cases unquoted identifiers, so a lower-case
 * model name that needs quoting is quoted in upper case ({@code "VALUE"}): it then names the same object an
 * unquoted spelling would; any other name is quoted exactly ({@code "Album"}, see {@link H2Names}).
 */
final class H2Renderer extends BaseSqlRenderer {

    /** H2 2.x keywords (they cannot be used as unquoted identifiers). */
    static final Set<String> RESERVED = Set.of(
            "_rowid_", "all", "and", "any", "array", "as", "asymmetric", "authorization", "between", "both", "case",
            "cast", "check", "constraint", "cross", "current_catalog", "current_date", "current_path",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "day", "default",
            "distinct", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "group",
            "groups", "having", "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is", "join", "key",
            "leading", "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month", "natural",
            "not", "null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify", "range", "regexp",
            "right", "row", "rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric",
            "system_user", "table", "to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user",
            "using", "value", "values", "when", "where", "window", "with", "year");

    /** Table key → its (schema, name), for the tables of the plan being rendered that live outside the default schema. */
    private final Map<String, TableName> schemaOf;
    /**
     * The configured default schema (the first of {@code schemas:}) when it is not PUBLIC, null otherwise: the model
     * leaves it out of names, and an unqualified name would resolve to the session's schema, PUBLIC.
     */
    private final String defaultSchema;

    H2Renderer() {
        this(Map.of(), null);
    }

    private H2Renderer(Map<String, TableName> schemaOf, String defaultSchema) {
        super(H2TypeNames.INSTANCE);
        this.schemaOf = schemaOf;
        this.defaultSchema = defaultSchema;
    }

    /** This renderer for the managed schemas {@code schemas} (the first is the default schema; none: PUBLIC). */
    @Override
    public H2Renderer forSchemas(List<String> schemas) {
        String first = schemas == null || schemas.isEmpty() ? null : schemas.get(0);
        return new H2Renderer(Map.of(), first == null || H2Names.catalog(first).equals("PUBLIC") ? null : first);
    }

    /**
     * Renders with the plan's tables qualified by their schemas: the model names a table by its key
     * ({@code billing.invoice}), and the SQL must name BILLING.INVOICE, not a table "billing.invoice" of PUBLIC.
     */
    @Override
    public List<RenderedChange> render(Plan plan) {
        Map<String, TableName> schemas = new HashMap<>();
        if (plan.from() != null) {
            for (Table t : plan.from().tables()) if (t.schema() != null) schemas.put(t.key(), t.tableName());
        }
        for (Change c : plan.changes()) {
            if (c instanceof Change.CreateTable create && create.definition().schema() != null) {
                schemas.put(create.definition().key(), create.definition().tableName());
            }
        }
        for (Change c : plan.changes()) { // a renamed table keeps its schema
            if (c instanceof Change.RenameTable r && r.schema() != null) schemas.put(r.newKey(), new TableName(r.schema(), r.newName()));
        }
        H2Renderer renderer = schemas.equals(schemaOf) ? this : new H2Renderer(Map.copyOf(schemas), defaultSchema);
        return plan.changes().stream().map(renderer::render).toList();
    }

    @Override
    protected String schemaPrefix(String table) {
        TableName qualified = table == null ? null : schemaOf.get(table);
        return prefix(qualified == null ? null : qualified.schema());
    }

    @Override
    protected String tableName(String table) {
        TableName qualified = schemaOf.get(table);
        return qualified == null ? table : qualified.name();
    }

    @Override
    protected String sequenceName(Sequence s) {
        return prefix(s.schema()) + quote(s.name());
    }

    /** H2 has no statement that renames a sequence (ALTER SEQUENCE takes no RENAME TO): refused, never wrong SQL. */
    @Override
    protected String renameSequence(Sequence s, String newName) {
        throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.UNSUPPORTED,
                "H2 cannot rename sequence " + s.name() + " to " + newName + " (ALTER SEQUENCE has no RENAME TO)",
                "leave out the rename hint: the plan then creates " + newName + " and drops " + s.name()
                        + ", so set its START past the values already used");
    }

    /**
     * H2 looks an unqualified REFERENCES table up in the schema of the table being altered, not the session's: a key of
     * a billing table to a default-schema table names that schema.
     */
    @Override
    protected String foreignKeyClause(String table, ForeignKey f) {
        if (f.referencedSchema() != null || schemaOf.get(table) == null) return super.foreignKeyClause(table, f);
        ForeignKey qualified = new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(),
                f.onUpdate(), f.deferral(), defaultSchema == null ? "public" : defaultSchema, f.matchFull(), f.onDeleteColumns(),
                f.notValid(), f.comment());
        return super.foreignKeyClause(table, qualified);
    }

    /** "schema." for an object of {@code schema} (null: the default schema), "" for one of PUBLIC. */
    private String prefix(String schema) {
        String s = schema == null ? defaultSchema : schema;
        return s == null ? "" : quote(s) + ".";
    }

    /** H2 accepts 256, but names are kept to PostgreSQL's 63 so H2 (often PostgreSQL's stand-in) names match. */
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
        return "\"" + H2Names.catalog(identifier).replace("\"", "\"\"") + "\"";
    }

    /** H2's NAME_1 style names it makes up for an unnamed constraint ({@code CONSTRAINT_8}). */
    private static final java.util.regex.Pattern GENERATED_CONSTRAINT_NAME = java.util.regex.Pattern.compile("(?i)constraint_[0-9a-f]+");

    /**
     * type, then GENERATED ALWAYS AS (...), or GENERATED ALWAYS|BY DEFAULT AS IDENTITY with its START WITH / INCREMENT BY,
     * or DEFAULT; then ON UPDATE; then NOT NULL (H2's column definition order).
     */
    @Override
    protected String columnDefinition(Column c) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(type(c.type()));
        if (hasText(c.generatedExpression())) {
            b.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(")");
        } else if (c.isIdentity()) {
            b.append(identityClause(c.identity()));
        } else if (c.defaultExpression() != null) {
            b.append(" DEFAULT ").append(c.defaultExpression());
        }
        if (hasText(c.onUpdate())) b.append(" ON UPDATE ").append(c.onUpdate());
        if (!c.nullable()) b.append(" NOT NULL");
        return b.toString();
    }

    private static String identityClause(Identity id) {
        List<String> options = new ArrayList<>();
        if (id.start() != null) options.add("START WITH " + id.start());
        if (id.increment() != null) options.add("INCREMENT BY " + id.increment());
        return " GENERATED " + (id.kind() == Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    /**
     * A primary key whose name H2 made up ({@code CONSTRAINT_2}, read from another database) is written without a
     * name: H2 names it again, and the made-up name of one database may be taken by another constraint of this one.
     */
    @Override
    protected String primaryKeyClause(String table, PrimaryKey pk) {
        if (pk.name() != null && GENERATED_CONSTRAINT_NAME.matcher(H2Names.catalog(pk.name())).matches()) {
            return "PRIMARY KEY (" + columnList(pk.columns()) + ")";
        }
        return super.primaryKeyClause(table, pk);
    }

    /** SET / DROP DEFAULT and SET / DROP ON UPDATE, each only where it changes. */
    @Override
    protected List<String> setDefault(String table, Column before, Column after) {
        String column = alterTable(table) + "ALTER COLUMN " + quote(after.name());
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.defaultExpression(), after.defaultExpression()) || Objects.equals(before.onUpdate(), after.onUpdate())) {
            out.add(column + (after.defaultExpression() == null ? " DROP DEFAULT" : " SET DEFAULT " + after.defaultExpression()));
        }
        if (!Objects.equals(before.onUpdate(), after.onUpdate())) {
            out.add(column + (hasText(after.onUpdate()) ? " SET ON UPDATE " + after.onUpdate() : " DROP ON UPDATE"));
        }
        return out;
    }

    @Override
    protected String renameColumn(String table, String from, String to) {
        return alterTable(table) + "ALTER COLUMN " + quote(from) + " RENAME TO " + quote(to);
    }

    @Override
    protected List<String> alterType(String table, Column before, Column after) {
        return List.of(alterTable(table) + "ALTER COLUMN " + quote(after.name()) + " SET DATA TYPE " + type(after.type()));
    }

    /**
     * DROP IDENTITY; or SET GENERATED ALWAYS|BY DEFAULT, START WITH, SET INCREMENT BY in place (the values already
     * drawn stay); a column that becomes identity then restarts after its data.
     */
    @Override
    protected List<String> setIdentity(String table, Column before, Column after) {
        String column = alterTable(table) + "ALTER COLUMN " + quote(after.name());
        Identity from = before.identity();
        Identity to = after.identity();
        if (to == null) return List.of(column + " DROP IDENTITY");
        List<String> out = new ArrayList<>();
        if (from == null || from.kind() != to.kind()) {
            out.add(column + (to.kind() == Identity.Kind.ALWAYS ? " SET GENERATED ALWAYS" : " SET GENERATED BY DEFAULT"));
        }
        Long fromStart = from == null ? null : from.start();
        Long fromIncrement = from == null ? null : from.increment();
        if (!Objects.equals(fromStart, to.start())) out.add(column + " START WITH " + (to.start() == null ? 1 : to.start()));
        if (!Objects.equals(fromIncrement, to.increment())) out.add(column + " SET INCREMENT BY " + (to.increment() == null ? 1 : to.increment()));
        if (from == null) {
            String next = to.start() == null ? "COALESCE(MAX(" + quote(after.name()) + "), 0) + 1"
                    : "COALESCE(MAX(" + quote(after.name()) + ") + 1, " + to.start() + ")";
            out.add(column + " RESTART WITH (SELECT " + next + " FROM " + table(table) + ")");
        }
        return out;
    }

    @Override
    protected String dropPrimaryKey(String table, PrimaryKey pk) {
        return alterTable(table) + "DROP PRIMARY KEY";
    }
}
