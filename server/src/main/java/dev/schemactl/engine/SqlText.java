package dev.schemactl.engine;

import java.util.Locale;

/**
 * Small, engine-neutral helpers for the SQL text catalogs hand back (defaults, check clauses,
 * generation expressions). They never touch the inside of string literals or quoted identifiers.
 */
public final class SqlText {
    private SqlText() {
    }

    /** Identifiers are lower-cased in the model on every engine. */
    public static String ident(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** Null for null, empty or blank text (comments, defaults). */
    public static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * Lower-cases everything outside string literals ('...') and quoted identifiers ("..." and `...`):
     * {@code CURRENT_TIMESTAMP} → {@code current_timestamp}, {@code 'ABC'} stays {@code 'ABC'}.
     * With {@code backslashEscapes} a backslash inside a literal escapes the next character (MariaDB).
     */
    public static String lowerOutsideQuotes(String sql, boolean backslashEscapes) {
        if (sql == null) return null;
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfQuoted(sql, i, backslashEscapes && c == '\'');
                out.append(sql, i, end);
                i = end;
            } else {
                out.append(Character.toLowerCase(c));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The index just past the quoted run starting at {@code start} (whose char is the quote);
     * a doubled quote is an escaped quote. Unterminated runs end at the end of the text.
     */
    public static int endOfQuoted(String sql, int start, boolean backslashEscapes) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** True when the whole text is a single string literal such as {@code 'it''s'}. */
    public static boolean isStringLiteral(String sql, boolean backslashEscapes) {
        return sql != null && sql.length() >= 2 && sql.charAt(0) == '\''
                && endOfQuoted(sql, 0, backslashEscapes) == sql.length();
    }

    /** Removes parentheses that enclose the whole text, repeatedly: {@code ((a > 0))} → {@code a > 0}. */
    public static String stripEnclosingParens(String sql) {
        if (sql == null) return null;
        String s = sql.trim();
        while (s.length() >= 2 && s.charAt(0) == '(' && matchingParen(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted runs; -1 if none. */
    public static int matchingParen(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = endOfQuoted(sql, i, false);
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
            i++;
        }
        return -1;
    }

    /** The comma-separated clauses of an ALTER TABLE, commas inside parentheses, quotes and backquotes kept. */
    public static java.util.List<String> clauses(String alter) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < alter.length(); i++) {
            char ch = alter.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(alter.substring(start, i));
                start = i + 1;
            }
        }
        out.add(alter.substring(start));
        return out;
    }
}
