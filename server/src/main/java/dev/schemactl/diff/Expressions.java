package dev.schemactl.diff;

import java.util.Locale;

/**
 * Normalizes SQL expressions (defaults, check conditions) for comparison: case and whitespace outside
 * string literals do not matter, quoted identifiers compare as unquoted lower-case names, redundant
 * outer parentheses are dropped, and decimal numbers lose trailing fractional zeros ({@code 1.50} → {@code 1.5},
 * {@code 0.00} → {@code 0}: MariaDB reports a DECIMAL column's default at the column's scale). String
 * literals are kept verbatim.
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
            } else if (startsNumber(s, i) && (pendingSpace || out.length() == 0 || !isWord(out.charAt(out.length() - 1)))) {
                int end = numberEnd(s, i);
                flushSpace(out, pendingSpace, '0');
                pendingSpace = false;
                out.append(canonicalNumber(s.substring(i, end)));
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
        String na = normalize(a);
        String nb = normalize(b);
        return na == null ? nb == null : na.equals(nb);
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        return Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)));
    }

    private static int numberEnd(String s, int start) {
        int i = start;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            if (j < s.length() && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            }
        }
        return i;
    }

    /** {@code 1.50} → {@code 1.5}, {@code 2.} / {@code 2.00} → {@code 2}, {@code .5} → {@code 0.5}; others unchanged. */
    private static String canonicalNumber(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        if (dot < 0 || n.indexOf('.', dot + 1) >= 0 || n.contains("e")) return n;
        int end = n.length();
        while (end > dot + 1 && n.charAt(end - 1) == '0') end--;
        if (end == dot + 1) end = dot;
        n = n.substring(0, end);
        return n.startsWith(".") ? "0" + n : n;
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
