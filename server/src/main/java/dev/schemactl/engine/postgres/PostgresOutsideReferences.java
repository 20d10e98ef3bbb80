package dev.schemactl.engine.postgres;

import dev.schemactl.engine.OutsideReferences;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        out.sort(Comparator.comparing(OutsideReference::kind).thenComparing(OutsideReference::name)
                .thenComparing(OutsideReference::usedBy));
        return out.stream().distinct().toList();
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
