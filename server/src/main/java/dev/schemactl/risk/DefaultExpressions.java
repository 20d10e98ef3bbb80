package dev.schemactl.risk;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a column default behaves when ADD COLUMN fills the existing rows. PostgreSQL 11+ stores a non-volatile default
 * once (no rewrite) but evaluates a volatile one per row (rewrite); functions it does not know are assumed volatile.
 * MariaDB/MySQL add a column in place only with a literal default.
 */
final class DefaultExpressions {
    enum Kind { LITERAL, NON_VOLATILE, VOLATILE, UNKNOWN_FUNCTION }

    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_$.]*)\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile(
            "(?i)^\\(*\\s*(?:[-+]?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|'(?:[^']|'')*'|true|false|null|b'[01]*'|x'[0-9a-f]*')"
                    + "\\s*(?:::\\s*[a-z_][a-z0-9_ ]*(?:\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\[\\])?\\s*)*\\)*$");

    /** Functions (and function-like keywords) PostgreSQL evaluates once per statement or that are immutable. */
    private static final Set<String> NON_VOLATILE = Set.of("now", "transaction_timestamp", "statement_timestamp",
            "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user",
            "session_user", "current_schema", "lower", "upper", "coalesce", "nullif", "concat", "length", "abs", "round",
            "trunc", "floor", "ceil", "greatest", "least", "date_trunc", "make_date", "make_timestamp", "to_char",
            "to_date", "to_timestamp", "jsonb_build_object", "json_build_object", "jsonb_build_array", "array",
            "cast", "timezone", "interval", "md5", "replace", "substring", "trim");

    /** Functions that return another value on every call. */
    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "uuid", "uuid_short", "clock_timestamp", "timeofday", "nextval",
            "setseed", "txid_current", "rand", "sysdate", "random_uuid");

    private DefaultExpressions() {
    }

    static Kind of(String expression) {
        if (expression == null) return Kind.LITERAL;
        String e = stripStrings(expression.trim());
        if (LITERAL.matcher(expression.trim()).matches()) return Kind.LITERAL;
        Matcher m = FUNCTION.matcher(e);
        Kind worst = null;
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            name = name.substring(name.lastIndexOf('.') + 1);
            Kind k = VOLATILE.contains(name) ? Kind.VOLATILE : NON_VOLATILE.contains(name) ? Kind.NON_VOLATILE
                    : Kind.UNKNOWN_FUNCTION;
            worst = worst == null || k.ordinal() > worst.ordinal() ? k : worst;
        }
        if (worst != null) return worst;
        // no call: keywords like CURRENT_TIMESTAMP, casts and operators over literals
        return Kind.NON_VOLATILE;
    }

    /** The expression with string literals emptied, so that "'now()'" is not a call. */
    private static String stripStrings(String s) {
        return s.replaceAll("'(?:[^']|'')*'", "''");
    }
}
