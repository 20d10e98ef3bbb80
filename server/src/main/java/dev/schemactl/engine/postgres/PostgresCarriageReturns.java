package dev.schemactl.engine.postgres;

import dev.schemactl.engine.MigrationFileDirectives;

/**
 * Rewrites the string constants of a statement that hold a raw carriage return into escape-string form
 * ({@code 'a<CR><LF>b'} → {@code E'a\r<LF>b'}, a raw CR inside {@code E'...'} → {@code \r}): a migration file's line
 * ends are normalized when it is read, so a raw CR written there comes back as LF. Defaults, checks, generated
 * columns, index predicates and views are written as the server spells them (pg_get_expr puts the CR in a plain
 * literal), so this runs over whole statements. A dollar-quoted string holding a CR (a function body written with CRLF line
 * ends) becomes an escape string, a quoted identifier holding one a Unicode-escape identifier ({@code U&"a\000Db"});
 * comments are left as they are.
 * Assumes standard_conforming_strings (on since PostgreSQL 9.1, as the server's own deparsing does).
 */
final class PostgresCarriageReturns {

    private PostgresCarriageReturns() {
    }

    static String escape(String sql) {
        if (sql == null || sql.indexOf('\r') < 0 && !MigrationFileDirectives.holdsDirectiveLine(sql)) return sql;
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                int j = i;
                while (j < n) {
                    if (sql.startsWith("/*", j)) { depth++; j += 2; }
                    else if (sql.startsWith("*/", j)) { depth--; j += 2; if (depth == 0) break; }
                    else j++;
                }
                out.append(sql, i, j);
                i = j;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == '"') {
                        if (j + 1 < n && sql.charAt(j + 1) == '"') j += 2;
                        else { j++; break; }
                    } else j++;
                }
                String body = sql.substring(i + 1, Math.max(i + 1, j - 1));
                if (body.indexOf('\r') < 0) {
                    out.append(sql, i, j);
                } else {
                    // a Unicode-escape identifier spells the CR; in one already (U&"..."), the backslash is its escape
                    boolean unicode = i > 1 && sql.charAt(i - 1) == '&' && (sql.charAt(i - 2) == 'U' || sql.charAt(i - 2) == 'u');
                    out.append(unicode ? "\"" : "U&\"").append((unicode ? body : body.replace("\\", "\\\\")).replace("\r", "\\000D"))
                            .append(sql, Math.max(i + 1, j - 1), j);
                }
                i = j;
            } else if (c == '$' && !(i > 0 && identifierPart(sql.charAt(i - 1))) && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                int end = close < 0 ? n : close + tag.length();
                String body = sql.substring(i + tag.length(), close < 0 ? n : close);
                boolean directive = MigrationFileDirectives.holdsDirectiveLine(body);
                if (close < 0 || body.indexOf('\r') < 0 && !directive) out.append(sql, i, end);
                // a dollar-quoted string is a string constant like any other: the escape-string form spells the CR, and
                // the line breaks of a body holding a line the migration file would read as its own directive
                // (a function whose body has a line "--rollback ..."); the server stores the same text (prosrc)
                else out.append("E'").append(lineBreaks(body.replace("\\", "\\\\").replace("'", "''").replace("\r", "\\r"), directive)).append('\'');
                i = end;
            } else if (c == '\'') {
                boolean escapeString = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && !(i > 1 && identifierPart(sql.charAt(i - 2)));
                boolean otherPrefix = !escapeString && i > 0 && (identifierPart(sql.charAt(i - 1)) || sql.charAt(i - 1) == '&');
                int j = i + 1;
                while (j < n) {
                    char d = sql.charAt(j);
                    if (escapeString && d == '\\') j += 2;
                    else if (d == '\'') {
                        if (j + 1 < n && sql.charAt(j + 1) == '\'') j += 2;
                        else break;
                    } else j++;
                }
                int end = Math.min(j + 1, n);
                String body = sql.substring(i + 1, Math.min(j, n));
                boolean directive = !otherPrefix && MigrationFileDirectives.holdsDirectiveLine(body);
                if (body.indexOf('\r') < 0 && !directive || otherPrefix) {
                    out.append(sql, i, end);
                } else if (escapeString) {
                    out.append('\'').append(lineBreaks(body.replace("\r", "\\r"), directive)).append(sql, Math.min(j, n), end);
                } else {
                    out.append("E'").append(lineBreaks(body.replace("\\", "\\\\").replace("\r", "\\r"), directive)).append(sql, Math.min(j, n), end);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The escape-string body with its line feeds spelled {@code \\n} when it holds a directive-like line. */
    private static String lineBreaks(String escapedBody, boolean directive) {
        return directive ? escapedBody.replace("\n", "\\n") : escapedBody;
    }

    /** {@code $tag$} starting at {@code at}, or null. */
    private static String dollarTag(String sql, int at) {
        int j = at + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) return null;
        while (j < sql.length() && sql.charAt(j) != '$') {
            if (!identifierPart(sql.charAt(j))) return null;
            j++;
        }
        return j < sql.length() ? sql.substring(at, j + 1) : null;
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
