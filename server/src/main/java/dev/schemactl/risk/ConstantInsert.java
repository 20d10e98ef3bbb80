package dev.schemactl.risk;

import java.util.Locale;

/**
 * Recognises, in one linear pass, {@code INSERT INTO t [(a, b)] VALUES (<constants>)[, (...)]}: rows of
 * literals only (numbers, strings, NULL, TRUE, FALSE, DEFAULT, casts to a type name), with no sub-query,
 * ON CONFLICT/DUPLICATE KEY, RETURNING or function call. Such a statement only adds rows, so the scorer
 * needs no full parse; data files of 100,000 of them then score in linear time at a low constant. Anything
 * else (or anything unsure) is left to JSqlParser.
 */
final class ConstantInsert {
    private ConstantInsert() {
    }

    /** The raw table name of a constant INSERT (as written, quotes and schema kept), or null. */
    static String table(String sql) {
        Scanner s = new Scanner(sql);
        if (!s.keyword("INSERT") || !s.keyword("INTO")) return null;
        String table = s.name();
        if (table == null) return null;
        if (s.peek() == '(') {
            if (!s.columnList()) return null;
        }
        if (!s.keyword("VALUES")) return null;
        do {
            if (!s.row()) return null;
        } while (s.symbol(','));
        s.blanks();
        return s.atEnd() ? table : null;
    }

    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        void blanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char peek() {
            blanks();
            return atEnd() ? 0 : text.charAt(at);
        }

        boolean symbol(char c) {
            if (peek() != c) return false;
            at++;
            return true;
        }

        boolean keyword(String word) {
            blanks();
            int end = at + word.length();
            if (end > text.length() || !text.regionMatches(true, at, word, 0, word.length())) return false;
            if (end < text.length() && isWordChar(text.charAt(end))) return false;
            at = end;
            return true;
        }

        /** A possibly qualified, possibly quoted name. */
        String name() {
            blanks();
            int start = at;
            do {
                if (!part()) return null;
            } while (at < text.length() && text.charAt(at) == '.' && ++at > 0);
            return text.substring(start, at);
        }

        private boolean part() {
            if (atEnd()) return false;
            char c = text.charAt(at);
            if (c == '"' || c == '`') {
                int close = text.indexOf(c, at + 1);
                if (close < 0) return false;
                at = close + 1;
                return true;
            }
            int start = at;
            while (at < text.length() && isWordChar(text.charAt(at))) at++;
            return at > start && !Character.isDigit(text.charAt(start));
        }

        boolean columnList() {
            if (!symbol('(')) return false;
            do {
                if (name() == null) return false;
            } while (symbol(','));
            return symbol(')');
        }

        boolean row() {
            if (!symbol('(')) return false;
            do {
                if (!constant()) return false;
            } while (symbol(','));
            return symbol(')');
        }

        /** A literal, optionally signed and optionally cast ({@code '1'::int}, PostgreSQL). */
        private boolean constant() {
            char c = peek();
            if (c == '-' || c == '+') {
                at++;
                c = peek();
            }
            if (c == '\'') {
                if (!string()) return false;
            } else if (Character.isDigit(c) || c == '.') {
                number();
            } else {
                int start = at;
                while (at < text.length() && isWordChar(text.charAt(at))) at++;
                String word = text.substring(start, at).toUpperCase(Locale.ROOT);
                if (!(word.equals("NULL") || word.equals("TRUE") || word.equals("FALSE") || word.equals("DEFAULT"))) return false;
            }
            blanks();
            if (text.startsWith("::", at)) {
                at += 2;
                blanks();
                int start = at;
                while (at < text.length() && (isWordChar(text.charAt(at)) || text.charAt(at) == ' ')) at++;
                return at > start;
            }
            return true;
        }

        /** '...' with '' escapes; no backslash escapes (MariaDB's would need the SQL mode to read right). */
        private boolean string() {
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '\\') return false;
                if (c == '\'') {
                    if (at < text.length() && text.charAt(at) == '\'') {
                        at++;
                        continue;
                    }
                    return true;
                }
            }
            return false;
        }

        private void number() {
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || ".eE".indexOf(text.charAt(at)) >= 0
                    || ((text.charAt(at) == '-' || text.charAt(at) == '+') && (text.charAt(at - 1) == 'e' || text.charAt(at - 1) == 'E')))) {
                at++;
            }
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
