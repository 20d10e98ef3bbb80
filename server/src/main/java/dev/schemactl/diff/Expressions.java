package dev.schemactl.diff;

import java.util.Locale;

/**
 * Normalizes SQL expressions (defaults, check conditions) for comparison: case and whitespace outside
 * string literals do not matter, quoted identifiers compare as unquoted lower-case names, and redundant
 * outer parentheses are dropped. String literals are kept verbatim.
 */
public final class Expressions {
    private Expressions() {
    }

    /** The comparison form of an expression; null for null or blank. */
    public static String normalize(String expression) {
        if (expression == null || expression.isBlank()) return null;
        String s = expression.trim();
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = literalEnd(s, i, '\'');
                flushSpace(out, pendingSpace, '\'');
                pendingSpace = false;
                out.append(s, i, end);
                i = end - 1;
            } else if (c == '"' || c == '`') {
                int end = literalEnd(s, i, c);
                String inner = s.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c));
                flushSpace(out, pendingSpace, 'a');
                pendingSpace = false;
                out.append(inner.toLowerCase(Locale.ROOT));
                i = end - 1;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            }
        }
        return stripOuterParens(out.toString());
    }

    /** True when both normalize to the same text (two nulls are equal). */
    public static boolean same(String a, String b) {
        if (a == null ? b == null : a.equals(b)) return true; // equal text normalizes alike
        String na = normalize(a);
        String nb = normalize(b);
        return na == null ? nb == null : na.equals(nb);
    }

    private static void flushSpace(StringBuilder out, boolean pending, char next) {
        if (!pending || out.length() == 0) return;
        char prev = out.charAt(out.length() - 1);
        if (isWord(prev) && isWord(next)) out.append(' ');
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\'';
    }

    private static int literalEnd(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static String stripOuterParens(String s) {
        while (s.length() >= 2 && s.charAt(0) == '(' && matchingClose(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = literalEnd(s, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }
}
