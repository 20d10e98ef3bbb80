package dev.schemactl.engine.postgres;

import dev.schemactl.engine.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes a PostgreSQL column default ({@code pg_get_expr(adbin, adrelid)}) to a plain SQL expression:
 * <ul>
 *   <li>casts after literals are dropped: {@code 'abc'::character varying} → {@code 'abc'},
 *       {@code '2020-01-01'::date} → {@code '2020-01-01'}, {@code '{}'::jsonb} → {@code '{}'},
 *       {@code nextval('s'::regclass)} → {@code nextval('s')}, but for a name looked up at each call,
 *       {@code nextval(('s'::text)::regclass)} (see LATE_BOUND_RELATION);</li>
 *   <li>a quoted number cast to a numeric type loses its quotes: {@code '-1'::integer} → {@code -1},
 *       {@code '-1.5'::numeric} → {@code -1.5} (PostgreSQL quotes negative numbers that way);</li>
 *   <li>{@code NULL::type} (an explicit DEFAULT NULL) is no default for {@link #normalize(String)}; a column's
 *       ({@link #normalize(String, String)}) keeps its catalog text, {@code null::character varying}: pg_dump shows
 *       it, so it is compared, written and dropped as any default;</li>
 *   <li>except that a time-dependent literal keeps its casts: {@code ('now'::text)::date} stays (stripped, the
 *       default would become the date the migration ran);</li>
 *   <li>everything outside string literals and quoted identifiers is lower-cased:
 *       {@code CURRENT_TIMESTAMP} → {@code current_timestamp}; booleans are {@code true}/{@code false}.</li>
 * </ul>
 * A default that is one string literal whose casts are not just the column's own type keeps them as written
 * ({@link #normalize(String, String)}): {@code 'active'::text} on a varchar column is what pg_dump shows, and written
 * back as {@code 'active'} it would become {@code 'active'::character varying}.
 * Serial ({@code nextval} of an owned sequence), identity and generated columns get no default at all;
 * the inspector decides that before calling here.
 */
final class PostgresDefaults {
    private PostgresDefaults() {
    }

    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "int2", "int4", "int8",
            "numeric", "decimal", "real", "double precision", "float4", "float8");
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    /**
     * Date/time inputs read when the literal is converted: {@code ('now'::text)::date} (pg_dump's form of
     * {@code DEFAULT 'now'::text::date}) converts at each insert, while {@code 'now'::date} or {@code ('now')::date}
     * is converted once, when the default is created, into a fixed date. Their casts are kept.
     */
    private static final Set<String> TIME_DEPENDENT = Set.of("now", "today", "tomorrow", "yesterday");
    /**
     * {@code (0)::numeric}, {@code (5)::numeric(10,2)}, {@code (0)::bigint}: PostgreSQL stores a number default in this
     * form only when it was written with the cast ({@code DEFAULT 0} on a numeric or bigint column stays {@code 0}),
     * so it is kept as written, not compared and rewritten as the bare number pg_dump would then show.
     */
    private static final Pattern WRITTEN_NUMBER_CAST = Pattern.compile(
            "\\(\\d+(?:\\.\\d+)?\\)::(?:numeric|bigint|smallint|integer|real|double precision)(?:\\(\\d+(?:,\\s*\\d+)?\\))?",
            Pattern.CASE_INSENSITIVE);
    /**
     * {@code '1000'::numeric}: a numeric constant with an integer value, which PostgreSQL stores from {@code 1e3} or
     * {@code '1000'::numeric}, while {@code DEFAULT 1000} stays an integer coerced to numeric and shows as {@code 1000}
     * (pg_dump tells them apart): kept as written.
     */
    private static final Pattern QUOTED_INTEGER_NUMERIC = Pattern.compile(
            "'-?\\d+'::(?:numeric|decimal)(?:\\(\\d+(?:,\\s*-?\\d+)?\\))?", Pattern.CASE_INSENSITIVE);
    /**
     * {@code '0'::bigint}, {@code '0'::smallint}, {@code '0'::double precision}: a quoted number written as the default
     * of such a column ({@code bigint DEFAULT '0'}, Zabbix's and Gammu's schemas) becomes a constant of the column's
     * type, which pg_dump shows with its cast, while {@code DEFAULT 0} stays an integer and shows bare: kept as written.
     * An integer constant ({@code '-1'::integer}) is the same either way and still loses its quotes.
     */
    private static final Pattern QUOTED_NUMBER_OF_A_WIDER_TYPE = Pattern.compile(
            "'[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?'::(?:bigint|smallint|real|double precision)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * {@link #normalize(String)} for a column of type {@code columnType} (as format_type spells it), except that a
     * string literal cast to something else than that type ({@code 'x'::text} on a varchar column, {@code '{}'::json}
     * on a jsonb one, {@code ('x'::text)::character varying}) keeps its casts: PostgreSQL adds the column's own
     * type's cast itself, any other one was written. Numeric casts go as before (a quoted number loses them).
     */
    static String normalize(String expression, String columnType) {
        if (expression != null && !expression.isBlank() && normalize(expression) == null) {
            return SqlText.lowerOutsideQuotes(expression.trim(), false); // an explicit DEFAULT NULL, as stored
        }
        if (expression != null && (WRITTEN_NUMBER_CAST.matcher(expression.trim()).matches()
                || QUOTED_INTEGER_NUMERIC.matcher(expression.trim()).matches()
                || QUOTED_NUMBER_OF_A_WIDER_TYPE.matcher(expression.trim()).matches())) {
            return SqlText.lowerOutsideQuotes(expression.trim(), false);
        }
        if (expression != null && arrayOfLiteralsNeedingTheirCasts(expression.trim())) {
            return SqlText.lowerOutsideQuotes(expression.trim(), false);
        }
        List<String> casts = expression == null || columnType == null ? null : literalCasts(expression.trim());
        if (casts == null || casts.isEmpty() || casts.stream().anyMatch(t -> NUMERIC_TYPES.contains(baseType(t)))
                || (casts.size() == 1 && sameType(casts.get(0), columnType))) {
            return normalize(expression);
        }
        return SqlText.lowerOutsideQuotes(expression.trim(), false);
    }

    /** Types a text value is assigned to without a cast: an ARRAY of text literals goes into such a column as is. */
    private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "varchar", "character", "bpchar", "name");

    /**
     * {@code ARRAY['USER'::"Role"]}, {@code ARRAY['a0eebc99-...'::uuid]}: an array constructor whose string literals are
     * cast to a type text is not assigned to (an enum, uuid...). Stripped, it would be a text[] that an enum[] or uuid[]
     * column refuses as its default, so the casts stay.
     */
    private static boolean arrayOfLiteralsNeedingTheirCasts(String sql) {
        if (!sql.regionMatches(true, 0, "ARRAY[", 0, 6)) return false;
        int i = 6;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = SqlText.endOfQuoted(sql, i, false);
                if (c == '\'' && sql.startsWith("::", end)
                        && !STRING_TYPES.contains(baseType(sql.substring(end + 2, endOfTypeName(sql, end + 2))))) return true;
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /**
     * The casts of an expression that is one string literal with casts, innermost first: {@code 'x'::text} → [text],
     * {@code ('x'::text)::character varying} → [text, character varying]; null for any other expression.
     */
    private static List<String> literalCasts(String sql) {
        int i = 0;
        int open = 0;
        while (i < sql.length() && sql.charAt(i) == '(') {
            open++;
            i++;
        }
        if (i >= sql.length() || sql.charAt(i) != '\'') return null;
        i = SqlText.endOfQuoted(sql, i, false);
        List<String> casts = new ArrayList<>();
        while (i < sql.length()) {
            if (sql.startsWith("::", i)) {
                int end = endOfTypeName(sql, i + 2);
                casts.add(sql.substring(i + 2, end).trim());
                i = end;
            } else if (sql.charAt(i) == ')' && open > 0) {
                open--;
                i++;
            } else {
                return null;
            }
        }
        return open == 0 ? casts : null;
    }

    /** Two spellings of one type, typmods aside: {@code bpchar} and {@code character(3)}, {@code "bit"} and {@code bit(3)}. */
    private static boolean sameType(String cast, String columnType) {
        return canonicalType(cast).equals(canonicalType(columnType));
    }

    private static String canonicalType(String typeName) {
        String base = baseType(typeName);
        boolean array = typeName.trim().endsWith("]");
        base = switch (base) {
            case "bpchar" -> "character";
            case "\"bit\"" -> "bit";
            case "varchar" -> "character varying";
            case "varbit" -> "bit varying";
            default -> base;
        };
        return array ? base + "[]" : base;
    }

    static String normalize(String expression) {
        if (expression == null || expression.isBlank()) return null;
        String s = stripLiteralCasts(expression.trim());
        if (s.equalsIgnoreCase("null")) return null;
        return SqlText.lowerOutsideQuotes(s, false);
    }

    /**
     * Drops {@code ::type} chains that follow a string literal, a number (also a parenthesized one, as
     * PostgreSQL writes constants in check clauses: {@code (0)::numeric} → {@code 0}) or NULL.
     */
    static String stripLiteralCasts(String sql) {
        // a cast chain around a cast literal, ('-1.5'::numeric)::double precision, takes a second pass
        String stripped = stripLiteralCastsOnce(sql);
        return stripped.equals(sql) ? stripped : stripLiteralCasts(stripped);
    }

    private static String stripLiteralCastsOnce(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            boolean quoted = false;
            if (c == '\'') {
                end = SqlText.endOfQuoted(sql, i, false);
                quoted = true;
            } else if (c == '"') {
                end = SqlText.endOfQuoted(sql, i, false);
                out.append(sql, i, end);
                i = end;
                continue;
            } else if (c == '(' && !afterWord(out) && parenthesizedNumberEnd(sql, i) > 0) {
                end = parenthesizedNumberEnd(sql, i);
                String inner = sql.substring(i + 1, end - 1).trim();
                out.append(inner);
                int next = end;
                while (sql.startsWith("::", next)) next = endOfTypeName(sql, next + 2);
                i = next;
                continue;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '.' || sql.charAt(end) == '$')) end++;
            } else {
                out.append(c);
                i++;
                continue;
            }
            String atom = sql.substring(i, end);
            if (quoted && TIME_DEPENDENT.contains(atom.substring(1, atom.length() - 1).trim().toLowerCase(Locale.ROOT))) {
                out.append(atom); // its casts stay: see TIME_DEPENDENT
                i = end;
                continue;
            }
            boolean literal = quoted || atom.equalsIgnoreCase("null") || NUMBER.matcher(atom).matches();
            String lastType = null;
            int next = end;
            while (literal && sql.startsWith("::", next)) {
                int typeEnd = endOfTypeName(sql, next + 2);
                lastType = baseType(sql.substring(next + 2, typeEnd));
                next = typeEnd;
            }
            if (quoted && lateBoundRelation(sql, next, lastType)) {
                out.append(sql, i, next); // its casts stay: see LATE_BOUND_RELATION
                i = next;
                continue;
            }
            if (quoted && castAgain(sql, next, lastType)) {
                out.append(sql, i, next); // its casts stay: see AUTHORS_CAST
                i = next;
                continue;
            }
            if (quoted && "interval".equals(lastType)) {
                // an interval literal's type is not implied by its context: now() - '18 years' reads '18 years' as a
                // timestamp (timestamptz - timestamptz) and fails, so the cast stays (AdventureWorks' employee check)
                out.append(sql, i, next);
                i = next;
                continue;
            }
            if (quoted && lastType != null && NUMERIC_TYPES.contains(lastType)) {
                String inner = atom.substring(1, atom.length() - 1).trim();
                if (NUMBER.matcher(inner).matches()) atom = inner;
            }
            out.append(atom);
            i = next;
        }
        return out.toString();
    }

    /**
     * {@code nextval(('contacts_seq'::text)::regclass)} (pg_dump's form of the pre-8.1 {@code nextval('s'::text)},
     * Roundcube's defaults) looks the relation up by name at each call, while {@code nextval('s'::regclass)} is bound
     * to the sequence when the default is created: a text literal cast on to regclass keeps its text cast.
     */
    private static final Pattern LATE_BOUND_RELATION = Pattern.compile("^[\\s)]*\\)\\s*::\\s*regclass\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean lateBoundRelation(String sql, int afterCasts, String lastType) {
        return ("text".equals(lastType) || "character varying".equals(lastType) || "varchar".equals(lastType))
                && LATE_BOUND_RELATION.matcher(sql.substring(afterCasts)).find();
    }

    /**
     * {@code ('^[a-z]+$'::citext)::text}, {@code ('2020-01-01'::date)::timestamp without time zone}: a string literal
     * cast to a type that is neither a string nor a number and then cast again. PostgreSQL adds one cast to a literal
     * (the type its context resolves); the inner one is the author's (Sourcegraph's {@code prompt_tags} check), and
     * without it the literal is read straight as the outer type, which pg_dump shows as another expression.
     */
    private static final Pattern AUTHORS_CAST = Pattern.compile("^\\s*\\)[\\s)]*::");

    private static boolean castAgain(String sql, int afterCasts, String lastType) {
        return lastType != null && !STRING_TYPES.contains(lastType) && !NUMERIC_TYPES.contains(lastType)
                && AUTHORS_CAST.matcher(sql.substring(afterCasts)).find();
    }

    /** True when the text so far ends in a name, so that a parenthesis opens a call's arguments: {@code f(0)::text}. */
    private static boolean afterWord(StringBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && Character.isWhitespace(out.charAt(i))) i--;
        return i >= 0 && (Character.isLetterOrDigit(out.charAt(i)) || out.charAt(i) == '_' || out.charAt(i) == '"');
    }

    /** For {@code (-1.5)::type} at {@code open}: the index after the closing parenthesis; -1 otherwise. */
    private static int parenthesizedNumberEnd(String sql, int open) {
        int close = sql.indexOf(')', open);
        if (close < 0 || !sql.startsWith("::", close + 1)) return -1;
        return NUMBER.matcher(sql.substring(open + 1, close).trim()).matches() ? close + 1 : -1;
    }

    private static int endOfTypeName(String sql, int start) {
        int i = endOfNamePart(sql, skipSpaces(sql, start));
        // a schema-qualified name with a quoted part: "Billing"."State", billing."State"
        while (true) {
            if (i < sql.length() && sql.charAt(i) == '"' && i > 0 && sql.charAt(i - 1) == '.') {
                i = SqlText.endOfQuoted(sql, i, false);
            } else if (i + 1 < sql.length() && sql.charAt(i) == '.'
                    && (sql.charAt(i + 1) == '"' || Character.isLetter(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_')) {
                i = endOfNamePart(sql, i + 1);
            } else {
                break;
            }
        }
        while (true) {
            int j = skipSpaces(sql, i);
            if (j >= sql.length()) return i;
            char c = sql.charAt(j);
            if (c == '(') {
                int close = SqlText.matchingParen(sql, j);
                if (close < 0) return i;
                i = close + 1;
            } else if (c == '[') {
                int close = sql.indexOf(']', j);
                if (close < 0) return i;
                i = close + 1;
            } else {
                int w = endOfWord(sql, j);
                if (w > j && TYPE_WORDS.contains(sql.substring(j, w).toLowerCase(Locale.ROOT))) {
                    i = w;
                } else {
                    return i;
                }
            }
        }
    }

    private static int endOfNamePart(String sql, int i) {
        return i < sql.length() && sql.charAt(i) == '"' ? SqlText.endOfQuoted(sql, i, false) : endOfWord(sql, i);
    }

    private static String baseType(String typeName) {
        return typeName.replaceAll("\\(.*?\\)|\\[]", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replace("pg_catalog.", "");
    }

    private static int skipSpaces(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) i++;
        return i;
    }

    private static int endOfWord(String sql, int i) {
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '.')) i++;
        return i;
    }
}
