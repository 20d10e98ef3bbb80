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
        return normalize(expression, true);
    }

    /**
     * True when both say the same with their number literals as written ({@code 0.00} and {@code 0.0000} differ): what
     * an engine that keeps a literal's spelling (PostgreSQL) stores apart. Otherwise as {@link #same}.
     */
    public static boolean sameWritten(String a, String b) {
        if (a == null ? b == null : a.equals(b)) return true;
        String na = normalize(a, false);
        String nb = normalize(b, false);
        return na == null ? nb == null : na.equals(nb);
    }

    private static String normalize(String expression, boolean canonicalNumbers) {
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
                out.append(canonicalNumbers ? canonicalNumber(s.substring(i, end)) : s.substring(i, end).toLowerCase(Locale.ROOT));
                i = end - 1;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            }
        }
        return stripRedundantParens(stripOuterParens(out.toString()));
    }

    /**
     * Drops parentheses that cannot change the meaning: a group without a top-level AND/OR or comma that
     * is itself an operand of AND/OR/NOT (or the whole condition). Comparisons and arithmetic bind
     * tighter than AND/OR, so {@code (a is null) or (length(a) > 0)} — how engines store conditions —
     * equals {@code a is null or length(a) > 0}, while {@code (a + b) * c} keeps its parentheses.
     */
    static String stripRedundantParens(String s) {
        String current = s;
        while (true) {
            String next = stripOnce(current);
            if (next.equals(current)) return current;
            current = next;
        }
    }

    private static String stripOnce(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = literalEnd(s, i, c) - 1;
                continue;
            }
            if (c != '(') continue;
            int close = matchingClose(s, i);
            if (close < 0) return s;
            String inner = s.substring(i + 1, close);
            if (!booleanOperand(s, i, close) || hasTopLevel(inner)) continue;
            String before = s.substring(0, i);
            String after = s.substring(close + 1);
            String glueLeft = !before.isEmpty() && isWord(before.charAt(before.length() - 1)) ? " " : "";
            String glueRight = !after.isEmpty() && isWord(after.charAt(0)) ? " " : "";
            return before + glueLeft + inner + glueRight + after;
        }
        return s;
    }

    /** True when the group at open..close stands between start/AND/OR/NOT and end/AND/OR. */
    private static boolean booleanOperand(String s, int open, int close) {
        String left = s.substring(0, open).stripTrailing();
        String right = s.substring(close + 1).stripLeading();
        boolean leftOk = left.isEmpty() || endsWithWord(left, "and") || endsWithWord(left, "or") || endsWithWord(left, "not");
        boolean rightOk = right.isEmpty() || startsWithWord(right, "and") || startsWithWord(right, "or");
        return leftOk && rightOk;
    }

    private static boolean endsWithWord(String s, String word) {
        return s.endsWith(word) && (s.length() == word.length() || !isWord(s.charAt(s.length() - word.length() - 1)));
    }

    private static boolean startsWithWord(String s, String word) {
        return s.startsWith(word) && (s.length() == word.length() || !isWord(s.charAt(word.length())));
    }

    /** True when the text has a comma, AND or OR outside nested parentheses and literals. */
    private static boolean hasTopLevel(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = literalEnd(inner, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                if (c == ',') return true;
                if (wordAt(inner, i, "and") || wordAt(inner, i, "or")) return true;
            }
        }
        return false;
    }

    private static boolean wordAt(String s, int i, String word) {
        if (!s.startsWith(word, i)) return false;
        boolean startOk = i == 0 || !isWord(s.charAt(i - 1));
        int end = i + word.length();
        boolean endOk = end >= s.length() || !isWord(s.charAt(end));
        return startOk && endOk;
    }

    /**
     * The comparison form of an expression written before columns were renamed, with the renamed columns under their
     * new names: what PostgreSQL, MariaDB and SQLite store after {@code RENAME COLUMN} (they rewrite checks and index
     * expressions that name the column). {@code renames} maps old to new column names; a name that is a function
     * ({@code name(}) or a cast's type ({@code ::name}) is left alone, and names that differ only in case are not
     * mapped at all (the comparison form cannot tell them apart).
     */
    public static String normalizeRenamed(String expression, java.util.Map<String, String> renames) {
        return renamed(normalize(expression), renames);
    }

    /** {@link #normalizeRenamed} with the number literals as written ({@code 0.00} stays {@code 0.00}). */
    public static String normalizeRenamedWritten(String expression, java.util.Map<String, String> renames) {
        return renamed(normalize(expression, false), renames);
    }

    /** {@link #normalize} with the number literals as written: see {@link #sameWritten}. */
    public static String normalizeWritten(String expression) {
        return normalize(expression, false);
    }

    private static String renamed(String normalized, java.util.Map<String, String> renames) {
        if (normalized == null || renames.isEmpty()) return normalized;
        java.util.Map<String, String> words = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (java.util.Map.Entry<String, String> e : renames.entrySet()) {
            String old = e.getKey().toLowerCase(Locale.ROOT);
            if (words.put(old, e.getValue().toLowerCase(Locale.ROOT)) != null) ambiguous.add(old);
        }
        words.keySet().removeAll(ambiguous);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            char c = normalized.charAt(i);
            if (c == '\'') {
                int end = literalEnd(normalized, i, '\'');
                out.append(normalized, i, end);
                i = end;
            } else if (identifierPart(c) && (i == 0 || !identifierPart(normalized.charAt(i - 1)))) {
                int end = i;
                while (end < normalized.length() && identifierPart(normalized.charAt(end))) end++;
                String word = normalized.substring(i, end);
                boolean cast = i >= 2 && normalized.startsWith("::", i - 2);
                boolean call = end < normalized.length() && normalized.charAt(end) == '(';
                String renamed = cast || call ? null : words.get(word);
                out.append(renamed != null ? renamed : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** True when both normalize to the same text (two nulls are equal). */
    public static boolean same(String a, String b) {
        if (a == null ? b == null : a.equals(b)) return true; // equal text normalizes alike
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

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
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
