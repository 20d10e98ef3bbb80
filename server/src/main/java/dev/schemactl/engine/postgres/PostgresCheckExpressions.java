package dev.schemactl.engine.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL stores check conditions rewritten: {@code status in ('A','B')} comes back as
 * {@code (status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])},
 * {@code status not in ('A','B')} as {@code <> ALL (ARRAY[...])},
 * {@code n between 0 and 3} as {@code (n >= 0) AND (n <= 3)}, {@code price > 0} as
 * {@code price > (0)::numeric}. This turns the stored form back into the plain one models write, so a
 * check that did not change compares equal.
 */
final class PostgresCheckExpressions {
    private static final Pattern CAST = Pattern.compile(
            "::\\s*(?:\"[^\"]+\"|character varying|double precision|bit varying"
                    + "|(?:timestamp|time)(?:\\(\\d+\\))? with(?:out)? time zone|[a-z_][a-z0-9_]*)"
                    + "(?:\\(\\d+(?:,\\s*\\d+)?\\))?(?:\\[\\])*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRAPPED_ATOM = Pattern.compile("(?<![\\w$])\\((\\s*(?:[a-z_][a-z0-9_$]*|-?\\d+(?:\\.\\d+)?|'(?:[^']|'')*')\\s*)\\)(?!\\s*::)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_ARRAY_OPERATOR = Pattern.compile("(?<![\\w$])(?:ANY|ALL|SOME)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_CAST_OF_COLUMN = Pattern.compile("\\(([a-z_][a-z0-9_$]*)\\)::text(?![\\w\\[])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile(
            "\\(?\\s*([a-z_][a-z0-9_$]*)\\s*>=\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\)?\\s+AND\\s+\\(?\\s*\\1\\s*<=\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\)?",
            Pattern.CASE_INSENSITIVE);

    private PostgresCheckExpressions() {
    }

    static String canonical(String expression) {
        return canonical(expression, column -> true);
    }

    /**
     * {@code varchar}: whether a column is a character varying one, whose {@code (col)::text} PostgreSQL added. Any
     * other column's cast is the author's and changes what the check means: {@code (permissions)::text ~ '...'} on a
     * varchar[] column matches the array's text form, {@code permissions ~ '...'} does not even exist.
     */
    static String canonical(String expression, java.util.function.Predicate<String> varchar) {
        if (expression == null) return null;
        // only the casts PostgreSQL adds go: around an IN list, and varchar columns cast to text where a text
        // argument is expected (char_length((body)::text)); another column cast the author wrote stays
        String s = anyArrayToIn(expression);
        s = TEXT_CAST_OF_COLUMN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                varchar.test(m.group(1)) ? m.group(1) : m.group()));
        String before;
        do {
            before = s;
            String current = s;
            // x = ANY (tags) keeps its parentheses: ANY tags does not parse
            s = WRAPPED_ATOM.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    AFTER_ARRAY_OPERATOR.matcher(current.substring(0, m.start())).find() ? m.group() : m.group(1).trim()));
        } while (!s.equals(before));
        s = BETWEEN.matcher(s).replaceAll("$1 between $2 and $3");
        return s;
    }

    /**
     * {@code x = ANY ((ARRAY['a', 'b']))} → {@code x IN ('a', 'b')}, {@code x <> ALL (ARRAY['a', 'b'])} →
     * {@code x NOT IN ('a', 'b')}. The array form must not survive with its item casts stripped: an array of bare
     * literals is a text[], which an enum column cannot be compared with.
     */
    private static String anyArrayToIn(String s) {
        Matcher m = Pattern.compile("(=\\s*ANY|<>\\s*ALL)\\s*", Pattern.CASE_INSENSITIVE).matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find(last)) {
            int i = m.end();
            int opens = 0;
            while (i < s.length() && (s.charAt(i) == '(' || Character.isWhitespace(s.charAt(i)))) {
                if (s.charAt(i) == '(') opens++;
                i++;
            }
            if (!s.regionMatches(true, i, "ARRAY[", 0, 6)) {
                out.append(s, last, m.end());
                last = m.end();
                continue;
            }
            int close = closingBracket(s, i + 6);
            if (close < 0) break;
            int j = close + 1;
            int closes = 0;
            while (j < s.length() && closes < opens) {
                if (s.startsWith("::", j)) {
                    Matcher cast = CAST.matcher(s).region(j, s.length());
                    if (!cast.lookingAt()) break;
                    j = cast.end();
                    continue;
                }
                if (s.charAt(j) != ')' && !Character.isWhitespace(s.charAt(j))) break;
                if (s.charAt(j) == ')') closes++;
                j++;
            }
            if (closes != opens) {
                out.append(s, last, m.end());
                last = m.end();
                continue;
            }
            String left = s.substring(last, m.start());
            java.util.regex.Matcher leftCast = Pattern.compile("(\\(?[a-z_][a-z0-9_$]*\\)?)\\s*" + CAST.pattern() + "\\s*$",
                    Pattern.CASE_INSENSITIVE).matcher(left);
            if (leftCast.find()) left = left.substring(0, leftCast.start()) + leftCast.group(1) + " ";
            String items = CAST.matcher(s.substring(i + 6, close)).replaceAll("");
            out.append(left).append(m.group(1).startsWith("=") ? "IN (" : "NOT IN (").append(items).append(')');
            last = j;
        }
        out.append(s.substring(last));
        return out.toString();
    }

    private static int closingBracket(String s, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (c == ']' && !quoted) return i;
        }
        return -1;
    }
}
