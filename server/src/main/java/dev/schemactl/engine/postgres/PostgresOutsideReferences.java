package dev.schemactl.engine.postgres;

import dev.schemactl.engine.OutsideReferences;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's {@link OutsideReferences}: besides foreign keys, the sequences a default's {@code nextval('s.seq')}
 * names, the functions an expression calls qualified ({@code util.next_code()}: the catalog qualifies a function
 * outside the inspected schemas) in defaults, generated columns and checks, and column types of another schema (an
 * enum, domain or composite type there, arrays of them too). Built-in schemas ({@code pg_catalog}) are not outside.
 */
final class PostgresOutsideReferences implements OutsideReferences {

    static final PostgresOutsideReferences INSTANCE = new PostgresOutsideReferences();

    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern NEXTVAL = Pattern.compile("(?i)\\bnextval\\s*\\(\\s*'((?:[^']|'')*)'");
    private static final Pattern CALL = Pattern.compile("(?<![A-Za-z0-9_$.\"])(" + IDENT + ")\\s*\\.\\s*(" + IDENT + ")\\s*\\(");
    private static final Pattern QUALIFIED = Pattern.compile("(" + IDENT + ")\\.(" + IDENT + ")");
    private static final List<String> BUILT_IN = List.of("pg_catalog", "information_schema");

    private PostgresOutsideReferences() {
    }

    @Override
    public List<OutsideReference> find(Schema schema, List<String> managed) {
        List<OutsideReference> out = new ArrayList<>(FOREIGN_KEYS.find(schema, managed));
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                String column = t.key() + "." + c.name();
                expression(c.defaultExpression(), "default of " + column, managed, out);
                expression(c.generatedExpression(), "generated column " + column, managed, out);
                if (c.type().kind() == TypeKind.OTHER && c.type().raw() != null) {
                    Matcher m = QUALIFIED.matcher(c.type().raw().replace("[]", "").strip());
                    if (m.matches() && outside(m.group(1), managed)) {
                        out.add(new OutsideReference("type", m.group(0), "type of " + column));
                    }
                }
            }
            for (CheckConstraint check : t.checks()) {
                expression(check.expression(), "check " + check.name() + " of " + t.key(), managed, out);
            }
        }
        for (dev.schemactl.schema.UnmanagedObject o : schema.unmanaged()) {
            // statistics of another schema over a managed table (listed with it): its schema must exist
            if (o.kind().equals("statistics") && o.schema() != null && !managed.contains(o.schema())) {
                out.add(new OutsideReference("schema", PostgresNames.quote(o.schema()), "statistics " + o.schema() + "." + o.name()
                        + " on " + o.table()));
            }
        }
        out.sort(Comparator.comparing(OutsideReference::kind).thenComparing(OutsideReference::name)
                .thenComparing(OutsideReference::usedBy));
        return out.stream().distinct().toList();
    }

    /**
     * The schemas of the references, then their enum, domain and composite types,
     * sequences ({@code pg_sequences}: type, increment, bounds, start, cache, cycle) and functions
     * ({@code pg_get_functiondef}, every overload of the name) as the catalog of {@code c} gives them, with function
     * bodies unchecked as pg_dump loads them. Tables (a foreign key's target) are not copied. Undo: each schema this
     * creates, dropped with CASCADE (only where it was created here).
     */
    @Override
    public Copy copy(Connection c, List<OutsideReference> references) throws SQLException {
        Set<String> schemas = new LinkedHashSet<>();
        List<String> types = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (OutsideReference r : references) {
            if (!seen.add(r.kind() + " " + r.name())) continue;
            if (r.kind().equals("schema")) {
                schemas.add(unquote(r.name()));
                continue;
            }
            Matcher m = QUALIFIED.matcher(r.name().endsWith("()") ? r.name().substring(0, r.name().length() - 2) : r.name());
            if (!m.matches()) continue;
            String schema = unquote(m.group(1));
            String name = unquote(m.group(2));
            List<String> found = switch (r.kind()) {
                case "sequence" -> rows(c, SEQUENCE, schema, name);
                case "function" -> rows(c, FUNCTION, schema, name);
                case "type" -> rows(c, TYPE, schema, name);
                default -> List.of();
            };
            if (found.isEmpty()) continue;
            schemas.add(schema);
            (r.kind().equals("sequence") ? sequences : r.kind().equals("function") ? functions : types).addAll(found);
        }
        if (schemas.isEmpty()) return Copy.NONE;
        List<Copy.Step> steps = new ArrayList<>();
        steps.add(new Copy.Step("SET check_function_bodies = false", null));
        for (String schema : schemas) {
            steps.add(new Copy.Step("CREATE SCHEMA " + PostgresNames.quote(schema), "DROP SCHEMA IF EXISTS " + PostgresNames.quote(schema) + " CASCADE"));
        }
        for (String sql : types) steps.add(new Copy.Step(sql, null));
        for (String sql : sequences) steps.add(new Copy.Step(sql, null));
        for (String sql : functions) steps.add(new Copy.Step(sql, null));
        return new Copy(steps);
    }

    private static final String SEQUENCE = "SELECT format('CREATE SEQUENCE IF NOT EXISTS %I.%I AS %s INCREMENT BY %s MINVALUE %s"
            + " MAXVALUE %s START WITH %s CACHE %s%s', schemaname, sequencename, format_type(data_type, NULL), increment_by,"
            + " min_value, max_value, start_value, cache_size, CASE WHEN cycle THEN ' CYCLE' ELSE '' END)"
            + " FROM pg_sequences WHERE schemaname = ? AND sequencename = ?";
    private static final String FUNCTION = "SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE n.nspname = ? AND p.proname = ? AND p.prokind IN ('f', 'p', 'w') ORDER BY pg_get_function_identity_arguments(p.oid)";
    private static final String TYPE = "SELECT CASE t.typtype"
            + " WHEN 'e' THEN format('CREATE TYPE %I.%I AS ENUM (%s)', n.nspname, t.typname, (SELECT string_agg(quote_literal(e.enumlabel),"
            + "   ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))"
            + " WHEN 'd' THEN format('CREATE DOMAIN %I.%I AS %s%s%s%s', n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),"
            + "   CASE WHEN t.typcollation <> 0 AND t.typcollation <> (SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype)"
            + "     THEN ' COLLATE ' || (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co"
            + "     JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) ELSE '' END,"
            + "   CASE WHEN t.typdefault IS NOT NULL THEN ' DEFAULT ' || t.typdefault ELSE '' END,"
            + "   CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END"
            + "   || coalesce((SELECT string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), '' ORDER BY k.conname)"
            + "     FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'), ''))"
            + " WHEN 'c' THEN format('CREATE TYPE %I.%I AS (%s)', n.nspname, t.typname, (SELECT string_agg(quote_ident(a.attname) || ' '"
            + "   || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid"
            + "   AND a.attnum > 0 AND NOT a.attisdropped))"
            + " END FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = ? AND t.typname = ? AND t.typtype IN ('e', 'd', 'c')"
            + " AND (t.typtype <> 'c' OR (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')";

    private static List<String> rows(Connection c, String sql, String schema, String name) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (rs.getString(1) != null) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
    }

    private static void expression(String expression, String usedBy, List<String> managed, List<OutsideReference> out) {
        if (expression == null) return;
        Matcher seq = NEXTVAL.matcher(expression);
        while (seq.find()) {
            Matcher m = QUALIFIED.matcher(seq.group(1).replace("''", "'"));
            if (m.matches() && outside(m.group(1), managed)) out.add(new OutsideReference("sequence", m.group(0), usedBy));
        }
        Matcher call = CALL.matcher(withoutLiterals(expression));
        while (call.find()) {
            if (outside(call.group(1), managed)) {
                out.add(new OutsideReference("function", call.group(1) + "." + call.group(2) + "()", usedBy));
            }
        }
    }

    private static boolean outside(String schemaIdentifier, List<String> managed) {
        String name = schemaIdentifier.startsWith("\"")
                ? schemaIdentifier.substring(1, schemaIdentifier.length() - 1).replace("\"\"", "\"") : schemaIdentifier;
        return !managed.contains(name) && !BUILT_IN.contains(name);
    }

    /** The expression with its '...' literals blanked, so that text inside them is not read as a call. */
    private static String withoutLiterals(String expression) {
        StringBuilder b = new StringBuilder(expression.length());
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (ch == '\'') quoted = !quoted;
            b.append(quoted && ch != '\'' ? ' ' : ch);
        }
        return b.toString();
    }
}
