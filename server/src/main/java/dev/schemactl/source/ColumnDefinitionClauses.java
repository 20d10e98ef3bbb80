package dev.schemactl.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code @Column(columnDefinition = "...")} split the way the server reads it: the type, then the DEFAULT and NOT NULL
 * / NULL clauses that Hibernate writes verbatim after the column name. Without the split the whole text was taken as
 * the type, so {@code "varchar(20) default 'draft' not null"} lost its NOT NULL on MariaDB (the renderer wrote
 * {@code ... not null NULL}) and never converged with the live column.
 *
 * @param type       the type's spelling (the whole text when a clause other than DEFAULT / NOT NULL / NULL follows it)
 * @param defaultExpression the DEFAULT expression, or null
 * @param notNull    true when the text says NOT NULL (also when it could not be split)
 */
record ColumnDefinitionClauses(String type, String defaultExpression, boolean notNull) {

    /** Words that start a clause other than DEFAULT / NULL / NOT NULL (or end a DEFAULT expression on some engine). */
    private static final java.util.Set<String> OTHER_CLAUSES = java.util.Set.of("on", "unique", "primary", "key", "check",
            "comment", "references", "generated", "collate", "constraint", "auto_increment", "invisible", "as", "character",
            "charset", "identity", "storage", "compression");

    static ColumnDefinitionClauses split(String definition) {
        List<int[]> tokens = topLevelWords(definition);
        int first = -1;
        for (int k = 1; k < tokens.size() && first < 0; k++) {
            if (is(definition, tokens, k, "default") || is(definition, tokens, k, "null") || notNull(definition, tokens, k)) first = k;
        }
        if (first < 0) return new ColumnDefinitionClauses(definition, null, false);
        for (int k = first; k < tokens.size(); k++) {
            if (OTHER_CLAUSES.contains(word(definition, tokens.get(k)))) return verbatim(definition, tokens);
        }
        String defaultExpression = null;
        boolean notNull = false;
        int i = first;
        while (i < tokens.size()) {
            if (notNull(definition, tokens, i)) {
                notNull = true;
                i += 2;
            } else if (is(definition, tokens, i, "null")) {
                i++;
            } else if (is(definition, tokens, i, "default") && defaultExpression == null && i + 1 < tokens.size()) {
                int j = i + 2; // the expression's first token may itself be NULL (DEFAULT NULL)
                while (j < tokens.size() && !is(definition, tokens, j, "null") && !notNull(definition, tokens, j)) j++;
                int end = j < tokens.size() ? tokens.get(j)[0] : definition.length();
                defaultExpression = definition.substring(tokens.get(i + 1)[0], end).strip();
                i = j;
            } else {
                return verbatim(definition, tokens);
            }
        }
        return new ColumnDefinitionClauses(definition.substring(0, tokens.get(first)[0]).strip(), defaultExpression, notNull);
    }

    /** A clause this split does not know: the text stays the type, as the server would apply it, NOT NULL still read. */
    private static ColumnDefinitionClauses verbatim(String definition, List<int[]> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (notNull(definition, tokens, k)) return new ColumnDefinitionClauses(definition, null, true);
        }
        return new ColumnDefinitionClauses(definition, null, false);
    }

    private static boolean notNull(String text, List<int[]> tokens, int k) {
        return is(text, tokens, k, "not") && is(text, tokens, k + 1, "null");
    }

    private static boolean is(String text, List<int[]> tokens, int k, String word) {
        return k < tokens.size() && word(text, tokens.get(k)).equals(word);
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }

    /** Start and end of every token outside parentheses and quotes: words, and any other run of characters. */
    private static List<int[]> topLevelWords(String text) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int start = i;
                i++;
                while (i < n && !(text.charAt(i) == c && (i + 1 >= n || text.charAt(i + 1) != c))) i += text.charAt(i) == c ? 2 : 1;
                i++;
                if (depth == 0) out.add(new int[]{start, Math.min(i, n)});
            } else if (c == '(') {
                if (depth == 0) out.add(new int[]{i, i + 1});
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int start = i;
                if (Character.isLetterOrDigit(c) || c == '_') {
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                } else {
                    i++;
                }
                if (depth == 0) out.add(new int[]{start, i});
            }
        }
        return out;
    }
}
