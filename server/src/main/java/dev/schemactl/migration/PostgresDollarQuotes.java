package dev.schemactl.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Where PostgreSQL's dollar-quoted strings are in a script: {@code $tag$ ... $tag$} (the tag empty or an identifier
 * not starting with a digit, the opening {@code $} not inside an identifier, as {@code a$b$} is one), outside
 * '...' strings (E'...' ones with backslash escapes), "..." identifiers and comments (nested block comments included).
 */
final class PostgresDollarQuotes {
    private PostgresDollarQuotes() {
    }

    /** Each dollar-quoted string as {start, end} (end exclusive, past its closing tag), in order. */
    static List<int[]> ranges(String sql) {
        List<int[]> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
            } else if (c == '\'' || c == '"') {
                i = quotedEnd(sql, i, c == '\'' && escapeString(sql, i));
            } else if (c == '$' && (i == 0 || !identifierPart(sql.charAt(i - 1)))) {
                int tagEnd = tagEnd(sql, i);
                if (tagEnd < 0) {
                    i++;
                    continue;
                }
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int end = close < 0 ? n : close + tag.length();
                out.add(new int[]{i, end});
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index past the closing $ of a tag opening at {@code i}, or -1 when none opens there ($1 is a parameter). */
    private static int tagEnd(String sql, int i) {
        int k = i + 1;
        if (k < sql.length() && Character.isDigit(sql.charAt(k))) return -1;
        while (k < sql.length() && identifierPart(sql.charAt(k)) && sql.charAt(k) != '$') k++;
        return k < sql.length() && sql.charAt(k) == '$' ? k + 1 : -1;
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    private static int blockCommentEnd(String sql, int i) {
        int depth = 0;
        int k = i;
        while (k < sql.length()) {
            if (sql.startsWith("/*", k)) {
                depth++;
                k += 2;
            } else if (sql.startsWith("*/", k)) {
                depth--;
                k += 2;
                if (depth == 0) return k;
            } else {
                k++;
            }
        }
        return k;
    }

    private static int quotedEnd(String sql, int i, boolean escapes) {
        char q = sql.charAt(i);
        int k = i + 1;
        while (k < sql.length()) {
            char e = sql.charAt(k);
            if (escapes && e == '\\') {
                k += 2;
                continue;
            }
            if (e == q) {
                if (k + 1 < sql.length() && sql.charAt(k + 1) == q) {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k++;
        }
        return k;
    }

    /** E'...' (not the end of an identifier such as name'...'). */
    private static boolean escapeString(String sql, int quote) {
        return quote > 0 && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
                && (quote < 2 || !identifierPart(sql.charAt(quote - 2)));
    }
}
